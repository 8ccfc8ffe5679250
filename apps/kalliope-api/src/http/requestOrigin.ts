import { isIP } from 'node:net';

/** Host names every server accepts: the loopback names. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** The host name of a `Host` header (`name`, `name:port`, `[v6]:port`), lower-cased, or undefined when malformed. */
function hostName(header: string): string | undefined {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/i.exec(header.trim());
  const name = match?.[1] ?? match?.[2];
  return name === undefined ? undefined : name.toLowerCase().replace(/\.$/, '');
}

/**
 * Whether a `Host` header names this server. A DNS rebinding attack reaches the server under the attacker's own
 * domain name, so only known names pass: the loopback names (and `*.localhost`), the listening address, the
 * operator's list (`*` disables the check) and IP literals (an IP address in `Host` cannot be rebound).
 * A request without `Host` (HTTP/1.0) passes: browsers always send one.
 */
export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  if (header === undefined) return true;
  if (allowed.includes('*')) return true;
  const name = hostName(header);
  if (name === undefined) return false;
  if (isIP(name) !== 0 || LOOPBACK_NAMES.includes(name) || name.endsWith('.localhost')) return true;
  return allowed.some((entry) => entry.toLowerCase().replace(/\.$/, '') === name);
}

const DEFAULT_PORTS = ['', '80', '443'];

/** Host name and port of a URL; the port is '' for the scheme's default. */
function hostAndPort(url: string): { readonly name: string; readonly port: string } | undefined {
  try {
    const parsed = new URL(url);
    return { name: parsed.hostname.toLowerCase(), port: parsed.port };
  } catch {
    return undefined;
  }
}

/** Whether `origin` is a page of the server that `Host` names (ports compared, default ports alike). */
function isOwnOrigin(origin: string, hostHeader: string): boolean {
  const page = hostAndPort(origin);
  const server = hostAndPort(`http://${hostHeader}`);
  if (page === undefined || server === undefined || page.name !== server.name) return false;
  const server80 = server.port === '' ? '80' : server.port;
  return page.port === server.port || page.port === server80 || (DEFAULT_PORTS.includes(page.port) && DEFAULT_PORTS.includes(server.port));
}

/**
 * Whether a state-changing request's `Origin` may act here: absent (not a browser, or an old one), a page of this
 * server (same host and port as the `Host` header, whatever the scheme a TLS proxy shows), or one of
 * `rest_api.allowed_cors_origin` (`*` allows any). `null` (sandboxed frames, files) never.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  hostHeader: string | undefined,
  corsOrigins: false | string | readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (hostHeader !== undefined && isOwnOrigin(origin, hostHeader)) return true;
  const list = corsOrigins === false ? [] : typeof corsOrigins === 'string' ? [corsOrigins] : corsOrigins;
  return origin !== 'null' && (list.includes('*') || list.includes(origin));
}

/** The media type of a `Content-Type` header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === undefined || type === '' ? undefined : type;
}

/** JSON (`application/json`, `application/…+json`): a type an HTML form cannot send, so a cross-site form cannot post. */
export function isJsonType(type: string | undefined): boolean {
  return type !== undefined && /^application\/([a-z0-9.+-]+\+)?json$/.test(type);
}
