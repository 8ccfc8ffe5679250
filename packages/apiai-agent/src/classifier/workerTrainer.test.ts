import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerTrainer } from './workerTrainer.js';
import { outOfScopeLabel } from './trainingExamples.js';

const failures: string[] = [];
const events: { agentId: string; kind: string; examples: number; warmStart?: boolean }[] = [];
const trainer = createWorkerTrainer(
  (_agentId, message) => failures.push(message),
  (agentId, event) => events.push({ agentId, kind: event.kind, examples: event.examples, ...(event.kind === 'trained' ? { warmStart: event.warmStart } : {}) }),
  { warmStartFrom: 10 },
);
afterAll(async () => trainer.close());

const examples = (intents: string[]) =>
  intents.flatMap((intent) => [`please ${intent} now`, `${intent} it`, `I want to ${intent}`, `can you ${intent}`].map((text) => ({ text, intent })));

describe('createWorkerTrainer', () => {
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
      { agentId: 'calibrated', kind: 'trained', examples: 12, warmStart: false },
      { agentId: 'calibrated', kind: 'calibrated', examples: 12 },
    ]);
  });

  it("retrains from the agent's previous model, which keeps its threshold until calibrated again", async () => {
    await trainer.train('warm', examples(['a', 'b', 'c']));
    await trainer.idle();
    const threshold = trainer.latest('warm')?.outOfScopeThreshold;
    await trainer.train('warm', examples(['a', 'b', 'c', 'd']));
    expect(trainer.latest('warm')?.intents).toEqual(['a', 'b', 'c', 'd']);
    expect(trainer.latest('warm')?.outOfScopeThreshold).toBe(threshold);
    expect(events.filter((event) => event.agentId === 'warm' && event.kind === 'trained').map((event) => event.warmStart)).toEqual([false, true]);
  });

  it('trains small agents from zero', async () => {
    await trainer.train('small', examples(['a', 'b']));
    await trainer.train('small', examples(['a', 'c']));
    expect(events.filter((event) => event.agentId === 'small' && event.kind === 'trained').map((event) => event.warmStart)).toEqual([false, false]);
  });

  it("trains a change while an earlier change's calibration runs (two workers)", async () => {
    const verbs = Array.from({ length: 40 }, (_, index) => `verb${index.toString(36)}x`);
    await trainer.train('busy', examples(verbs));
    // The calibration of 'busy' (three trainings of 160 sentences) starts on the next tick; the tiny 'quick' agent's
    // training does not wait for it.
    await new Promise((resolve) => setImmediate(resolve));
    await trainer.train('quick', examples(['a', 'b']));
    const order = events.filter((event) => event.agentId === 'busy' || event.agentId === 'quick').map((event) => `${event.agentId} ${event.kind}`);
    expect(order).toEqual(['busy trained', 'quick trained']);
    await trainer.idle();
    expect(events.filter((event) => event.agentId === 'busy').map((event) => event.kind)).toEqual(['trained', 'calibrated']);
  });

  it('trains only the newest of several waiting requests of an agent; both requests resolve', async () => {
    await Promise.all([trainer.train('other', examples(['a', 'b'])), trainer.train('other', examples(['c', 'd']))]);
    expect(trainer.latest('other')?.intents).toEqual(['c', 'd']);
  });
});

describe('worker threads of createWorkerTrainer', () => {
  it('end after workerIdleMs without a job and start again for the next one', async () => {
    const idleTrainer = createWorkerTrainer((_agentId, message) => failures.push(message), () => undefined, { workerIdleMs: 300 });
    try {
      expect(idleTrainer.runningWorkers()).toBe(0);
      await idleTrainer.train('idle', examples(['a', 'b']));
      expect(idleTrainer.runningWorkers()).toBeGreaterThan(0);
      await idleTrainer.idle();
      const deadline = Date.now() + 10_000;
      while (idleTrainer.runningWorkers() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(idleTrainer.runningWorkers()).toBe(0);

      await idleTrainer.train('idle', examples(['a', 'b', 'c']));
      expect(idleTrainer.latest('idle')?.intents).toEqual(['a', 'b', 'c']);
      await idleTrainer.idle();
      expect(idleTrainer.latest('idle')?.outOfScopeThreshold).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    } finally {
      await idleTrainer.close();
    }
  });
});
