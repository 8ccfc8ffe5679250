// `pnpm bench apiai`: CLINC150 through the api.ai v1 server over HTTP. The training split is imported as 150
// intents with POST /v1/intents (plus a fallback intent); the test split and oos_test are asked with
// POST /v1/query. Reported: in-scope accuracy and out-of-scope recall (the fallback intent answered) with the
// default classifier threshold and with one chosen on the validation split only, latency and throughput next to a
// bare Fastify route measured in the same run. Writes bench/results/apiai.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { summarize, type LatencySummary } from '../kalliope/latency.js';
import { loadClinc, type LabelledText } from '../nlu/datasets.js';
import { postJson, startClincServer, type Prediction } from './clincServer.js';
import { runLoad } from './httpLoad.js';

const RESULTS_FILE = fileURLToPath(new URL('../../results/apiai.md', import.meta.url));
/** Requests in flight at once, for the query runs and the baseline alike. */
const CONCURRENCY = 8;
const DEFAULT_THRESHOLD = 0.5;

const ms = (value: number) => value.toFixed(1);
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const latencyCells = (latency: LatencySummary) => `${ms(latency.mean)} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.max)}`;

interface Scores {
  accuracy: number;
  oosRecall: number;
}

function score(questions: readonly LabelledText[], predictions: readonly Prediction[], threshold = 0): Scores {
  let inScope = 0;
  let inScopeRight = 0;
  let oos = 0;
  let oosRight = 0;
  questions.forEach((question, index) => {
    const prediction = predictions[index];
    const predicted = prediction === undefined || prediction.score < threshold ? 'oos' : prediction.intent;
    if (question.intent === 'oos') {
      oos += 1;
      oosRight += predicted === 'oos' ? 1 : 0;
    } else {
      inScope += 1;
      inScopeRight += predicted === question.intent ? 1 : 0;
    }
  });
  return { accuracy: inScopeRight / Math.max(1, inScope), oosRecall: oosRight / Math.max(1, oos) };
}

/** The threshold that maximises (accuracy + OOS recall) / 2 on the validation answers of a threshold-0 server. */
function chooseThreshold(questions: readonly LabelledText[], predictions: readonly Prediction[]): number {
  let best = { threshold: 0, balanced: -1 };
  for (let step = 0; step <= 100; step += 1) {
    const threshold = step / 100;
    const { accuracy, oosRecall } = score(questions, predictions, threshold);
    if ((accuracy + oosRecall) / 2 > best.balanced) best = { threshold, balanced: (accuracy + oosRecall) / 2 };
  }
  return best.threshold;
}

export async function run(): Promise<void> {
  const clinc = loadClinc();
  const withOos = (split: readonly LabelledText[], oos: readonly string[]): LabelledText[] => [...split, ...oos.map((text) => ({ text, intent: 'oos' }))];
  const validation = withOos(clinc.val, clinc.oosVal);
  const test = withOos(clinc.test, clinc.oosTest);

  const open = await startClincServer(clinc.train, 0);
  const chosen = chooseThreshold(validation, (await open.ask(validation, CONCURRENCY)).answers);
  await open.close();
  console.log(`  threshold chosen on val + oos_val: ${chosen}`);

  const runs: { label: string; threshold: number; scores: Scores; latency: LatencySummary; throughput: number; importMs: number; trainWaitMs: number }[] = [];
  for (const [label, threshold] of [['default', DEFAULT_THRESHOLD], ['chosen on validation', chosen]] as const) {
    const server = await startClincServer(clinc.train, threshold);
    const answered = await server.ask(test, CONCURRENCY);
    await server.close();
    const scores = score(test, answered.answers);
    runs.push({ label, threshold, scores, latency: summarize(answered.latenciesMs), throughput: (test.length / answered.wallMs) * 1000, importMs: server.importMs, trainWaitMs: server.trainWaitMs });
    console.log(`  threshold ${threshold}: in-scope accuracy ${pct(scores.accuracy)}, out-of-scope recall ${pct(scores.oosRecall)}`);
  }

  const bare = Fastify();
  bare.post('/v1/query', async () => ({ status: { code: 200, errorType: 'success' } }));
  const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
  const baseline = await runLoad(test.length, CONCURRENCY, async (index) =>
    postJson(`${bareBase}/v1/query`, 'token', { query: test[index]?.text ?? '', sessionId: 's' }),
  );
  await bare.close();
  const [first] = runs;

  const report = [
    '# api.ai server benchmark',
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Run: \`pnpm bench apiai\`.`,
    'Server and load generator share the process; embedded PGlite (in memory); loopback HTTP.',
    '',
    '## CLINC150 through /v1/intents and /v1/query',
    '',
    `The 150 intents of the CLINC150 training split (${clinc.train.length} sentences, as \`userSays\` examples) are created`,
    `with \`POST /v1/intents\` (${((first?.importMs ?? 0) / 1000).toFixed(1)} s, then ${((first?.trainWaitMs ?? 0) / 1000).toFixed(1)} s until the background`,
    `classifier training finished), plus a fallback intent. The ${clinc.test.length} test and ${clinc.oosTest.length} out-of-scope test sentences`,
    `are asked with \`POST /v1/query\`, ${CONCURRENCY} at a time. A query counts as out of scope when the fallback intent`,
    'answers it: no template or example matched and the classifier stayed below `APIAI_CLASSIFIER_THRESHOLD`.',
    `The second threshold was chosen on val + oos_val only (best (accuracy + OOS recall) / 2), never on the test split.`,
    '',
    '| system | threshold | in-scope accuracy | out-of-scope recall |',
    '|---|---:|---:|---:|',
    ...runs.map((row) => `| Parley apiai-api (${row.label}) | ${row.threshold} | ${pct(row.scores.accuracy)} | ${pct(row.scores.oosRecall)} |`),
    '| api.ai / Dialogflow (Larson et al. 2019, full) | – | 91.7 % | 14.0 % |',
    '',
    '## Latency and throughput',
    '',
    `${test.length} requests, ${CONCURRENCY} concurrent, latency in milliseconds. The bare route is a Fastify \`POST /v1/query\``,
    'that parses the same JSON bodies and answers a constant status object.',
    '',
    '| endpoint | requests/s | mean | p50 | p95 | max |',
    '|---|---:|---:|---:|---:|---:|',
    ...runs.map((row) => `| apiai-api /v1/query (threshold ${row.threshold}) | ${row.throughput.toFixed(0)} | ${latencyCells(row.latency)} |`),
    `| bare Fastify route | ${((test.length / baseline.wallMs) * 1000).toFixed(0)} | ${latencyCells(summarize(baseline.latenciesMs))} |`,
    '',
  ].join('\n');
  mkdirSync(fileURLToPath(new URL('../../results/', import.meta.url)), { recursive: true });
  writeFileSync(RESULTS_FILE, report);
  console.log(`  wrote ${RESULTS_FILE}`);
}
