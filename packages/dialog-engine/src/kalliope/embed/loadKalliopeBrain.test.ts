import { describe, expect, it } from 'vitest';
import { ConfigError } from '../brainYaml/configError.js';
import { initialKalliopeState, type KalliopeState } from '../state.js';
import type { KalliopeDialogues } from './dialogues.js';
import { loadKalliopeBrain } from './loadKalliopeBrain.js';

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
- name: "remember-name"
  signals:
    - order: "remember that my name is {{ name }}"
  neurons:
    - say:
        message: "Nice to meet you"
        kalliope_memory:
          name: "{{ name }}"
- name: "recall-name"
  signals:
    - order: "what is my name"
  neurons:
    - say:
        message: "Your name is {{ kalliope_memory['name'] }}"
- name: "the-weather"
  signals:
    - order: "what is the weather in {{ city }}"
  neurons:
    - weather:
        city: "{{ city }}"
        say_template: "{{ temperature }} degrees in {{ city }}"
- includes:
    - brains/extra.yml
`;
const files = {
  'brains/extra.yml': `
- name: "say-bye"
  signals:
    - order: "say bye"
  neurons:
    - say:
        message: "Bye"
`,
};

const said = (response: { matched_synapses: readonly { neuron_module_list: readonly { generated_message?: unknown }[] }[] }) =>
  response.matched_synapses.flatMap((synapse) => synapse.neuron_module_list.map((neuron) => neuron.generated_message));

describe('loadKalliopeBrain', () => {
  it('answers an order with the REST answer object of POST /synapses/start/order', async () => {
    const spoken: string[] = [];
    const kalliope = await loadKalliopeBrain({ brain, files }, { speak: (text) => void spoken.push(text) });
    const response = await kalliope.order('say hello');
    expect(response).toMatchObject({ user_order: 'say hello', status: 'complete' });
    expect(response.matched_synapses).toMatchObject([{ synapse_name: 'say-hello', matched_order: 'say hello' }]);
    expect(said(response)).toEqual(['Hello sir']);
    expect(spoken).toEqual(['Hello sir']);
    await kalliope.order('say hello', { mute: true });
    expect(spoken).toEqual(['Hello sir']);
    expect(said(await kalliope.order('say bye'))).toEqual(['Bye']);
    expect(await kalliope.order('sing a song')).toEqual({ user_order: 'sing a song', matched_synapses: [], status: null });
  });

  it('keeps multi-turn dialogues and memory per session key', async () => {
    const kalliope = await loadKalliopeBrain({ brain, files });
    expect(await kalliope.order('ask me a question', { session: 'alice' })).toMatchObject({ status: 'waiting_for_answer' });
    expect(said(await kalliope.order('absolutely', { session: 'bob' }))).toEqual([]);
    expect(said(await kalliope.order('absolutely', { session: 'alice' })).at(-1)).toBe('You like french fries!! Me too.');
    await kalliope.order('remember that my name is Ada', { session: 'alice' });
    await kalliope.order('remember that my name is Grace', { session: 'bob' });
    expect(said(await kalliope.order('what is my name', { session: 'alice' })).join().toLowerCase()).toBe('your name is ada');
    expect(said(await kalliope.order('what is my name', { session: 'bob' })).join().toLowerCase()).toBe('your name is grace');
  });

  it('runs the neurons it is given and drops the others, and runs synapses by name', async () => {
    const warnings: string[] = [];
    const weather = await loadKalliopeBrain({ brain, files }, { neurons: { weather: ({ city }) => ({ city, temperature: 21 }) } });
    expect(said(await weather.order('what is the weather in Paris')).join().toLowerCase()).toBe('21 degrees in paris');
    const without = await loadKalliopeBrain({ brain, files }, { onWarning: (message) => warnings.push(message) });
    expect(said(await without.order('what is the weather in Paris'))).toEqual([]);
    expect(warnings).toEqual(['neuron failed; dropped from the answer']);
    expect(said((await weather.runSynapse('say-bye')) ?? { matched_synapses: [] })).toEqual(['Bye']);
    expect(await weather.runSynapse('no-such-synapse')).toBeUndefined();
  });

  it('keeps dialogues in the store it is given', async () => {
    const stored = new Map<string, KalliopeState>();
    const dialogues: KalliopeDialogues = {
      async updateDialog(sessionKey, turn) {
        const next = await turn(stored.get(sessionKey) ?? initialKalliopeState());
        stored.set(sessionKey, next.state);
        return next.result;
      },
    };
    const first = await loadKalliopeBrain({ brain, files }, { dialogues });
    await first.order('ask me a question', { session: 'carol' });
    expect(stored.get('carol')?.waitingForAnswer).toBe(true);
    const second = await loadKalliopeBrain({ brain, files }, { dialogues });
    expect(said(await second.order('absolutely', { session: 'carol' })).at(-1)).toBe('You like french fries!! Me too.');
  });

  it('refuses an invalid brain with a ConfigError naming the problem', async () => {
    await expect(loadKalliopeBrain('- name: "x"\n  signals: []\n  neurons: []\n')).rejects.toBeInstanceOf(ConfigError);
    await expect(loadKalliopeBrain(brain)).rejects.toThrow(/cannot find the included brain file "brains\/extra.yml"/);
  });
});
