// The one error catalog of this app: every failure a client can see, with its api.ai status code and errorType
// (docs/protocols/apiai.md "Status and Error Codes"; 401/406 from the JAVA SDK's Status model, docs/protocols/apiai.md §4.1).

export type ErrorType =
  | 'bad_request'
  | 'unauthorized'
  | 'not_found'
  | 'not_allowed'
  | 'not_acceptable'
  | 'conflict'
  | 'too_many_requests'
  | 'service_unavailable';

const codes: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  not_allowed: 405,
  not_acceptable: 406,
  conflict: 409,
  too_many_requests: 429,
  service_unavailable: 503,
};

/** A failure answered with an api.ai status object; the HTTP status equals `status.code`. */
export class ApiAiError extends Error {
  readonly code: number;

  constructor(
    readonly errorType: ErrorType,
    readonly errorDetails: string,
  ) {
    super(errorDetails);
    this.name = 'ApiAiError';
    this.code = codes[errorType];
  }
}

export const badRequest = (details: string): ApiAiError => new ApiAiError('bad_request', details);
export const notFound = (details: string): ApiAiError => new ApiAiError('not_found', details);
export const conflict = (details: string): ApiAiError => new ApiAiError('conflict', details);
export const notAcceptable = (details: string): ApiAiError => new ApiAiError('not_acceptable', details);
export const notAllowed = (method: string, url: string): ApiAiError =>
  new ApiAiError('not_allowed', `Method ${method} is not allowed for ${url}`);
export const unauthorized = (details = 'Authorization failed. Please check your access keys.'): ApiAiError =>
  new ApiAiError('unauthorized', details);
/** A request setting more contexts than APIAI_MAX_CONTEXTS_PER_REQUEST, or leaving its session over APIAI_MAX_CONTEXTS_PER_SESSION. */
export const tooManyContexts = ({ scope, limit }: { scope: 'request' | 'session'; limit: number }): ApiAiError =>
  badRequest(
    scope === 'request'
      ? `Too many contexts: at most ${limit} contexts may be set in one request.`
      : `Too many contexts: a session may hold at most ${limit} active contexts.`,
  );
export const tooManyRequests = (details: string): ApiAiError => new ApiAiError('too_many_requests', details);
/** The database is out of reach (stopped, restarting, failing over): retry later. */
export const serviceUnavailable = (details: string): ApiAiError => new ApiAiError('service_unavailable', details);
