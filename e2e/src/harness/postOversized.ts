// Posts a JSON body of `bytes` bytes the way a hostile client would. A server enforcing a body limit answers 413
// early and may close the socket before the upload ends, which fetch reports as EPIPE: this reads the answer anyway.
import { request } from 'node:http';

/** The status the server answered, or 'closed' when it hung up without one. */
export function postOversized(url: string, bytes: number, headers: Record<string, string> = {}): Promise<number | 'closed'> {
  const body = Buffer.alloc(bytes, 'x');
  body.write('{"order":"', 0);
  body.write('"}', bytes - 2);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from ${url} within 20 s`)), 20_000);
    const outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(bytes), ...headers } }, (response) => {
      clearTimeout(timer);
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', () => {
      clearTimeout(timer);
      resolve('closed');
    });
    outgoing.end(body);
  });
}
