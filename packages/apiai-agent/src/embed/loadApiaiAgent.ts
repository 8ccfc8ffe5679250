// An api.ai v1 agent inside a program, without a server: loaded from an export, trained, answering queries with the
// same runtime, NLU and result JSON as @parley/apiai-api's POST /v1/query (without webhooks).
import type { ApiaiResult } from '@parley/protocol-types';
import { initialApiaiState, stepApiai, type ApiaiDialogConfig, type ApiaiInput, type ContextToSet, type SessionEntity } from '@parley/dialog-engine';
import { loadRecognizers } from '@parley/nlu';
import type { Entity, Intent } from '../agent/model.js';
import type { ClassifierTrainer } from '../classifier/ClassifierTrainer.js';
import { createInProcessTrainer } from '../classifier/inProcessTrainer.js';
import { resultJson } from '../query/resultJson.js';
import { buildAgentRuntime } from '../runtime/agentRuntimes.js';
import { createAgentNlu } from '../runtime/createAgentNlu.js';
import type { UnzipLimits } from '../zip/unpackZip.js';
import { readAgentSource, type AgentSource } from './readAgentSource.js';
import { memorySessionStorage, type SessionStorage } from './sessionStorage.js';
import { sessionTurns } from './sessionTurns.js';

export interface LoadApiaiAgentOptions {
  /** Where sessions are kept (default: in memory). */
  sessions?: SessionStorage;
  /**
   * Trains the intent classifier (default: in this thread, during `loadApiaiAgent`). `createWorkerTrainer` of
   * `@parley/apiai-agent/node` trains in a worker thread instead.
   */
  trainer?: ClassifierTrainer;
  /** Lowest classifier confidence that matches, for agents whose agent.json gives no `mlMinConfidence`. */
  minConfidence?: number;
  /** Context lifespans, time limits, slot-filling limits (`@parley/dialog-engine`'s `ApiaiDialogConfig`). */
  config?: Partial<ApiaiDialogConfig>;
  /** The clock (ms since the epoch) and randomness (response variants); `Date.now` and `Math.random` by default. */
  now?: () => number;
  random?: () => number;
  /** Limits of a zip's unpacking (default 64 MiB, 10,000 entries). */
  unzipLimits?: UnzipLimits;
}

export interface QueryOptions {
  sessionId: string;
  /** Contexts set before the query is matched (`contexts` of /v1/query). */
  contexts?: readonly ContextToSet[];
  resetContexts?: boolean;
  /** Session entities for this query and the next ones (`entities` of /v1/query). */
  entities?: readonly SessionEntity[];
  /** Time zone of relative dates (default: agent.json's `defaultTimezone`). */
  timeZone?: string;
  lang?: string;
}

export interface ApiaiAgent {
  readonly language: string;
  readonly intents: readonly Intent[];
  readonly entities: readonly Entity[];
  /** The v1 `result` of the query (the `result` of POST /v1/query's answer). */
  query(text: string, options: QueryOptions): Promise<ApiaiResult>;
  /** The v1 `result` of an event (`event: {name, data}` of /v1/query). */
  event(name: string, options: QueryOptions & { data?: Readonly<Record<string, string>> }): Promise<ApiaiResult>;
  /** Stops the trainer. */
  close(): Promise<void>;
}

const agentId = 'agent';

/** Reads the agent, trains its classifier and resolves once it answers with it. */
export async function loadApiaiAgent(source: AgentSource, options: LoadApiaiAgentOptions = {}): Promise<ApiaiAgent> {
  const definition = readAgentSource(source, options.unzipLimits);
  const trainer = options.trainer ?? createInProcessTrainer();
  const nlu = createAgentNlu({ classifiers: trainer, syncTrainingLimit: Number.POSITIVE_INFINITY, ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }) });
  const runtime = await buildAgentRuntime(agentId, definition, nlu);
  // Its queries read numbers and dates with the recognizers-text suite (@parley/nlu README, System entities).
  await loadRecognizers();
  const sessions = options.sessions ?? memorySessionStorage();
  const turns = sessionTurns();
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;

  function answer(input: ApiaiInput & { type: 'query' }, queryOptions: QueryOptions): Promise<ApiaiResult> {
    return turns(queryOptions.sessionId, async () => {
      const time = now();
      const lang = queryOptions.lang ?? definition.language;
      const timeZone = queryOptions.timeZone ?? runtime.settings.timeZone;
      const state = await sessions.load(queryOptions.sessionId);
      const step = stepApiai(state ?? initialApiaiState(), input, {
        now: time,
        random,
        agent: runtime.dialogAgent,
        nlu: runtime.nlu.forQuery({ now: time, timeZone, lang }),
        ...(options.config === undefined ? {} : { config: options.config }),
      });
      const [output] = step.outputs;
      if (output?.kind === 'too_many_contexts') throw new RangeError(`Too many contexts: at most ${output.limit} per ${output.scope}`);
      if (output?.kind !== 'query_result') throw new Error(`the api.ai reducer answered a query with ${output?.kind ?? 'nothing'}`);
      await sessions.save(queryOptions.sessionId, step.state);
      // resultJson writes the v1 result (the ApiaiResult schema; the tests check it against the schema).
      return resultJson(output.result) as unknown as ApiaiResult;
    });
  }

  const request = (queryOptions: QueryOptions) => ({
    ...(queryOptions.contexts === undefined ? {} : { contexts: queryOptions.contexts }),
    ...(queryOptions.resetContexts === undefined ? {} : { resetContexts: queryOptions.resetContexts }),
    ...(queryOptions.entities === undefined ? {} : { entities: queryOptions.entities }),
  });

  return {
    language: definition.language,
    intents: runtime.intents,
    entities: runtime.entities,
    query: (text, queryOptions) => answer({ type: 'query', query: text, ...request(queryOptions) }, queryOptions),
    event: (name, queryOptions) => answer({ type: 'query', event: { name, data: { ...queryOptions.data } }, ...request(queryOptions) }, queryOptions),
    close: () => trainer.close(),
  };
}
