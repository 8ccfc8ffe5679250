// `--train` of the import CLI: trains the imported agent's classifier once, with the training data, passes and
// calibration the server uses (@parley/apiai-agent), reporting its two stages. The NLU is loaded only then.
import type { Stores } from '../db/stores.js';
import type { Progress } from './progressOutput.js';

export async function trainImportedAgent(stores: Pick<Stores, 'intents' | 'entities'>, agentId: string, progress: Progress): Promise<void> {
  const { createInProcessTrainer, trainingExamples } = await import('@parley/apiai-agent');
  const [intents, entities] = await Promise.all([stores.intents.list(agentId), stores.entities.list(agentId)]);
  const examples = trainingExamples(intents, entities);
  progress.update(0, 2, `training on ${examples.length} sentences`);
  const trainer = createInProcessTrainer((_agentId, event) => {
    if (event.kind === 'trained') progress.update(1, 2, `trained in ${Math.round(event.ms)} ms, calibrating the threshold`);
    else progress.update(2, 2, `calibrated in ${Math.round(event.ms)} ms`);
  });
  await trainer.train(agentId, examples);
  const model = trainer.latest(agentId);
  progress.finish(
    model === undefined
      ? `No classifier: ${examples.length} sentences, it needs two intents (or an intent and a fallback intent)`
      : `Trained the classifier on ${examples.length} sentences of ${model.intents.length} intents (threshold ${model.outOfScopeThreshold.toFixed(3)})`,
  );
}
