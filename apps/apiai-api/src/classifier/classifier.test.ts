// The trained classifier behind the template matcher: sentences no template covers still reach their intent,
// with parameters read by entity; training runs in a worker after each change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClassifierTrainer, createAgentNlu } from '@parley/apiai-agent';
import { createWorkerTrainer } from '@parley/apiai-agent/node';
import { replaceAgentContent } from '../agent/replaceAgentContent.js';
import { demoAgent } from '../demo/demoAgent.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
let trainer: ClassifierTrainer;
const failures: string[] = [];
beforeAll(async () => {
  trainer = createWorkerTrainer((_agentId, message) => failures.push(message));
  t = await startTestApp({ nlu: createAgentNlu({ classifiers: trainer }) });
  await replaceAgentContent(t.services, t.agentId, demoAgent);
});
afterAll(async () => {
  await t.close();
  await trainer.close();
});

async function ask(query: string, sessionId = 'classifier') {
  const response = await t.app.inject({ method: 'POST', url: '/v1/query', headers: t.clientHeaders, payload: { query, sessionId } });
  return response.json<{ result: { action: string; parameters: Record<string, unknown>; score: number } }>().result;
}

describe('the trained classifier', () => {
  it('answers a sentence that no template covers, with the entity parameters', async () => {
    await ask('hello');
    await trainer.idle();
    expect(failures).toEqual([]);
    const result = await ask('what is the weather in the big apple');
    expect(result.action).toBe('weatherForecast');
    expect(result.parameters).toMatchObject({ cityLocation: 'New York, NY' });
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThan(1);
  });

  it('is retrained before an intent change is acknowledged: the next query uses it (read-your-writes)', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/intents',
      headers: t.developerHeaders,
      payload: { name: 'jokes', templates: ['tell me a joke', 'do you know any jokes', 'make me laugh'], responses: [{ action: 'joke' }] },
    });
    expect(created.statusCode).toBe(200);
    expect((await ask('please tell me a funny joke')).action).toBe('joke');
  });

  it('answers with the new classifier at once after POST /v1/intents returns, for a sentence only it knows', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/intents',
      headers: t.developerHeaders,
      payload: {
        name: 'recipes',
        userSays: ['how do i bake banana bread', 'give me a recipe for pancakes', 'what can i cook with eggs and rice'].map((text) => ({ data: [{ text }] })),
        responses: [{ action: 'recipe' }],
      },
    });
    expect(created.statusCode).toBe(200);
    const id = created.json<{ id: string }>().id;
    expect(trainer.latest(t.agentId)?.intents).toContain(id);
    expect((await ask('a recipe for banana pancakes please')).action).toBe('recipe');
  });

  it('calibrates the fallback threshold on held-out examples: unrelated sentences reach the fallback intent', async () => {
    await trainer.idle();
    const model = trainer.latest(t.agentId);
    expect(model?.outOfScopeThreshold).toBeGreaterThan(0);
    expect((await ask('qqq qqq')).action).toBe('input.unknown');
    expect((await ask('will it snow in the big apple')).action).toBe('weatherForecast');
  });

  it("learns the fallback intent's sentences as negative examples", async () => {
    const fallback = await t.app.inject({
      method: 'POST',
      url: '/v1/intents',
      headers: t.developerHeaders,
      payload: {
        name: 'not for us',
        fallbackIntent: true,
        userSays: ['how is the stock market doing', 'what is the weather of the stock market', 'stock market forecast please'].map((text) => ({ data: [{ text }] })),
        responses: [{ action: 'stocks.unknown' }],
      },
    });
    expect(fallback.statusCode).toBe(200);
    expect((await ask('give me a forecast for the stock market')).action).not.toBe('weatherForecast');
  });
});

// Waits for the worker to train and calibrate two agents: slow on a busy 2-core machine.
describe('an agent too large to retrain within the request', { timeout: 240_000 }, () => {
  it('answers a sentence equal to an example at once, from the examples, while its classifier retrains', async () => {
    const large = await startTestApp({ nlu: createAgentNlu({ classifiers: trainer, syncTrainingLimit: 0 }) });
    try {
      const create = (name: string, sentences: string[]) =>
        large.app.inject({
          method: 'POST',
          url: '/v1/intents',
          headers: large.developerHeaders,
          payload: { name, userSays: sentences.map((text) => ({ data: [{ text }] })), responses: [{ action: name }] },
        });
      expect((await create('greet', ['hello there', 'good morning to you'])).statusCode).toBe(200);
      expect((await create('leave', ['goodbye for now', 'see you later alligator'])).statusCode).toBe(200);
      const answer = await large.app.inject({ method: 'POST', url: '/v1/query', headers: large.clientHeaders, payload: { query: 'See you later alligator', sessionId: 'large' } });
      expect(answer.json<{ result: { action: string; score: number } }>().result).toMatchObject({ action: 'leave', score: 1 });
    } finally {
      await trainer.idle();
      await large.close();
    }
  });
});
