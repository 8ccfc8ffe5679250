/**
 * Every error answer of the server, with Kalliope's status and body (docs/protocols/kalliope.md §5). Flask's own
 * errors (bad JSON, unknown URL) are HTML pages; Kalliope's are JSON objects.
 */
export class KalliopeHttpError extends Error {
  override readonly name = 'KalliopeHttpError';
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly body: unknown,
    readonly contentType: 'application/json' | 'text/html; charset=utf-8' = 'application/json',
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }
}

/** Werkzeug's HTML error page (Flask 2.2). */
function flaskPage(status: string, title: string, description: string): string {
  return `<!doctype html>\n<html lang=en>\n<title>${status} ${title}</title>\n<h1>${title}</h1>\n<p>${description}</p>\n`;
}

const json = (code: string, status: number, body: unknown) => new KalliopeHttpError(code, status, body);
const html = (code: string, status: number, page: string, headers: Record<string, string> = {}) =>
  new KalliopeHttpError(code, status, page, 'text/html; charset=utf-8', headers);

export const KALLIOPE_ERRORS = {
  synapseNotFound: (name: string) => json('SYNAPSE_NOT_FOUND', 404, { error: { 'synapse name not found': name } }),
  orderNotSet: () => json('ORDER_NOT_SET', 400, { error: { Error: "Wrong parameters, 'order' not set" } }),
  nameNotSet: () => json('NAME_NOT_SET', 400, { error: { Error: "Wrong parameters, 'name' not set" } }),
  invalidSynapse: (message: string) => json('INVALID_SYNAPSE', 400, { error: message }),
  /** Storage cannot hold U+0000 (Postgres text/jsonb): refused at the door instead of failing the write with a 500. */
  nulCharacter: (where: string) =>
    json('NUL_CHARACTER', 400, { error: { Error: `Wrong parameters, ${where} contains a NUL character (U+0000)` } }),
  muteNotSet: () => json('MUTE_NOT_SET', 400, { error: { Error: "Wrong parameters, 'mute' not set" } }),
  deafNotSet: () => json('DEAF_NOT_SET', 400, { error: { Error: "Wrong parameters, 'deaf' not set" } }),
  noFileProvided: () => json('NO_FILE', 400, { error: { error: 'No file provided' } }),
  unreadableAudio: () => json('UNREADABLE_AUDIO', 400, { error: { error: 'The given file is not a readable audio file' } }),
  orderNotMatched: () => json('ORDER_NOT_MATCHED', 400, { error: { error: "The given order doesn't match any synapses" } }),
  muteStatusUnknown: () => json('MUTE_STATUS_UNKNOWN', 400, { error: { error: 'Mute status unknow' } }),
  cannotSwitchMute: () => json('CANNOT_SWITCH_MUTE', 400, { error: { error: 'Cannot switch mute status' } }),
  cannotSwitchDeaf: () => json('CANNOT_SWITCH_DEAF', 400, { error: { error: 'Cannot switch deaf status' } }),
  invalidSession: () =>
    json('INVALID_SESSION', 400, {
      error: { Error: "Wrong parameters, 'X-Parley-Session' must be 1 to 128 letters, digits or . _ : @ -" },
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new KalliopeHttpError('RATE_LIMITED', 429, { error: { error: 'Too many requests, retry later' } }, 'application/json', {
      'retry-after': String(retryAfterSeconds),
    }),
  speechUnavailable: (message: string) => json('SPEECH_UNAVAILABLE', 503, { error: { error: message } }),
  notJson: () =>
    html(
      'NOT_JSON',
      400,
      flaskPage(
        '400',
        'Bad Request',
        "Did not attempt to load JSON data because the request Content-Type was not &#39;application/json&#39;.",
      ),
    ),
  badJson: () =>
    html(
      'BAD_JSON',
      400,
      flaskPage('400', 'Bad Request', 'The browser (or proxy) sent a request that this server could not understand.'),
    ),
  /** A `Host` that is not one of the server's names (DNS rebinding). */
  badHost: () =>
    html('BAD_HOST', 400, flaskPage('400', 'Bad Request', 'The Host header does not name this server.')),
  /** A state-changing request from a page of another origin (cross-site request forgery). */
  crossOrigin: () =>
    html(
      'CROSS_ORIGIN',
      403,
      flaskPage('403', 'Forbidden', "You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server."),
    ),
  tooLarge: () =>
    html('TOO_LARGE', 413, flaskPage('413', 'Request Entity Too Large', 'The data value transmitted exceeds the capacity limit.')),
  unauthorized: () =>
    html(
      'UNAUTHORIZED',
      401,
      'Could not verify your access level for that URL.\nYou have to login with proper credentials',
      { 'www-authenticate': 'Basic realm="Login Required"' },
    ),
  methodNotAllowed: (allowed: readonly string[]) =>
    html(
      'METHOD_NOT_ALLOWED',
      405,
      flaskPage('405', 'Method Not Allowed', 'The method is not allowed for the requested URL.'),
      { allow: [...allowed].sort().join(', ') },
    ),
  notFound: () =>
    html(
      'NOT_FOUND',
      404,
      flaskPage(
        '404',
        'Not Found',
        'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
      ),
    ),
  /** The database is out of reach (Werkzeug's ServiceUnavailable page). */
  unavailable: () =>
    html(
      'UNAVAILABLE',
      503,
      flaskPage(
        '503',
        'Service Unavailable',
        'The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.',
      ),
    ),
  internal: () =>
    html(
      'INTERNAL',
      500,
      flaskPage(
        '500',
        'Internal Server Error',
        'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
      ),
    ),
} as const;
