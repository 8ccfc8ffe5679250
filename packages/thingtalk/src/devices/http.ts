// The one HTTP helper of the network devices: GET with cancellation, failing on non-2xx answers.
import type { InvocationContext } from './device.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP error ${status} from ${url}`);
    this.name = 'HttpError';
  }
}

async function get(url: string, ctx: InvocationContext, headers: Record<string, string>): Promise<Response> {
  const response = await fetch(url, { headers, signal: ctx.signal, redirect: 'follow' });
  if (!response.ok) {
    await response.body?.cancel();
    throw new HttpError(response.status, url);
  }
  return response;
}

export async function getJson(url: string, ctx: InvocationContext, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await get(url, ctx, { accept: 'application/json', ...headers });
  return response.json() as Promise<unknown>;
}

export async function getText(url: string, ctx: InvocationContext, headers: Record<string, string> = {}): Promise<string> {
  const response = await get(url, ctx, headers);
  return response.text();
}

/** Joins a configurable base URL and a path without doubling or dropping the slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
