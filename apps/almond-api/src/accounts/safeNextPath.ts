// Where a browser goes after logging in or registering: only a path of this server. The value is read as the
// WHATWG URL parser (every browser) reads it against our own origin, so that `/\t/evil.com` (the tab is dropped:
// `//evil.com`), `/\evil.com` or `/.//evil.com` cannot lead elsewhere; control characters and backslashes are refused
// outright (a newline would also break the Location header).

const OWN_ORIGIN = 'http://almond.invalid';
/** C0 controls, DEL and backslashes. */
const refused = (next: string): boolean => [...next].some((char) => char === '\\' || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/** The path `next` names on this server, or `/` when it names anything else. */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || refused(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, OWN_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== OWN_ORIGIN) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The normalised path is what is sent; a browser would read `//host` at its start as another host.
  return path.startsWith('//') ? '/' : path;
}
