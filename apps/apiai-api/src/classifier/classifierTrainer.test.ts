import { afterAll, describe, expect, it } from 'vitest';
import { createClassifierTrainer } from './classifierTrainer.js';

const failures: string[] = [];
const trainer = createClassifierTrainer((_agentId, message) => failures.push(message));
afterAll(async () => trainer.close());

const examples = (intents: string[]) =>
  intents.flatMap((intent) => [`please ${intent} now`, `${intent} it`, `I want to ${intent}`].map((text) => ({ text, intent })));

describe('createClassifierTrainer', () => {
  it('keeps no model for fewer than two intents, then trains in the worker when asked again', async () => {
    trainer.train('agent', examples(['dance']));
    await trainer.idle();
    expect(trainer.latest('agent')).toBeUndefined();
    trainer.train('agent', examples(['dance', 'sing', 'jump']));
    await trainer.idle();
    expect(failures).toEqual([]);
    expect(trainer.latest('agent')?.intents).toEqual(['dance', 'sing', 'jump'].sort());
  });

  it('trains only the newest of several waiting requests of an agent', async () => {
    trainer.train('other', examples(['a', 'b']));
    trainer.train('other', examples(['c', 'd']));
    await trainer.idle();
    expect(trainer.latest('other')?.intents).toEqual(['c', 'd']);
  });
});
