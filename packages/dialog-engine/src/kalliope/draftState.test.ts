import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../core/json.js';
import { createNluMatchOrder } from './nluMatchOrder.js';
import { draftState, shareUnchangedMemory } from './draftState.js';
import { initialKalliopeState, type KalliopeState } from './state.js';
import { stepKalliope } from './stepKalliope.js';

const viaJson = (state: KalliopeState): unknown => JSON.parse(JSON.stringify(state));

const busy: KalliopeState = {
  memory: { name: 'Ada', list: ['a', { b: 1 }] },
  runs: [{ id: 3, synapseName: 's', matchedOrder: null, parameters: { x: 'y' }, nextNeuron: 1, neurons: [{ neuron_name: 'Say', generated_message: 'hi' }] }],
  lifo: [[3]],
  waitingForAnswer: true,
  request: { userOrder: 'o', mute: false, orderFound: true, processed: [3], neuronsRun: 1, pending: { runId: 3, name: 'shell', parameters: { cmd: 'x' } } },
  nextRunId: 4,
};

describe('draftState', () => {
  it('equals a JSON copy of the state and shares nothing a step changes in place', () => {
    const draft = draftState(busy);
    expect(draft).toEqual(viaJson(busy));
    expect(draft.memory).not.toBe(busy.memory);
    expect(draft.memory['list']).not.toBe(busy.memory['list']);
    expect(draft.runs[0]).not.toBe(busy.runs[0]);
    expect(draft.lifo[0]).not.toBe(busy.lifo[0]);
    expect(draft.request).not.toBe(busy.request);
  });

  it('turns memory entries into what JSON keeps, as the stored state has them', () => {
    const odd = { ...initialKalliopeState(), memory: { when: new Date(0), far: Infinity, gone: undefined, zero: -0, text: 't' } as unknown as JsonObject };
    expect(draftState(odd)).toEqual(viaJson(odd));
    expect(Object.keys(draftState(odd).memory)).toEqual(['when', 'far', 'zero', 'text']);
  });
});

describe('shareUnchangedMemory', () => {
  it('hands back the previous memory object only when every entry is the same', () => {
    const previous = { ...initialKalliopeState(), memory: { a: 'x', b: 1 } };
    expect(shareUnchangedMemory(previous, { ...previous, memory: { a: 'x', b: 1 } }).memory).toBe(previous.memory);
    expect(shareUnchangedMemory(previous, { ...previous, memory: { a: 'x', b: 2 } }).memory).toEqual({ a: 'x', b: 2 });
    expect(shareUnchangedMemory(previous, { ...previous, memory: { a: 'x' } }).memory).toEqual({ a: 'x' });
    expect(shareUnchangedMemory(previous, { ...previous, memory: { a: 'x', b: 1, c: null } }).memory).toEqual({ a: 'x', b: 1, c: null });
  });
});

describe('stepKalliope and the memory object', () => {
  const brain = [{ name: 'hello', signals: [{ name: 'order', parameters: 'say hello' }], neurons: [{ name: 'say', parameters: { message: 'Hello sir' } }] }];
  const ctx = { now: 0, random: () => 0, brain, matchOrder: createNluMatchOrder() };

  it('keeps the memory object of a repeated order and leaves the given state as it was', () => {
    const first = stepKalliope(initialKalliopeState(), { type: 'order', order: 'say hello' }, ctx).state;
    const before = JSON.stringify(first);
    const again = stepKalliope(first, { type: 'order', order: 'say hello' }, ctx).state;
    expect(JSON.stringify(first)).toBe(before);
    expect(again.memory).toBe(first.memory);
    expect(again.nextRunId).toBe(first.nextRunId + 1);
    const other = stepKalliope(first, { type: 'order', order: 'sing' }, ctx).state;
    expect(other.memory).not.toBe(first.memory);
    expect(other.memory['kalliope_last_order']).toBe('sing');
    expect(first.memory['kalliope_last_order']).toBe('say hello');
  });
});
