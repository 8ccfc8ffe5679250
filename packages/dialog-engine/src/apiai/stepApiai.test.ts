import { describe, expect, it } from 'vitest';
import type { ApiaiStepContext } from './apiaiStepContext.js';
import { setContexts } from './contextStore.js';
import { initialApiaiState } from './state.js';
import { stepApiai } from './stepApiai.js';

const ctx: ApiaiStepContext = {
  now: 0,
  random: () => 0,
  agent: { intents: [] },
  nlu: { match: () => [], extractParameter: () => null },
  config: { maxContextsPerRequest: 2, maxContextsPerSession: 3 },
};
const session = { ...initialApiaiState(), contexts: setContexts([], [{ name: 'a' }, { name: 'b' }], 0, 5) };
const many = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `n${index}` }));

describe('context limits in the api.ai reducer', () => {
  it('refuses a query or /contexts write over a limit and leaves the session as it was', () => {
    for (const input of [{ type: 'query', query: 'hi', contexts: many(3) }, { type: 'set_contexts', contexts: many(3) }] as const) {
      const step = stepApiai(session, input, ctx);
      expect(step.outputs).toEqual([{ kind: 'too_many_contexts', scope: 'request', limit: 2 }]);
      expect(step.state).toBe(session);
    }
    expect(stepApiai(session, { type: 'set_contexts', contexts: many(2) }, ctx).outputs).toEqual([{ kind: 'too_many_contexts', scope: 'session', limit: 3 }]);
  });

  it('counts a query that resets its contexts from nothing', () => {
    const step = stepApiai(session, { type: 'query', query: 'hi', resetContexts: true, contexts: many(2) }, ctx);
    expect(step.outputs[0]?.kind).toBe('query_result');
    expect(step.state.contexts.map((context) => context.name)).toEqual(['n0', 'n1']);
  });
});
