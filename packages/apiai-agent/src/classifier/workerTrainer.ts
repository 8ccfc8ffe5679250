// Trains each agent's intent classifier in a worker thread after every change of its intents or entities (from the
// agent's previous model when it has enough sentences, which takes a third of the passes), then
// calibrates its fallback threshold on held-out folds of the agent's own examples (`heldOutThreshold` of
// @parley/nlu). Trainings and calibrations run in two workers, so that a change never waits for the calibration of
// an earlier one; only the newest pending request of an agent is trained, and a calibration is dropped once newer
// examples wait. Until its calibration ends, a new model keeps the
// threshold of the agent's previous model (0 for an agent's first model).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ClassifierModel, TrainingExample } from '@parley/nlu';
import type { ClassifierTrainer, TrainerEvent } from './ClassifierTrainer.js';
import { trainable } from './trainingJob.js';
import type { WorkerAnswer, WorkerJob } from './classifierWorker.js';

export interface WorkerClassifierTrainer extends ClassifierTrainer {
  /** How many worker threads are running now (each holds its own JavaScript heap; none while nothing is trained). */
  runningWorkers(): number;
}

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

interface WorkerLane {
  ask(job: WorkerJob): Promise<WorkerAnswer>;
  running(): boolean;
  terminate(): Promise<void>;
}

/**
 * One worker thread, started on first use, one job at a time; restarted after a crash. It ends once it has had no
 * job for `idleMs`, giving back its heap (tens of MB), and starts again with the next job.
 */
function workerLane(idleMs: number): WorkerLane {
  let worker: Worker | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  const stopIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = undefined;
  };
  const terminate = async () => {
    stopIdleTimer();
    const current = worker;
    worker = undefined;
    await current?.terminate();
  };
  return {
    ask(job) {
      stopIdleTimer();
      worker ??= startWorker();
      const current = worker;
      return new Promise((resolve) => {
        const onMessage = (answer: WorkerAnswer) => {
          current.off('error', onFailure);
          if (worker === current) {
            idleTimer = setTimeout(() => void terminate(), idleMs);
            idleTimer.unref();
          }
          resolve(answer);
        };
        const onFailure = (error: Error) => {
          current.off('message', onMessage);
          worker = undefined;
          resolve({ error: error.message });
        };
        current.once('message', onMessage);
        current.once('error', onFailure);
        current.postMessage(job);
      });
    },
    running: () => worker !== undefined,
    terminate,
  };
}

interface TrainRequest {
  examples: readonly TrainingExample[];
  done: (() => void)[];
}

export interface TrainerOptions {
  /**
   * Agents with at least this many training sentences are retrained from their previous model (default 500). Below,
   * training from zero is cheap, and the few passes from a previous model leave a new intent's bias too high: on the
   * 29 sentences of the demo agent plus a 3-sentence intent, the new intent took sentences of an old one.
   */
  warmStartFrom?: number;
  /**
   * A worker thread with no job for this long ends, giving its memory back (default 10,000 ms). Each of the two
   * threads holds about 25 MiB while it lives; starting one again costs about 0.1 s on the next change.
   */
  workerIdleMs?: number;
}

export function createWorkerTrainer(
  onError: (agentId: string, message: string) => void,
  onEvent: (agentId: string, event: TrainerEvent) => void = () => undefined,
  options: TrainerOptions = {},
): WorkerClassifierTrainer {
  const warmStartFrom = options.warmStartFrom ?? 500;
  const models = new Map<string, ClassifierModel>();
  const toTrain = new Map<string, TrainRequest>();
  /** Agents whose current model waits for its threshold, with the examples it was trained on. */
  const toCalibrate = new Map<string, { examples: readonly TrainingExample[]; model: ClassifierModel }>();
  // Trainings and calibrations have a worker each: a change waits for its own training, never for the calibration
  // of an earlier change (three trainings on held-out folds).
  const workerIdleMs = options.workerIdleMs ?? 10_000;
  const trainingWorker = workerLane(workerIdleMs);
  const calibrationWorker = workerLane(workerIdleMs);
  let training: Promise<void> | undefined;
  let calibrating: Promise<void> | undefined;
  let idleWaiters: (() => void)[] = [];

  async function trainNext(agentId: string, request: TrainRequest): Promise<void> {
    toTrain.delete(agentId);
    toCalibrate.delete(agentId);
    if (!trainable(request.examples)) {
      models.delete(agentId);
    } else {
      const started = performance.now();
      const previous = request.examples.length >= warmStartFrom ? models.get(agentId) : undefined;
      const answer = await trainingWorker.ask({ kind: 'train', examples: request.examples, ...(previous === undefined ? {} : { warmStart: previous }) });
      if ('model' in answer) {
        const model = { ...answer.model, outOfScopeThreshold: models.get(agentId)?.outOfScopeThreshold ?? 0 };
        models.set(agentId, model);
        toCalibrate.set(agentId, { examples: request.examples, model });
        calibrating ??= Promise.resolve().then(drainCalibrations);
        onEvent(agentId, { kind: 'trained', examples: request.examples.length, ms: performance.now() - started, warmStart: previous !== undefined });
      } else if ('error' in answer) {
        onError(agentId, answer.error);
      }
    }
    for (const resolve of request.done) resolve();
  }

  async function calibrateNext(agentId: string, job: { examples: readonly TrainingExample[]; model: ClassifierModel }): Promise<void> {
    toCalibrate.delete(agentId);
    const started = performance.now();
    const answer = await calibrationWorker.ask({ kind: 'calibrate', examples: job.examples });
    if ('threshold' in answer) {
      // A newer model trained meanwhile waits for its own calibration.
      if (models.get(agentId) === job.model) models.set(agentId, { ...job.model, outOfScopeThreshold: answer.threshold });
      onEvent(agentId, { kind: 'calibrated', examples: job.examples.length, ms: performance.now() - started, threshold: answer.threshold });
    } else if ('error' in answer) {
      onError(agentId, answer.error);
    }
  }

  function tellIdle(): void {
    if (training !== undefined || calibrating !== undefined) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  }

  async function drainTrainings(): Promise<void> {
    for (let next = toTrain.entries().next(); !next.done; next = toTrain.entries().next()) await trainNext(...next.value);
    training = undefined;
    tellIdle();
  }

  async function drainCalibrations(): Promise<void> {
    for (let next = toCalibrate.entries().next(); !next.done; next = toCalibrate.entries().next()) await calibrateNext(...next.value);
    calibrating = undefined;
    tellIdle();
  }

  return {
    train(agentId, examples) {
      return new Promise((resolve) => {
        const replaced = toTrain.get(agentId);
        toTrain.set(agentId, { examples, done: [...(replaced?.done ?? []), resolve] });
        // Started on a later tick so that `training` is set before the drain can finish (and clear it).
        training ??= Promise.resolve().then(drainTrainings);
      });
    },
    latest: (agentId) => models.get(agentId),
    idle: () => (training === undefined && calibrating === undefined ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
    runningWorkers: () => [trainingWorker, calibrationWorker].filter((lane) => lane.running()).length,
    async close() {
      const waiting = [...toTrain.values()].flatMap((request) => request.done);
      toTrain.clear();
      for (const resolve of waiting) resolve();
      await training;
      toCalibrate.clear();
      await calibrating;
      await Promise.all([trainingWorker.terminate(), calibrationWorker.terminate()]);
    },
  };
}
