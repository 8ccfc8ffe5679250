// The trained classifier behind the template matcher: sentences no template covers still reach their intent,
// with parameters read by entity; training runs in a worker after each change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceAgentContent } from '../agent/replaceAgentContent.js';
import { demoAgent } from '../demo/demoAgent.js';
import { createAgentNlu } from '../dialog/createAgentNlu.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { createClassifierTrainer, type ClassifierTrainer } from './classifierTrainer.js';

let t: TestApp;
let trainer: ClassifierTrainer;
const failures: string[] = [];
beforeAll(async () => {
  trainer = createClassifierTrainer((_agentId, message) => failures.push(message));
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

  it('is retrained after an intent is added, while queries go on', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/intents',
      headers: t.developerHeaders,
      payload: { name: 'jokes', templates: ['tell me a joke', 'do you know any jokes', 'make me laugh'], responses: [{ action: 'joke' }] },
    });
    expect(created.statusCode).toBe(200);
    expect((await ask('tell me a joke')).action).toBe('joke');
    await trainer.idle();
    expect((await ask('please tell me a funny joke')).action).toBe('joke');
  });
});
