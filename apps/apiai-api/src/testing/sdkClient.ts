// The official `apiai` Node SDK pointed at a local server. The SDK has no port option (it passes `hostname` to
// http.request and reaches port 80 with `secure: false`), so it gets an http.Agent whose `defaultPort` is ours —
// Node's http.request takes the port from the agent when the options name none.
import { Agent } from 'node:http';
import apiai, { type SdkApplication, type SdkRequest } from 'apiai';

export function sdkClient(token: string, port: number): SdkApplication {
  const client = apiai(token, { hostname: '127.0.0.1', secure: false });
  // `defaultPort` is a documented-by-use Agent property (https.Agent sets 443) missing from @types/node.
  client._agent = Object.assign(new Agent({ keepAlive: true }), { defaultPort: port });
  return client;
}

export type SdkError = Error & { statusCode?: number; responseBody?: string };

/** Sends a request and resolves with the parsed JSON of a 2xx answer; rejects with the SDK's error otherwise. */
export function send(request: SdkRequest, body?: Buffer): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.on('response', resolve);
    request.on('error', reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}
