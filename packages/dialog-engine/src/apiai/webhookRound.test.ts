import { describe, expect, it } from 'vitest';
import type { DialogAgent } from './agent.js';
import type { ApiaiStepContext } from './apiaiStepContext.js';
import { initialApiaiState, type ApiaiSessionState } from './state.js';
import { stepApiai, type ApiaiInput } from './stepApiai.js';
import type { WebhookOutcome } from './webhookRound.js';

const agent: DialogAgent = {
  hasWebhook: true,
  intents: [
    { id: 'w', name: 'weather', action: 'weather', webhookUsed: true, messages: [{ type: 0, speech: 'Sunny, says the agent.' }] },
    {
      id: 'b',
      name: 'book',
      webhookForSlotFilling: true,
      parameters: [{ name: 'city', value: '$city', dataType: '@sys.geo-city', required: true, prompts: ['Which city?'] }],
      messages: [{ type: 0, speech: 'Booked.' }],
    },
    { id: 'l', name: 'later', events: [{ name: 'later' }], messages: [{ type: 0, speech: 'Later it is.' }] },
  ],
};
const ctx: ApiaiStepContext = {
  now: 0,
  random: () => 0,
  agent,
  nlu: {
    match: (query) => (query === 'weather' ? [{ intentId: 'w', score: 1, parameters: {} }] : query === 'book' ? [{ intentId: 'b', score: 1, parameters: {} }] : []),
    extractParameter: () => null,
  },
};

function webhookRound(query: string, outcome: WebhookOutcome, state: ApiaiSessionState = initialApiaiState()) {
  const asked = stepApiai(state, { type: 'query', query }, ctx);
  const input: ApiaiInput = { type: 'webhook_result', outcome };
  return { asked, answered: stepApiai(asked.state, input, ctx) };
}

describe('the api.ai webhook as an effect', () => {
  it('asks for the webhook, waits, then merges its answer and sets its contextOut', () => {
    const { asked, answered } = webhookRound('weather', {
      ok: true,
      answer: { displayText: 'Rain, says the webhook.', data: { a: 1 }, contextOut: [{ name: 'rainy', lifespan: 2 }] },
      elapsedMs: 12,
    });
    expect(asked.outputs).toEqual([]);
    expect(asked.effects).toEqual([{ kind: 'call_webhook', result: expect.objectContaining({ metadata: expect.objectContaining({ webhookUsed: true, webhookForSlotFillingUsed: false }) }) }]);
    const [output] = answered.outputs;
    if (output?.kind !== 'query_result') throw new Error('no query result');
    expect(output.result.fulfillment).toEqual({
      speech: 'Rain, says the webhook.',
      messages: [{ type: 0, speech: 'Rain, says the webhook.' }],
      displayText: 'Rain, says the webhook.',
      data: { a: 1 },
    });
    expect(output.result.metadata).toMatchObject({ webhookUsed: true, webhookForSlotFillingUsed: false, webhookResponseTime: 12 });
    expect(output.result.contexts).toEqual([{ name: 'rainy', parameters: {}, lifespan: 2 }]);
    expect(answered.state).toEqual({ contexts: [{ name: 'rainy', parameters: {}, lifespan: 2, setAt: 0 }], sessionEntities: [], slotFilling: null });
  });

  it('keeps the agent answer with the failure details when the call failed', () => {
    const { answered } = webhookRound('weather', { ok: false, error: 'Webhook call timed out.', timedOut: true, elapsedMs: 3000 });
    const [output] = answered.outputs;
    if (output?.kind !== 'query_result') throw new Error('no query result');
    expect(output.result.fulfillment.speech).toBe('Sunny, says the agent.');
    expect(output.result.webhookFailure).toEqual({ errorDetails: 'Webhook call failed. Error: Webhook call timed out.', timedOut: true });
    expect(output.result.metadata).toMatchObject({ webhookUsed: true, webhookResponseTime: 3000 });
    expect(answered.state.pendingWebhook).toBeUndefined();
  });

  it('answers a followupEvent as an event query, without calling the webhook again', () => {
    const { answered } = webhookRound('weather', { ok: true, answer: { speech: 'ignored', contextOut: [], followupEvent: { name: 'later', data: {} } }, elapsedMs: 5 });
    expect(answered.effects).toEqual([]);
    const [output] = answered.outputs;
    if (output?.kind !== 'query_result') throw new Error('no query result');
    expect(output.result).toMatchObject({ resolvedQuery: 'later', fulfillment: { speech: 'Later it is.' } });
    expect(output.result.metadata).toMatchObject({ intentName: 'later', webhookUsed: true, webhookResponseTime: 5 });
  });

  it('calls the slot-filling webhook for a prompt and reports it as such', () => {
    const { asked, answered } = webhookRound('book', { ok: true, answer: { speech: 'Paris or Rome?', contextOut: [] }, elapsedMs: 7 });
    expect(asked.effects[0]?.result).toMatchObject({ actionIncomplete: true, metadata: { webhookUsed: true, webhookForSlotFillingUsed: true } });
    const [output] = answered.outputs;
    if (output?.kind !== 'query_result') throw new Error('no query result');
    expect(output.result).toMatchObject({ actionIncomplete: true, fulfillment: { speech: 'Paris or Rome?' } });
    expect(output.result.metadata).toMatchObject({ webhookUsed: false, webhookForSlotFillingUsed: true, webhookResponseTime: 7 });
    expect(answered.state.slotFilling).toMatchObject({ intentId: 'b', prompted: 'city' });
  });

  it('answers alone when the agent has no webhook, and forgets a wait that another input ends', () => {
    const alone = stepApiai(initialApiaiState(), { type: 'query', query: 'weather' }, { ...ctx, agent: { intents: agent.intents } });
    expect(alone.effects).toEqual([]);
    expect(alone.outputs[0]).toMatchObject({ kind: 'query_result', result: { metadata: { webhookUsed: false } } });
    const waiting = stepApiai(initialApiaiState(), { type: 'query', query: 'weather' }, ctx).state;
    expect(stepApiai(waiting, { type: 'get_contexts' }, ctx).state.pendingWebhook).toBeUndefined();
  });

  it('lets the webhook\'s contextOut past the client limits', () => {
    const limited = { ...ctx, config: { maxContextsPerRequest: 2 } };
    const contextOut = Array.from({ length: 4 }, (_, index) => ({ name: `n${index}` }));
    const waiting = stepApiai(initialApiaiState(), { type: 'query', query: 'weather' }, limited).state;
    const answered = stepApiai(waiting, { type: 'webhook_result', outcome: { ok: true, answer: { contextOut }, elapsedMs: 1 } }, limited);
    expect(answered.state.contexts).toHaveLength(4);
  });
});
