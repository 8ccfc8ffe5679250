import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neuron } from '../neurons/neuron.js';
import { createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

// Settings hooks fire their synapses outside the dialogue; a recording plugin neuron shows which ran.
const fired: string[] = [];
const record: Neuron = {
  name: 'record',
  run: (parameters) => {
    fired.push(String(parameters['event']));
    return Promise.resolve({});
  },
};

const hookNames = ['on_start', 'on_order_found', 'on_processed_synapses', 'on_mute', 'on_unmute', 'on_deaf', 'on_undeaf'];
const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        file_template: "templates/hello.j2"
        kalliope_memory:
          greeted: "{{ who }}"
${hookNames
  .map((hook) => `- name: "hook-${hook.replaceAll('_', '-')}"\n  signals: []\n  neurons:\n    - record: {event: "${hook}"}\n`)
  .join('')}`;
const settings = `hooks:\n${hookNames.map((hook) => `  ${hook}: "hook-${hook.replaceAll('_', '-')}"\n`).join('')}`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    brain,
    settings,
    files: { 'templates/hello.j2': 'Hello {{ who | default("you") }}, it is {{ hour }}' },
    extra: { neurons: [record] },
  });
});
afterAll(async () => t.close());

describe('hooks', () => {
  it('fires on_start, on_order_found and on_processed_synapses', async () => {
    expect(fired).toEqual(['on_start']);
    await postJson(t.app, '/synapses/start/order', { order: 'nothing matches this' });
    expect(fired).toEqual(['on_start']);
    await postJson(t.app, '/synapses/start/id/say-hello', { parameters: { who: 'Ada', hour: 9 } });
    expect(fired).toEqual(['on_start', 'on_processed_synapses']);
    fired.length = 0;
    await postJson(t.app, '/synapses/start/order', { order: 'say hello' });
    expect(fired).toEqual(['on_order_found', 'on_processed_synapses']);
  });

  it('fires the switch hooks when a switch changes', async () => {
    fired.length = 0;
    await postJson(t.app, '/settings/mute', { mute: true });
    await postJson(t.app, '/settings/mute', { mute: true });
    await postJson(t.app, '/settings/mute', { mute: false });
    await postJson(t.app, '/mute', { mute: true });
    await postJson(t.app, '/settings/deaf', { deaf: false });
    expect(fired).toEqual(['on_mute', 'on_unmute', 'on_deaf', 'on_undeaf']);
  });
});

describe('file_template', () => {
  it('renders the template file named in the brain with the neuron’s values', async () => {
    const response = await postJson(t.app, '/synapses/start/id/say-hello', { parameters: { who: 'Ada', hour: 9 } });
    expect(response.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
      { neuron_name: 'Say', generated_message: 'Hello Ada, it is 9' },
    ]);
  });
});
