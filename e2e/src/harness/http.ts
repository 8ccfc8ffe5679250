// A small fetch wrapper for tests: JSON in, status + parsed body out, bounded by a timeout so a hang fails fast.
// Every JSON answer is checked against the schema its route declares (responseContract.ts).
import { checkResponse } from './responseContract.js';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is already a string or a Buffer. */
  body?: unknown;
  timeoutMs?: number;
}

export async function http(url: string, request: HttpRequest = {}): Promise<HttpAnswer> {
  const raw = request.body;
  const body = raw === undefined ? undefined : typeof raw === 'string' || raw instanceof Buffer ? raw : JSON.stringify(raw);
  const headers: Record<string, string> = { ...request.headers };
  if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const method = request.method ?? (body === undefined ? 'GET' : 'POST');
  const response = await fetch(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
    signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  checkResponse(method, url, response.status, json);
  return { status: response.status, headers: response.headers, text, json };
}

/** Whether `url` stops accepting connections within `withinMs` (polled): what a draining server must do. */
export async function refusesConnections(url: string, withinMs = 5000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    try {
      await http(url, { timeoutMs: 1000 });
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Polls `<base>/healthz` until it answers `status`; resolves with the milliseconds that took, or throws after `withinMs`. */
export async function healthBecomes(base: string, status: number, withinMs: number): Promise<number> {
  const started = Date.now();
  let last = 'no answer';
  while (Date.now() - started < withinMs) {
    const answer = await http(`${base}/healthz`, { timeoutMs: 5000 }).catch((error: unknown) => ({ status: 0, text: String(error) }));
    if (answer.status === status) return Date.now() - started;
    last = `${answer.status} ${answer.text}`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/healthz did not answer ${status} within ${withinMs} ms (last: ${last})`);
}
