// Worker thread that trains and calibrates intent classifiers, so that neither blocks the queries of the main thread.
// `train` answers the model itself (structured clone: typed arrays and maps are copied, not encoded), trained from
// the agent's previous model when one is given; `calibrate` answers the fallback threshold chosen on held-out folds
// of the same examples (./trainingJob.ts); a failure answers `{error}`.
import { parentPort } from 'node:worker_threads';
import type { ClassifierModel, TrainingExample } from '@parley/nlu/classifier';
import { calibrationThreshold, trainModel } from './trainingJob.js';

export interface WorkerJob {
  kind: 'train' | 'calibrate';
  examples: readonly TrainingExample[];
  /** Training only: the agent's previous model, whose shared weights the new one starts from. */
  warmStart?: ClassifierModel;
}

export type WorkerAnswer = { model: ClassifierModel } | { threshold: number } | { error: string };

function answer(job: WorkerJob): WorkerAnswer {
  if (job.kind === 'train') return { model: trainModel(job.examples, job.warmStart) };
  return { threshold: calibrationThreshold(job.examples) };
}

parentPort?.on('message', (job: WorkerJob) => {
  try {
    parentPort?.postMessage(answer(job));
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message } satisfies WorkerAnswer);
  }
});
