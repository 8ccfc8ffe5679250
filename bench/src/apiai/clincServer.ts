// One api.ai server (in memory) holding CLINC150's training split as 150 intents plus a fallback intent,
// imported over HTTP with POST /v1/intents; `ask` sends questions through POST /v1/query.
import { randomUUID } from 'node:crypto';
import { buildApp, createAgentNlu, createClassifierTrainer, openAppDb } from '@parley/apiai-api';
import type { LabelledText } from '../nlu/datasets.js';
import { runLoad, type LoadResult } from './httpLoad.js';

const DEVELOPER_TOKEN = 'bench-developer-token';
const CLIENT_TOKEN = 'bench-client-token';

/** What the benchmark reads of an answer. */
export interface Prediction {
  /** The intent name, or `oos` when the fallback intent (or nothing) answered. */
  readonly intent: string;
  readonly score: number;
}

interface QueryAnswer {
  result?: { score?: number; metadata?: { intentName?: string; isFallbackIntent?: string } };
}

export async function postJson(url: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

export interface ClincServer {
  readonly intents: number;
  readonly importMs: number;
  readonly trainWaitMs: number;
  ask(questions: readonly LabelledText[], concurrency: number): Promise<LoadResult<Prediction>>;
  close(): Promise<void>;
}

export async function startClincServer(train: readonly LabelledText[], minConfidence: number): Promise<ClincServer> {
  const database = await openAppDb({});
  const trainErrors: string[] = [];
  const classifiers = createClassifierTrainer((_agent, message) => trainErrors.push(message));
  const { app, services } = await buildApp({ database, nlu: createAgentNlu({ classifiers, minConfidence }) });
  const close = async () => {
    await app.close();
    await classifiers.close();
    await database.close();
  };
  try {
    await services.agents.create({ id: randomUUID(), name: 'clinc150', developerToken: DEVELOPER_TOKEN, clientToken: CLIENT_TOKEN });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const byIntent = new Map<string, string[]>();
    for (const { text, intent } of train) byIntent.set(intent, [...(byIntent.get(intent) ?? []), text]);
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
    await postJson(`${base}/v1/query`, CLIENT_TOKEN, { query: 'warm up', sessionId: 'warm-up' });
    const trainStart = performance.now();
    await classifiers.idle();
    if (trainErrors.length > 0) throw new Error(`training failed: ${trainErrors.join('; ')}`);
    return {
      intents: byIntent.size,
      importMs,
      trainWaitMs: performance.now() - trainStart,
      ask: (questions, concurrency) =>
        runLoad(questions.length, concurrency, async (index) => {
          const answer = (await postJson(`${base}/v1/query?v=20150910`, CLIENT_TOKEN, {
            query: questions[index]?.text ?? '',
            sessionId: `s${index % 50}`,
            lang: 'en',
          })) as QueryAnswer;
          const metadata = answer.result?.metadata;
          const fallback = metadata?.isFallbackIntent === 'true' || metadata?.intentName === undefined;
          return { intent: fallback ? 'oos' : (metadata.intentName ?? 'oos'), score: answer.result?.score ?? 0 };
        }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
