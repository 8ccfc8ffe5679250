import { afterAll, describe, expect, it } from 'vitest';
import { createClassifierTrainer } from './classifierTrainer.js';
import { outOfScopeLabel } from './trainingExamples.js';

const failures: string[] = [];
const events: { agentId: string; kind: string; examples: number }[] = [];
const trainer = createClassifierTrainer(
  (_agentId, message) => failures.push(message),
  (agentId, event) => events.push({ agentId, kind: event.kind, examples: event.examples }),
);
afterAll(async () => trainer.close());

const examples = (intents: string[]) =>
  intents.flatMap((intent) => [`please ${intent} now`, `${intent} it`, `I want to ${intent}`, `can you ${intent}`].map((text) => ({ text, intent })));

describe('createClassifierTrainer', () => {
  it('keeps no model for fewer than two intents, then trains in the worker when asked again', async () => {
    await trainer.train('agent', examples(['dance']));
    expect(trainer.latest('agent')).toBeUndefined();
    await trainer.train('agent', examples(['dance', 'sing', 'jump']));
    expect(failures).toEqual([]);
    expect(trainer.latest('agent')?.intents).toEqual(['dance', 'sing', 'jump'].sort());
  });

  it('trains one intent against negative examples', async () => {
    await trainer.train('negatives', [...examples(['dance']), ...examples(['cook', 'read']).map((example) => ({ ...example, intent: outOfScopeLabel }))]);
    expect(trainer.latest('negatives')?.intents).toEqual([outOfScopeLabel, 'dance']);
  });

  it('answers a train request once its model is in use, then calibrates its threshold in the background', async () => {
    await trainer.train('calibrated', examples(['a', 'b', 'c']));
    expect(trainer.latest('calibrated')?.outOfScopeThreshold).toBe(0);
    await trainer.idle();
    expect(trainer.latest('calibrated')?.outOfScopeThreshold).toBeGreaterThan(0);
    expect(events.filter((event) => event.agentId === 'calibrated')).toEqual([
      { agentId: 'calibrated', kind: 'trained', examples: 12 },
      { agentId: 'calibrated', kind: 'calibrated', examples: 12 },
    ]);
  });

  it('trains only the newest of several waiting requests of an agent; both requests resolve', async () => {
    await Promise.all([trainer.train('other', examples(['a', 'b'])), trainer.train('other', examples(['c', 'd']))]);
    expect(trainer.latest('other')?.intents).toEqual(['c', 'd']);
  });
});
