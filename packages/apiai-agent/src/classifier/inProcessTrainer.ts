// Trains in the calling thread: each request trains and calibrates at once (the event loop waits meanwhile), so a
// model with its threshold is in use when `train` resolves. For embedded agents trained once at load.
import type { ClassifierModel } from '@parley/nlu';
import type { ClassifierTrainer, TrainerEvent } from './ClassifierTrainer.js';
import { calibrationThreshold, trainable, trainModel } from './trainingJob.js';

export function createInProcessTrainer(onEvent: (agentId: string, event: TrainerEvent) => void = () => undefined): ClassifierTrainer {
  const models = new Map<string, ClassifierModel>();
  return {
    async train(agentId, examples) {
      await Promise.resolve();
      if (!trainable(examples)) {
        models.delete(agentId);
        return;
      }
      let started = performance.now();
      const model = trainModel(examples, undefined);
      onEvent(agentId, { kind: 'trained', examples: examples.length, ms: performance.now() - started, warmStart: false });
      started = performance.now();
      const threshold = calibrationThreshold(examples);
      onEvent(agentId, { kind: 'calibrated', examples: examples.length, ms: performance.now() - started, threshold });
      models.set(agentId, { ...model, outOfScopeThreshold: threshold });
    },
    latest: (agentId) => models.get(agentId),
    idle: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
