// GET /metrics in the Prometheus text exposition format (prom-client): request counts and latency by route pattern,
// method and status code for every request, the process's own metrics (CPU, memory, event loop lag, GC), and the
// gauges and histograms the app adds through the returned `Metrics`. Labels never carry a raw URL, an id or a
// token: only the route pattern (`/v1/intents/:id`), the method and the status code.
import type { FastifyInstance } from 'fastify';
import { Gauge, Histogram, Registry } from 'prom-client';
import { envValue } from './readServerEnv.js';
import { metricsTokenCheck } from './metricsTokenCheck.js';
import { processRegistry } from './processRegistry.js';

export interface MetricsOptions {
  /**
   * The bearer token a scrape must send (`Authorization: Bearer <token>`); default: the `METRICS_TOKEN` variable.
   * Unset or blank: /metrics answers anyone who reaches the port (it holds no user data).
   */
  readonly token?: string | undefined;
  /** Where `token` defaults from (tests pass their own). */
  readonly env?: NodeJS.ProcessEnv;
}

/** What an app adds to its /metrics. Names follow Prometheus conventions: `<app>_<what>_<unit>`. */
export interface Metrics {
  readonly registry: Registry;
  /** A gauge read when /metrics is scraped (costs nothing in between); NaN when `read` fails. */
  gauge(name: string, help: string, read: () => number | Promise<number>): void;
  /** A histogram of durations in seconds. */
  histogram<Label extends string>(name: string, help: string, labelNames: readonly Label[], buckets?: readonly number[]): Histogram<Label>;
}

/** The request latency buckets, in seconds: 1 ms to 10 s. */
export const requestBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** `route` of requests no route matched (404s): route patterns start with `/`, so it cannot clash with one. */
export const unmatchedRoute = 'unmatched';

export function registerMetrics(app: FastifyInstance, options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response, by route pattern, method and status code; _count counts the requests.',
    labelNames: ['route', 'method', 'status_code'],
    buckets: [...requestBuckets],
    registers: [registry],
  });
  // One hook, after the response is sent: a label lookup and a bucket increment per request.
  app.addHook('onResponse', (request, reply, done) => {
    requests.observe(
      { route: request.routeOptions.url ?? unmatchedRoute, method: request.method, status_code: reply.statusCode },
      reply.elapsedTime / 1000,
    );
    done();
  });

  const authorized = metricsTokenCheck(options.token ?? envValue(options.env ?? process.env, 'METRICS_TOKEN'));
  app.get('/metrics', async (request, reply) => {
    if (!authorized(request.headers.authorization)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').type('text/plain; charset=utf-8').send('unauthorized\n');
    }
    const text = (await processRegistry().metrics()) + (await registry.metrics());
    return reply.header('cache-control', 'no-store').type(registry.contentType).send(text);
  });

  return {
    registry,
    gauge(name, help, read) {
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          try {
            this.set(await read());
          } catch {
            this.set(Number.NaN);
          }
        },
      });
    },
    histogram(name, help, labelNames, buckets) {
      return new Histogram({ name, help, labelNames: [...labelNames], registers: [registry], ...(buckets === undefined ? {} : { buckets: [...buckets] }) });
    },
  };
}
