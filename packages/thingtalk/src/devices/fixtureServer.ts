// Test helper: a local HTTP server on 127.0.0.1 (random port) answering fixed routes, recording each request path.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureResponse {
  readonly status?: number;
  readonly contentType?: string;
  readonly body: string;
}

export interface FixtureServer {
  readonly url: string;
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** `routes` maps a path with its query string (`/v1/images/search?limit=1`) to the answer; others get 404. */
export async function startFixtureServer(routes: Readonly<Record<string, FixtureResponse>>): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    response
      .writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/json' })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
