// The Origin check of the cookie-authenticated conversation socket (docs/protocols/almond.md §2.1: the web UI uses the
// conversation handlers "with cookies and an Origin check"): a page of another site must not open a socket with the
// user's cookie (cross-site WebSocket hijacking).

/** True when the Origin header names the host the request was sent to. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined || host === undefined) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
