import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

// The nested case of Kalliope's LIFO tests (docs/protocols/kalliope.md §5.4) and the seed's "ask me a question".
const brain = `
- name: "synapse1"
  signals:
    - order: "enter in synapse 1"
  neurons:
    - say:
        message: "question in synapse 1"
    - neurotransmitter:
        from_answer_link:
          - synapse: "synapse2"
            answers:
              - "enter synapse 2"
          - synapse: "synapse3"
            answers:
              - "enter synapse 3"
        default: "synapse4"
    - say:
        message: "last neuron in synapse 1"
- name: "synapse2"
  signals: []
  neurons:
    - say:
        message: "enter synapse 2"
    - neurotransmitter:
        from_answer_link:
          - synapse: "synapse5"
            answers:
              - "synapse5"
          - synapse: "synapse6"
            answers:
              - "synapse6"
        default: "synapse4"
- name: "synapse3"
  signals: []
  neurons:
    - say:
        message: "I enter in synapse 3"
- name: "synapse4"
  signals: []
  neurons:
    - say:
        message: "not understood"
- name: "synapse5"
  signals: []
  neurons:
    - say:
        message: "execution of synapse 5"
- name: "synapse6"
  signals: []
  neurons:
    - say:
        message: "execution of synapse 6"
- name: "direct-link"
  signals:
    - order: "direct link"
  neurons:
    - say:
        message: "direct"
    - neurotransmitter:
        direct_link: "synapse3"
- name: "remember-name"
  signals:
    - order: "remember that my name is {{ name }}"
  neurons:
    - say:
        message: "ok"
        kalliope_memory:
          my_name: "{{ name }}"
- name: "tell-name"
  signals:
    - order: "what is my name"
  neurons:
    - say:
        message: "your name is {{ kalliope_memory['my_name'] }}"
- name: "last-order"
  signals:
    - order: "repeat my last order"
  neurons:
    - say:
        say_template: "you said {{ kalliope_memory['kalliope_last_order'] }}"
`;

const say = (message: string) => ({ neuron_name: 'Say', generated_message: message });
const nt = { neuron_name: 'Neurotransmitter', generated_message: null };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ brain });
});
afterAll(async () => t.close());

describe('neurotransmitter dialogues', () => {
  it('runs the nested dialogue of Kalliope’s LIFO tests', async () => {
    const first = await postJson(t.app, '/synapses/start/order', { order: 'enter in synapse 1' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      user_order: 'enter in synapse 1',
      matched_synapses: [
        { synapse_name: 'synapse1', matched_order: 'enter in synapse 1', neuron_module_list: [say('question in synapse 1')] },
      ],
      status: 'waiting_for_answer',
    });

    const second = await postJson(t.app, '/synapses/start/order', { order: 'enter synapse 2' });
    expect(second.json()).toEqual({
      user_order: null,
      matched_synapses: [
        { synapse_name: 'synapse1', matched_order: 'enter in synapse 1', neuron_module_list: [say('question in synapse 1'), nt] },
        { synapse_name: 'synapse2', matched_order: 'enter synapse 2', neuron_module_list: [say('enter synapse 2')] },
      ],
      status: 'waiting_for_answer',
    });

    const third = await postJson(t.app, '/synapses/start/order', { order: 'synapse5' });
    expect(third.json()).toEqual({
      user_order: null,
      matched_synapses: [
        { synapse_name: 'synapse2', matched_order: 'enter synapse 2', neuron_module_list: [say('enter synapse 2'), nt] },
        { synapse_name: 'synapse5', matched_order: 'synapse5', neuron_module_list: [say('execution of synapse 5')] },
        {
          synapse_name: 'synapse1',
          matched_order: 'enter in synapse 1',
          neuron_module_list: [say('question in synapse 1'), nt, say('last neuron in synapse 1')],
        },
      ],
      status: 'complete',
    });
  });

  it('runs the default synapse for an answer that matches no pattern; matched_order is the pattern otherwise', async () => {
    await postJson(t.app, '/synapses/start/order', { order: 'enter in synapse 1' });
    const answer = await postJson(t.app, '/synapses/start/order', { order: 'something else entirely' });
    const body = answer.json<{ matched_synapses: { synapse_name: string; matched_order: string | null }[]; status: string }>();
    expect(body.matched_synapses.map((synapse) => [synapse.synapse_name, synapse.matched_order])).toEqual([
      ['synapse1', 'enter in synapse 1'],
      ['synapse4', null],
    ]);
    expect(body.status).toBe('complete');
    await postJson(t.app, '/synapses/start/order', { order: 'enter in synapse 1' });
    const well = await postJson(t.app, '/synapses/start/order', { order: 'well enter synapse 3 please' });
    expect(well.json<{ matched_synapses: { matched_order: string | null }[] }>().matched_synapses[1]?.matched_order).toBe('enter synapse 3');
  });

  it('follows a direct link without waiting', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'direct link' });
    expect(response.json()).toEqual({
      user_order: 'direct link',
      matched_synapses: [
        { synapse_name: 'direct-link', matched_order: 'direct link', neuron_module_list: [say('direct'), nt] },
        { synapse_name: 'synapse3', matched_order: null, neuron_module_list: [say('I enter in synapse 3')] },
      ],
      status: 'complete',
    });
  });

  it('takes the next order of any client as the answer, unless it names its own session', async () => {
    await postJson(t.app, '/synapses/start/order', { order: 'enter in synapse 1' });
    const other = await postJson(t.app, '/synapses/start/order', { order: 'direct link' }, { 'x-parley-session': 'kitchen' });
    expect(other.json<{ status: string; user_order: string }>()).toMatchObject({ status: 'complete', user_order: 'direct link' });
    const answer = await postJson(t.app, '/synapses/start/order', { order: 'enter synapse 3' });
    expect(answer.json<{ user_order: string | null; status: string }>()).toMatchObject({ user_order: null, status: 'complete' });
  });

  it('clears a waiting dialogue when a synapse is started by name', async () => {
    await postJson(t.app, '/synapses/start/order', { order: 'enter in synapse 1' });
    await t.app.inject({ method: 'POST', url: '/synapses/start/id/synapse3' });
    const next = await postJson(t.app, '/synapses/start/order', { order: 'direct link' });
    expect(next.json<{ user_order: string }>().user_order).toBe('direct link');
  });

  it('remembers values in kalliope_memory and the last order', async () => {
    await postJson(t.app, '/synapses/start/order', { order: 'remember that my name is Nicolas' });
    const name = await postJson(t.app, '/synapses/start/order', { order: 'what is my name' });
    expect(name.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
      say('your name is nicolas'),
    ]);
    const last = await postJson(t.app, '/synapses/start/order', { order: 'repeat my last order' });
    expect(last.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
      say('you said repeat my last order'),
    ]);
  });

  it('keeps the dialogue in the database', async () => {
    await postJson(t.app, '/synapses/start/order', { order: 'enter in synapse 1' }, { 'x-parley-session': 'persisted' });
    const state = await t.store.loadDialog('session:persisted');
    expect(state?.waitingForAnswer).toBe(true);
    expect(state?.runs[0]).toMatchObject({ synapseName: 'synapse1', nextNeuron: 1 });
  });
});
