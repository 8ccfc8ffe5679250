// Trains each agent's intent classifier in a worker thread after every change of its intents or entities.
// Queries meanwhile use the agent's previous model (or none yet); only the newest pending request of an agent is
// trained once the running one finishes.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadClassifier, type ClassifierJson, type ClassifierModel, type TrainingExample } from '@parley/nlu';

export interface ClassifierTrainer {
  /** Asks for a model of these examples; they replace any request of the agent not started yet. */
  train(agentId: string, examples: readonly TrainingExample[]): void;
  /** The newest trained model of the agent. */
  latest(agentId: string): ClassifierModel | undefined;
  /** Resolves once no training is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

type WorkerAnswer = { model: ClassifierJson } | { error: string };

/** The built worker next to this module; from sources (tests) the TypeScript file, loaded through tsx's API. */
function startWorker(): Worker {
  const built = new URL('./classifierWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built);
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const source = new URL('./classifierWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export function createClassifierTrainer(onError: (agentId: string, message: string) => void): ClassifierTrainer {
  const models = new Map<string, ClassifierModel>();
  const waiting = new Map<string, readonly TrainingExample[]>();
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  let idleWaiters: (() => void)[] = [];

  function trainOne(examples: readonly TrainingExample[]): Promise<WorkerAnswer> {
    worker ??= startWorker();
    const current = worker;
    return new Promise((resolve) => {
      const onMessage = (answer: WorkerAnswer) => {
        current.off('error', onFailure);
        resolve(answer);
      };
      const onFailure = (error: Error) => {
        current.off('message', onMessage);
        worker = undefined;
        resolve({ error: error.message });
      };
      current.once('message', onMessage);
      current.once('error', onFailure);
      current.postMessage(examples);
    });
  }

  async function drain(): Promise<void> {
    for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
      const [agentId, examples] = next.value;
      waiting.delete(agentId);
      if (new Set(examples.map((example) => example.intent)).size < 2) {
        models.delete(agentId);
        continue;
      }
      const answer = await trainOne(examples);
      if ('model' in answer) models.set(agentId, loadClassifier(answer.model));
      else onError(agentId, answer.error);
    }
    running = undefined;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  }

  return {
    train(agentId, examples) {
      waiting.set(agentId, examples);
      // Started on a later tick so that `running` is set before drain() can finish (and clear it).
      running ??= Promise.resolve().then(drain);
    },
    latest: (agentId) => models.get(agentId),
    idle: () => (running === undefined ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
    async close() {
      waiting.clear();
      await running;
      await worker?.terminate();
      worker = undefined;
    },
  };
}
