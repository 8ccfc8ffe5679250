import type { Database } from '@parley/storage';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrain } from '../brain/loadBrain.js';
import { DEFAULT_SETTINGS } from '../settings/settings.js';
import type { KalliopeSchema } from '../db/schema.js';
import { createTestApp, openForTests, openTestDatabase, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

// The matching expectations of Kalliope's order analyser tests (docs/protocols/kalliope.md §3.5), through HTTP.
const brain = `
- name: "Synapse1"
  signals:
    - order: "this is the sentence"
  neurons:
    - debug: {message: "s1"}
- name: "Synapse2"
  signals:
    - order: "this is the second sentence"
  neurons:
    - debug: {message: "s2"}
- name: "Synapse4"
  signals:
    - order:
        text: "that is part of the fourth sentence"
        matching-type: "strict"
  neurons:
    - debug: {message: "s4"}
- name: "Synapse5"
  signals:
    - order:
        text: "sentence 5 with specific order"
        matching-type: "ordered-strict"
  neurons:
    - debug: {message: "s5"}
- name: "Synapse7"
  signals:
    - order:
        text: "matching type non existing"
        matching-type: "non-existing"
  neurons:
    - debug: {message: "s7"}
- name: "Synapse8"
  signals:
    - order:
        matching-type: "normal"
  neurons:
    - debug: {message: "s8"}
- name: "Synapse10"
  signals:
    - order: "i say this"
    - order: "and then that"
  neurons:
    - debug: {message: "s10"}
- name: "Synapse11"
  signals:
    - order:
        text: "just 1 test"
        matching-type: "strict"
        stt-correction:
          - input: "one"
            output: "1"
  neurons:
    - debug: {message: "s11"}
- name: "Synapse13"
  signals:
    - order:
        text: "testing the not contain"
        matching-type: "not-contain"
        excluded-words:
          - "that"
          - "in"
  neurons:
    - debug: {message: "s13"}
- name: "weather-at"
  signals:
    - order: "give me the weather at {{ location }} for {{ date }}"
  neurons:
    - say:
        message: "weather at {{ location }} for {{ date }} in {{ unit }}"
- name: "toggle-weather"
  signals:
    - order: "stop the weather"
  neurons:
    - brain:
        synapse_name: "weather-at"
        enabled: False
- name: "fallback-synapse"
  signals: []
  neurons:
    - say: {message: "I did not understand"}
- includes:
    - included.yml
`;
const included = `
- name: "from-include"
  signals:
    - order: "included order"
  neurons:
    - say: {message: "from the included file"}
`;

type Run = { matched_synapses: { synapse_name: string; matched_order: string | null; neuron_module_list: { generated_message: string | null }[] }[]; status: string | null; user_order: string | null };

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
let t: TestApp;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  t = await createTestApp({
    brain,
    database,
    files: { 'included.yml': included, 'vars.yml': 'unit: "celsius"\nlocation: "home"\n' },
    settings: 'hooks:\n  on_order_not_found: "fallback-synapse"\nvar_files:\n  - vars.yml\n',
  });
});
afterAll(async () => {
  await t.close();
  await database.close();
  await drop();
});

async function matched(order: string): Promise<string[]> {
  const response = await postJson(t.app, '/synapses/start/order', { order });
  return response
    .json<Run>()
    .matched_synapses.map((synapse) => synapse.synapse_name)
    .filter((name) => name !== 'fallback-synapse');
}

describe('order matching through the API', () => {
  it.each([
    ['this is the sentence', ['Synapse1']],
    ['this is the second sentence', ['Synapse1', 'Synapse2']],
    ['not a valid order', []],
    ['that is part of the fourth sentence', ['Synapse4']],
    ['that is part of the fourth sentence with more word', []],
    ['sentence 5 with specific order', ['Synapse5']],
    ['order specific with 5 sentence', []],
    ['matching type non existing', ['Synapse7']],
    ['i say this and then that', ['Synapse10']],
    ['testing the not contain', ['Synapse13']],
    ['testing in the not contain', []],
    ['included order', ['from-include']],
  ])('%j runs %j', async (order, expected) => {
    expect(await matched(order)).toEqual(expected);
  });

  it('reports the corrected signal text as matched_order', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'just one test' });
    expect(response.json<Run>().matched_synapses).toMatchObject([{ synapse_name: 'Synapse11', matched_order: 'just 1 test' }]);
  });

  it('extracts lower-cased parameters; settings variables override order parameters', async () => {
    const response = await postJson(t.app, '/synapses/start/order', {
      order: 'give me the weather at St-Pierre de Chartreuse for tomorrow',
    });
    expect(response.json<Run>().matched_synapses[0]?.neuron_module_list).toEqual([
      { neuron_name: 'Say', generated_message: 'weather at home for tomorrow in celsius' },
    ]);
  });

  it('runs the on_order_not_found hook with matched_order null and the order as user_order', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'not existing order' });
    expect(response.json()).toEqual({
      matched_synapses: [
        {
          synapse_name: 'fallback-synapse',
          matched_order: null,
          neuron_module_list: [{ neuron_name: 'Say', generated_message: 'I did not understand' }],
        },
      ],
      status: 'complete',
      user_order: 'not existing order',
    });
  });

  it('lets the brain neuron disable a synapse and shows it in GET /synapses', async () => {
    await postJson(t.app, '/synapses/start/order', { order: 'stop the weather' });
    expect(await matched('give me the weather at home for today')).toEqual([]);
    const shown = await t.app.inject('/synapses/weather-at');
    expect(shown.json<{ synapses: { enabled: boolean } }>().synapses.enabled).toBe(false);
  });

  it('reloads a new brain (SIGHUP) and refuses an invalid one', async () => {
    const reloaded = await createTestApp({ brain: '- name: "old-one"\n  signals:\n    - order: "old"\n  neurons: []\n', database });
    const next = loadBrain(join(t.dir, 'brain.yml'));
    expect(() => reloaded.app.kalliope.reload(next, openForTests({ ...DEFAULT_SETTINGS, defaultSynapse: 'no-such-synapse' }))).toThrow(
      '"default_synapse" names a synapse that is not in the brain',
    );
    expect((await reloaded.app.inject('/synapses/old-one')).statusCode).toBe(200);
    expect(() => reloaded.app.kalliope.reload(next, DEFAULT_SETTINGS)).toThrow('"rest_api.password_protected" needs a "login" and a "password"');
    reloaded.app.kalliope.reload(next, openForTests(DEFAULT_SETTINGS));
    expect((await reloaded.app.inject('/synapses/old-one')).statusCode).toBe(404);
    expect((await reloaded.app.inject('/synapses/from-include')).statusCode).toBe(200);
    await reloaded.close();
  });

  it('refuses a brain with an unknown neuron, naming the synapse', async () => {
    await expect(
      createTestApp({ brain: '- name: "odd-neuron"\n  signals: []\n  neurons:\n    - teleport: {to: "mars"}\n', database }),
    ).rejects.toThrow('synapse "odd-neuron": unknown neuron "teleport"');
  });

  const unknownNeuronsKit = {
    brain: '- name: "odd-neuron"\n  signals:\n    - order: "go to mars"\n  neurons:\n    - teleport: {to: "mars"}\n- includes:\n    - brains/alarm.yml\n',
    files: {
      'brains/alarm.yml':
        '- name: "wake-up"\n  signals:\n    - order: "wake me up"\n  neurons:\n    - say: {message: "hi"}\n    - shell: {cmd: "alarm"}\n' +
        '- name: "fine-one"\n  signals:\n    - order: "are you fine"\n  neurons:\n    - say: {message: "fine"}\n    - kodi: {action: "play"}\n',
    },
  };

  it('names every unknown neuron at once, with the file and line of each', async () => {
    const failure = createTestApp({ ...unknownNeuronsKit, database });
    await expect(failure).rejects.toThrow('3 unknown neurons');
    await expect(failure).rejects.toThrow(/brain\.yml:5: synapse "odd-neuron": unknown neuron "teleport"/);
    await expect(failure).rejects.toThrow(/brains\/alarm\.yml:6: synapse "wake-up": unknown neuron "shell"/);
    await expect(failure).rejects.toThrow(/brains\/alarm\.yml:12: synapse "fine-one": unknown neuron "kodi"/);
  });

  it('starts with the synapses of unknown neurons disabled when parley.unknown_neurons says disable', async () => {
    const started = await createTestApp({ ...unknownNeuronsKit, settings: 'parley:\n  unknown_neurons: disable\n', database });
    try {
      const listed = (await started.app.inject('/synapses')).json<{ synapses: { name: string; enabled: boolean }[] }>();
      expect(listed.synapses.map(({ name, enabled }) => [name, enabled])).toEqual([
        ['odd-neuron', false],
        ['wake-up', false],
        ['fine-one', false],
      ]);
      const response = await postJson(started.app, '/synapses/start/order', { order: 'wake me up' });
      expect(response.json()).toMatchObject({ matched_synapses: [] });
    } finally {
      await started.close();
    }
  });

  it('runs only the best match in the opt-in ranked mode', async () => {
    const ranked = await createTestApp({
      brain: '- name: "say-it"\n  signals:\n    - order: "say"\n  neurons: []\n- name: "say-hello"\n  signals:\n    - order: "say hello"\n  neurons: []\n',
      settings: 'parley:\n  matching: best\n',
      database,
    });
    const response = await postJson(ranked.app, '/synapses/start/order', { order: 'say hello' });
    expect(response.json<Run>().matched_synapses.map((synapse) => synapse.synapse_name)).toEqual(['say-hello']);
    await ranked.close();
  });
});

describe('the v0.4 default_synapse setting', () => {
  it('runs the default synapse when nothing matches', async () => {
    const withDefault = await createTestApp({
      brain: '- name: "default-synapse"\n  signals: []\n  neurons:\n    - say: {message: "Je n\'ai pas compris votre ordre"}\n',
      settings: 'default_synapse: "default-synapse"\n',
      database,
    });
    const response = await postJson(withDefault.app, '/synapses/start/order', { order: 'not existing order' });
    expect(response.json()).toEqual({
      matched_synapses: [
        {
          matched_order: null,
          neuron_module_list: [{ generated_message: "Je n'ai pas compris votre ordre", neuron_name: 'Say' }],
          synapse_name: 'default-synapse',
        },
      ],
      status: 'complete',
      user_order: 'not existing order',
    });
    await withDefault.close();
  });
});
