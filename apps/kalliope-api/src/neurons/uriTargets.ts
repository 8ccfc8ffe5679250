/**
 * Whether the operator's allow-list (`KALLIOPE_URI_ALLOWED`) lets the uri neuron call `url`. Entries: `*` (any
 * target), a host name (`api.example.com`, any port and path), `host:port`, or a URL prefix
 * (`https://api.example.com/v1/`: same scheme, host and port, and a path under it).
 */
export function allowsUri(url: URL, entries: readonly string[]): boolean {
  return entries.some((entry) => {
    if (entry === '*') return true;
    if (!entry.includes('://')) return entry.toLowerCase() === url.host || entry.toLowerCase() === url.hostname;
    let prefix: URL;
    try {
      prefix = new URL(entry);
    } catch {
      return false;
    }
    if (prefix.origin !== url.origin) return false;
    const path = prefix.pathname;
    return url.pathname === path || url.pathname.startsWith(path.endsWith('/') ? path : `${path}/`);
  });
}
