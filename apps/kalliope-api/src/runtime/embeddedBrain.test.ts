// The server and the embedding API (@parley/dialog-engine/kalliope) answer the same orders with the same JSON: both run
// the package's brain parser and turn loop, so a dialogue played through both must not differ.
import { loadKalliopeBrain } from '@parley/dialog-engine/kalliope';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        message: "Hello sir"
- name: "ask-question"
  signals:
    - order: "ask me a question"
  neurons:
    - say:
        message: "do you like french fries?"
    - neurotransmitter:
        from_answer_link:
          - synapse: "likes-fries"
            answers:
              - "absolutely"
        default: "not-understood"
- name: "likes-fries"
  signals: []
  neurons:
    - say:
        message: "You like french fries!! Me too."
- name: "not-understood"
  signals: []
  neurons:
    - say:
        message: "I haven't understood your answer"
- name: "remember-my-name"
  signals:
    - order: "remember that my name is {{ name }}"
  neurons:
    - say:
        message: "I will remember it"
        kalliope_memory:
          my_name: "{{ name }}"
- name: "tell-my-name"
  signals:
    - order: "what is my name"
  neurons:
    - say:
        message: "your name is {{ kalliope_memory['my_name'] }}"
- includes:
    - brains/bye.yml
`;
const files = { 'brains/bye.yml': '- name: "say-bye"\n  signals:\n    - order: "say bye"\n  neurons:\n    - say:\n        message: "Bye"\n' };
const dialogue = ['say hello', 'ask me a question', 'absolutely', 'ask me a question', 'no idea', 'remember that my name is Ada', 'what is my name', 'say bye', 'sing'];

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp({ brain, files });
});
afterAll(async () => test.close());

describe('the embedding API and the server', () => {
  it('answer a dialogue with the same JSON', async () => {
    const embedded = await loadKalliopeBrain({ brain, files }, { random: () => 0 });
    for (const order of dialogue) {
      const served = await postJson(test.app, '/synapses/start/order', { order, mute: true }, { 'x-parley-session': 'same' });
      expect(served.statusCode).toBe(201);
      expect(await embedded.order(order, { session: 'same', mute: true }), order).toEqual(served.json());
    }
  });
});
