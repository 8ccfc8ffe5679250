// An api.ai server in this process (in-memory PGlite, default settings) whose agent has one intent per label, put
// in place in one change as an agent import does (`replaceAgentContent`); negative sentences are the fallback
// intent's `userSays`, as a developer would enter them. `ask` sends questions through POST /v1/query, `addIntent`
// creates one more intent with POST /v1/intents, `exportZip` is GET /v1/agent/export.
import { randomUUID } from 'node:crypto';
import { createAgentNlu, type TrainerEvent } from '@parley/apiai-agent';
import { createWorkerTrainer } from '@parley/apiai-agent/node';
import { buildApp, openAppDb, replaceAgentContent } from '@parley/apiai-api';
import { rankIntents } from '@parley/nlu';
import type { LabelledText } from '../nlu/datasets.js';
import { runLoad, type LoadResult } from './httpLoad.js';

const DEVELOPER_TOKEN = 'bench-developer-token';
const CLIENT_TOKEN = 'bench-client-token';

/** What the benchmark reads of an answer: the intent name, or `oos` when the fallback intent (or nothing) answered. */
export interface Prediction {
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

export const intentBody = (name: string, texts: readonly string[]) => ({
  name,
  userSays: texts.map((text) => ({ data: [{ text }], isTemplate: false })),
  responses: [{ action: name }],
});

export function groupByIntent(examples: readonly LabelledText[]): Map<string, string[]> {
  const byIntent = new Map<string, string[]>();
  for (const { text, intent } of examples) byIntent.set(intent, [...(byIntent.get(intent) ?? []), text]);
  return byIntent;
}

export interface AgentServer {
  readonly base: string;
  /** Putting the agent in place (the change returns once its templates, examples and classifier are in use). */
  readonly importMs: number;
  /** Trainer events of the agent, in order. */
  readonly events: TrainerEvent[];
  /** Resolves once training and calibration are done. */
  idle(): Promise<void>;
  /** The calibrated threshold of the agent's classifier. */
  threshold(): number | undefined;
  /** The classifier's own best intent name (no threshold), for comparison. */
  topIntent(text: string): string | undefined;
  ask(questions: readonly LabelledText[], concurrency: number): Promise<LoadResult<Prediction>>;
  /** Creates one more intent: how long the request took. */
  addIntent(name: string, texts: readonly string[]): Promise<number>;
  exportZip(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function startAgentServer(train: readonly LabelledText[], negatives: readonly string[]): Promise<AgentServer> {
  const database = await openAppDb({});
  const trainErrors: string[] = [];
  const events: TrainerEvent[] = [];
  const classifiers = createWorkerTrainer((_agent, message) => trainErrors.push(message), (_agent, event) => events.push(event));
  const { app, services } = await buildApp({ database, nlu: createAgentNlu({ classifiers }) });
  const close = async () => {
    await app.close();
    await classifiers.close();
    await database.close();
  };
  try {
    const agentId = randomUUID();
    await services.agents.create({ id: agentId, name: 'bench', developerToken: DEVELOPER_TOKEN, clientToken: CLIENT_TOKEN });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const importStart = performance.now();
    const intents = [...groupByIntent(train)].map(([intent, texts]) => intentBody(intent, texts));
    const fallback = { ...intentBody('Default Fallback Intent', negatives), fallbackIntent: true, responses: [{ action: 'input.unknown' }] };
    await replaceAgentContent(services, agentId, { intents: [...intents, fallback], entities: [] });
    const importMs = performance.now() - importStart;
    const names = new Map((await services.intents.list(agentId)).map((intent) => [intent.id, intent.name]));
    return {
      base,
      importMs,
      events,
      async idle() {
        await classifiers.idle();
        if (trainErrors.length > 0) throw new Error(`training failed: ${trainErrors.join('; ')}`);
      },
      threshold: () => classifiers.latest(agentId)?.outOfScopeThreshold,
      topIntent(text) {
        const model = classifiers.latest(agentId);
        const best = model === undefined ? undefined : rankIntents(model, text)[0];
        return best === undefined ? undefined : names.get(best.intent);
      },
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
      async addIntent(name, texts) {
        const started = performance.now();
        await postJson(`${base}/v1/intents`, DEVELOPER_TOKEN, intentBody(name, texts));
        return performance.now() - started;
      },
      async exportZip() {
        const response = await fetch(`${base}/v1/agent/export`, { headers: { authorization: `Bearer ${DEVELOPER_TOKEN}` } });
        return new Uint8Array(await response.arrayBuffer());
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
