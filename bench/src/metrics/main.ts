// `pnpm bench metrics`: what /metrics (@parley/server-kit registerMetrics) costs each request. A bare Fastify app and
// the same app with registerMetrics answer the same GET /items/:id through inject(), in interleaved rounds; the
// difference of their median per-request CPU times is the hook's cost. The hook's own work (one labelled histogram
// observation, across 60 label sets) is timed alone too. CPU time (process.cpuUsage), not wall time: on a machine
// shared with other work, wall time mostly measures the wait for a core. Writes bench/results/metrics.md.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { registerMetrics, requestBuckets } from '@parley/server-kit';
import Fastify, { type FastifyInstance } from 'fastify';

const rounds = 21;
const requestsPerRound = 2000;
const observations = 1_000_000;

function itemsApp(withMetrics: boolean): FastifyInstance {
  const app = Fastify({ logger: false });
  if (withMetrics) registerMetrics(app, { env: {} });
  app.get('/items/:id', async (request) => ({ id: (request.params as { id: string }).id }));
  return app;
}

/** CPU microseconds (user + system) since `started`. */
function cpuMicros(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return used.user + used.system;
}

/** CPU microseconds per request of one round. */
async function round(app: FastifyInstance): Promise<number> {
  const started = process.cpuUsage();
  for (let index = 0; index < requestsPerRound; index += 1) await app.inject(`/items/${index}`);
  return cpuMicros(started) / requestsPerRound;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Nanoseconds per labelled observation, the label sets of 20 routes × 3 status codes in turn. */
function observeCost(): number {
  const metrics = registerMetrics(Fastify(), { env: {} });
  const histogram = metrics.histogram('bench_seconds', 'bench', ['route', 'method', 'status_code'], requestBuckets);
  const labels = Array.from({ length: 60 }, (_, index) => ({ route: `/route/${index % 20}/:id`, method: 'GET', status_code: 200 + (index % 3) }));
  for (let index = 0; index < 100_000; index += 1) histogram.observe(labels[index % 60] ?? {}, 0.003);
  const started = process.cpuUsage();
  for (let index = 0; index < observations; index += 1) histogram.observe(labels[index % 60] ?? {}, (index % 100) / 1000);
  return (cpuMicros(started) * 1000) / observations;
}

export async function run(): Promise<void> {
  const bare = itemsApp(false);
  const measured = itemsApp(true);
  await Promise.all([bare.ready(), measured.ready()]);
  await round(bare);
  await round(measured);
  const bareTimes: number[] = [];
  const metricTimes: number[] = [];
  for (let index = 0; index < rounds; index += 1) {
    bareTimes.push(await round(bare));
    metricTimes.push(await round(measured));
  }
  await Promise.all([bare.close(), measured.close()]);
  const bareUs = median(bareTimes);
  const metricsUs = median(metricTimes);
  const observeNs = observeCost();
  console.log(`bare ${bareUs.toFixed(2)} CPU µs/request, with metrics ${metricsUs.toFixed(2)} CPU µs/request, one observation ${observeNs.toFixed(0)} ns`);
  const report = `# Metrics overhead (\`pnpm bench metrics\`)

What \`registerMetrics\` (@parley/server-kit, GET /metrics) adds to every request: a bare Fastify app and the same app
with the metrics plugin answer \`GET /items/:id\` through \`inject()\`, ${rounds} interleaved rounds of ${requestsPerRound}
requests each; CPU time of the process (user + system) per request, medians of the rounds. Then the hook's own work alone: ${observations.toLocaleString('en')} labelled
observations of the request histogram over 60 label sets (20 routes × 3 status codes).

| | CPU µs per request | ratio to bare |
|---|---:|---:|
| bare Fastify | ${bareUs.toFixed(2)} | 1.00 |
| with registerMetrics | ${metricsUs.toFixed(2)} | ${(metricsUs / bareUs).toFixed(2)} |
| difference | ${(metricsUs - bareUs).toFixed(2)} | |

One labelled histogram observation (the hook's work): **${observeNs.toFixed(0)} ns** of CPU.

Measured on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, a 2-core machine shared with other work (load average
${loadavg()[0]?.toFixed(1)}); the rounds of the bare app spread over ${(Math.max(...bareTimes) - Math.min(...bareTimes)).toFixed(1)} µs, so a difference of a few µs is at the
edge of what this run can resolve; the observation alone is the sharper figure.
`;
  writeFileSync(fileURLToPath(new URL('../../results/metrics.md', import.meta.url)), report);
}
