import { describe, expect, it } from 'vitest';
import { classifyIntent } from './classifyIntent.js';
import { trainingExamples } from './smallAgent.fixture.js';
import { trainClassifier } from './trainClassifier.js';

const timers = ['start a timer for ten minutes', 'set a timer for 5 minutes', 'countdown of one hour please', 'timer for the pasta', 'how long is left on my timer'].map(
  (text) => ({ text, intent: 'timer' }),
);

describe('trainClassifier with warmStart', () => {
  const previous = trainClassifier(trainingExamples);

  it("starts from the previous model's weights of the shared features and intents", () => {
    // One pass with a learning rate of ~0 leaves the copied weights as they were.
    const copied = trainClassifier(trainingExamples, { epochs: 1, learningRate: 1e-12, warmStart: previous });
    expect(Array.from(copied.bias)).toEqual(Array.from(previous.bias));
    for (const [feature, row] of copied.featureIndex) {
      const before = previous.featureIndex.get(feature);
      expect(before).toBeDefined();
      for (let intent = 0; intent < copied.intents.length; intent += 1) {
        expect(copied.weights[row * copied.intents.length + intent]).toBeCloseTo(previous.weights[(before ?? 0) * previous.intents.length + intent] ?? NaN, 6);
      }
    }
    const cold = trainClassifier(trainingExamples, { epochs: 1, learningRate: 1e-12 });
    expect(Array.from(cold.bias).every((bias) => Math.abs(bias) < 1e-9)).toBe(true);
  });

  it('learns a new intent in a few passes and keeps the old ones', () => {
    const warm = trainClassifier([...trainingExamples, ...timers], { epochs: 3, warmStart: previous });
    expect(warm.intents).toEqual(['alarm', 'music', 'timer', 'weather']);
    expect(classifyIntent(warm, 'set a timer for twenty minutes')?.intent).toBe('timer');
    expect(classifyIntent(warm, 'will it rain in oslo')?.intent).toBe('weather');
    expect(classifyIntent(warm, 'play me some blues')?.intent).toBe('music');
  });

  it('ignores a previous model of other feature options', () => {
    const other = trainClassifier(trainingExamples, { features: { wordNgrams: 1, charNgrams: [0, 0], foldAccents: true } });
    const warm = trainClassifier(trainingExamples, { warmStart: other });
    const cold = trainClassifier(trainingExamples);
    expect(Array.from(warm.weights)).toEqual(Array.from(cold.weights));
  });
});
