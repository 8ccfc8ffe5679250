// Worker thread that trains intent classifiers, so that training never blocks the queries of the main thread.
// Message in: training examples; message out: the model as JSON (`serializeClassifier`), or `{error}`.
import { parentPort } from 'node:worker_threads';
import { serializeClassifier, trainClassifier, type TrainingExample } from '@parley/nlu';

parentPort?.on('message', (examples: TrainingExample[]) => {
  try {
    parentPort?.postMessage({ model: serializeClassifier(trainClassifier(examples)) });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message });
  }
});
