// An in-flight request that the test controls: headers and half the body are sent at once, the rest on `finish()`.
// Used to check that SIGTERM drains requests already accepted instead of cutting them.
import { request } from 'node:http';

export interface SlowRequest {
  finish(): void;
  /** The status and body once the server answered. */
  answer: Promise<{ status: number; body: string }>;
}

export function startSlowRequest(url: string, body: string, headers: Record<string, string> = {}): SlowRequest {
  const bytes = Buffer.from(body, 'utf8');
  const half = Math.floor(bytes.length / 2);
  let finish: () => void = () => undefined;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.write(bytes.subarray(0, half));
    finish = () => outgoing.end(bytes.subarray(half));
  });
  return { finish: () => finish(), answer };
}
