// `pnpm bench apiai`: CLINC150 through the api.ai v1 server over HTTP. The training split is imported as 150
// intents with POST /v1/intents (plus a fallback intent), the test split and oos_test are asked through
// POST /v1/query; reports in-scope accuracy, out-of-scope recall (answered by the fallback intent), latency and
// throughput, next to a bare Fastify route measured in the same run. Writes bench/results/apiai.md.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildApp, createAgentNlu, createClassifierTrainer, openAppDb } from '@parley/apiai-api';
import Fastify from 'fastify';
import { summarize, type LatencySummary } from '../kalliope/latency.js';
import { loadClinc } from '../nlu/datasets.js';
import { runLoad } from './httpLoad.js';

const RESULTS_FILE = fileURLToPath(new URL('../../results/apiai.md', import.meta.url));
/** Requests in flight at once, for the query runs and the baseline alike. */
const CONCURRENCY = 8;
const DEVELOPER_TOKEN = 'bench-developer-token';
const CLIENT_TOKEN = 'bench-client-token';

interface QueryAnswer {
  result?: { metadata?: { intentName?: string; isFallbackIntent?: string } };
}

const ms = (value: number) => value.toFixed(1);
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const latencyCells = (latency: LatencySummary) => `${ms(latency.mean)} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.max)}`;

async function postJson(url: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

export async function run(): Promise<void> {
  const clinc = loadClinc();

  const database = await openAppDb({});
  const trainErrors: string[] = [];
  const classifiers = createClassifierTrainer((_agent, message) => trainErrors.push(message));
  const { app, services } = await buildApp({ db: database.db, nlu: createAgentNlu({ classifiers }) });
  await services.agents.create({ id: randomUUID(), name: 'clinc150', developerToken: DEVELOPER_TOKEN, clientToken: CLIENT_TOKEN });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  bare.post('/v1/query', async () => ({ status: { code: 200, errorType: 'success' } }));
  const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });

  try {
    // Import: one intent per CLINC label, its training sentences as userSays examples.
    const byIntent = new Map<string, string[]>();
    for (const { text, intent } of clinc.train) byIntent.set(intent, [...(byIntent.get(intent) ?? []), text]);
    const importStart = performance.now();
    for (const [intent, texts] of byIntent) {
      await postJson(`${base}/v1/intents`, DEVELOPER_TOKEN, {
        name: intent,
        userSays: texts.map((text) => ({ data: [{ text }], isTemplate: false })),
        responses: [{ action: intent }],
      });
    }
    await postJson(`${base}/v1/intents`, DEVELOPER_TOKEN, { name: 'Default Fallback Intent', fallbackIntent: true, responses: [{ action: 'input.unknown' }] });
    const importMs = performance.now() - importStart;
    console.log(`  imported ${byIntent.size} intents (${clinc.train.length} sentences) in ${(importMs / 1000).toFixed(1)} s`);
    await postJson(`${base}/v1/query`, CLIENT_TOKEN, { query: 'warm up', sessionId: 'warm-up' });
    const trainStart = performance.now();
    await classifiers.idle();
    const trainWaitMs = performance.now() - trainStart;
    if (trainErrors.length > 0) throw new Error(`training failed: ${trainErrors.join('; ')}`);

    const questions = [...clinc.test.map(({ text, intent }) => ({ text, intent })), ...clinc.oosTest.map((text) => ({ text, intent: 'oos' }))];
    const queries = await runLoad(questions.length, CONCURRENCY, async (index) => {
      const question = questions[index];
      return (await postJson(`${base}/v1/query?v=20150910`, CLIENT_TOKEN, { query: question?.text ?? '', sessionId: `s${index % 50}`, lang: 'en' })) as QueryAnswer;
    });
    let inScopeRight = 0;
    let oosRight = 0;
    questions.forEach((question, index) => {
      const metadata = queries.answers[index]?.result?.metadata;
      const predicted = metadata?.isFallbackIntent === 'true' || metadata?.intentName === undefined ? 'oos' : metadata.intentName;
      if (question.intent === 'oos') oosRight += predicted === 'oos' ? 1 : 0;
      else inScopeRight += predicted === question.intent ? 1 : 0;
    });
    const accuracy = inScopeRight / clinc.test.length;
    const oosRecall = oosRight / clinc.oosTest.length;
    console.log(`  in-scope accuracy ${pct(accuracy)}, out-of-scope recall ${pct(oosRecall)}`);

    const baseline = await runLoad(questions.length, CONCURRENCY, async (index) =>
      postJson(`${bareBase}/v1/query`, CLIENT_TOKEN, { query: questions[index]?.text ?? '', sessionId: 's' }),
    );
    const server = summarize(queries.latenciesMs);
    const bareLatency = summarize(baseline.latenciesMs);
    const throughput = (questions.length / queries.wallMs) * 1000;
    const bareThroughput = (questions.length / baseline.wallMs) * 1000;

    const report = [
      '# api.ai server benchmark',
      '',
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Run: \`pnpm bench apiai\`.`,
      'Server and load generator share the process; embedded PGlite (in memory); loopback HTTP.',
      '',
      '## CLINC150 through /v1/intents and /v1/query',
      '',
      `The ${byIntent.size} intents of the CLINC150 training split (${clinc.train.length} sentences, as \`userSays\` examples)`,
      `were created with \`POST /v1/intents\` (${(importMs / 1000).toFixed(1)} s, then ${(trainWaitMs / 1000).toFixed(1)} s until the`,
      `background classifier training finished), plus a fallback intent. The ${clinc.test.length} test sentences and the`,
      `${clinc.oosTest.length} out-of-scope test sentences were asked with \`POST /v1/query\`, ${CONCURRENCY} at a time. A query counts`,
      'as out of scope when the fallback intent answers it (template matching found nothing and the classifier was',
      'below its 0.5 confidence threshold).',
      '',
      '| metric | Parley apiai-api | api.ai (Larson et al. 2019, full) |',
      '|---|---:|---:|',
      `| in-scope accuracy | ${pct(accuracy)} | 91.7 % |`,
      `| out-of-scope recall | ${pct(oosRecall)} | 14.0 % |`,
      '',
      '## Latency and throughput',
      '',
      `${questions.length} requests, ${CONCURRENCY} concurrent, latency in milliseconds. The bare route is a Fastify \`POST /v1/query\``,
      'that parses the same JSON bodies and answers a constant status object.',
      '',
      '| endpoint | requests/s | mean | p50 | p95 | max |',
      '|---|---:|---:|---:|---:|---:|',
      `| apiai-api /v1/query | ${throughput.toFixed(0)} | ${latencyCells(server)} |`,
      `| bare Fastify route | ${bareThroughput.toFixed(0)} | ${latencyCells(bareLatency)} |`,
      '',
    ].join('\n');
    mkdirSync(fileURLToPath(new URL('../../results/', import.meta.url)), { recursive: true });
    writeFileSync(RESULTS_FILE, report);
    console.log(`  wrote ${RESULTS_FILE}`);
  } finally {
    await bare.close();
    await app.close();
    await classifiers.close();
    await database.close();
  }
}
