import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerMetrics, type MetricsOptions } from './registerMetrics.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function appWithMetrics(options: MetricsOptions = { env: {} }) {
  app = Fastify();
  const metrics = registerMetrics(app, options);
  app.get('/items/:id', async () => ({ ok: true }));
  app.post('/items', async (_request, reply) => reply.code(201).send({}));
  return { app, metrics };
}

const scrape = async (target: FastifyInstance, authorization?: string) =>
  target.inject({ url: '/metrics', headers: authorization === undefined ? {} : { authorization } });

/** The value of the sample `name{labels}` (labels exactly as prom-client writes them), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('registerMetrics', () => {
  it('counts requests by route pattern, method and status code, never by raw URL', async () => {
    const { app: target } = appWithMetrics();
    await target.inject('/items/42');
    await target.inject('/items/secret-user-id');
    await target.inject({ method: 'POST', url: '/items', payload: {} });
    await target.inject('/nowhere/else?token=abc');
    const response = await scrape(target);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = response.body;
    expect(sample(text, 'http_request_duration_seconds_count{route="/items/:id",method="GET",status_code="200"}')).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_count{route="/items",method="POST",status_code="201"}')).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count{route="unmatched",method="GET",status_code="404"}')).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_bucket{le="+Inf",route="/items/:id",method="GET",status_code="200"}')).toBe(2);
    const requestSeries = text
      .split('\n')
      .filter((line) => line.startsWith('http_request'))
      .map((line) => line.slice(0, line.lastIndexOf(' ')));
    expect(requestSeries.join('\n')).not.toMatch(/42|secret-user-id|nowhere|token=abc/);
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(text).toContain('# TYPE process_cpu_user_seconds_total counter');
  });

  it('asks for the bearer token when one is configured, and compares it whole', async () => {
    const { app: target } = appWithMetrics({ token: 's3cret' });
    const refused = await scrape(target);
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(refused.body).not.toContain('http_request');
    expect((await scrape(target, 'Bearer s3cre')).statusCode).toBe(401);
    expect((await scrape(target, 'Bearer s3cret2')).statusCode).toBe(401);
    expect((await scrape(target, 'Basic s3cret')).statusCode).toBe(401);
    expect((await scrape(target, 'Bearer s3cret')).statusCode).toBe(200);
  });

  it('takes the token from METRICS_TOKEN; a blank one leaves /metrics open', async () => {
    const { app: guarded } = appWithMetrics({ env: { METRICS_TOKEN: 'from-env' } });
    expect((await scrape(guarded)).statusCode).toBe(401);
    expect((await scrape(guarded, 'Bearer from-env')).statusCode).toBe(200);
    await guarded.close();
    const { app: open } = appWithMetrics({ env: { METRICS_TOKEN: '  ' } });
    expect((await scrape(open)).statusCode).toBe(200);
  });

  it('reads gauges at scrape time and reports NaN when one cannot be read', async () => {
    const { app: target, metrics } = appWithMetrics();
    let open = 3;
    metrics.gauge('test_open_things', 'Things open now.', () => open);
    metrics.gauge('test_stored_things', 'Things stored.', () => Promise.reject(new Error('database unreachable')));
    expect(sample((await scrape(target)).body, 'test_open_things')).toBe(3);
    open = 1;
    const text = (await scrape(target)).body;
    expect(sample(text, 'test_open_things')).toBe(1);
    expect(sample(text, 'test_stored_things')).toBeNaN();
  });

  it('adds the app’s histograms to the same page', async () => {
    const { app: target, metrics } = appWithMetrics();
    const training = metrics.histogram('test_training_seconds', 'Training time.', ['outcome'], [0.1, 1]);
    training.observe({ outcome: 'ok' }, 0.5);
    const text = (await scrape(target)).body;
    expect(sample(text, 'test_training_seconds_bucket{le="0.1",outcome="ok"}')).toBe(0);
    expect(sample(text, 'test_training_seconds_bucket{le="1",outcome="ok"}')).toBe(1);
    expect(sample(text, 'test_training_seconds_sum{outcome="ok"}')).toBe(0.5);
  });

  it('keeps each app’s series apart in one process', async () => {
    const first = appWithMetrics().app;
    await first.inject('/items/1');
    const second = Fastify();
    registerMetrics(second, { env: {} });
    const text = (await scrape(second)).body;
    await second.close();
    expect(text).not.toContain('route="/items/:id"');
  });
});
