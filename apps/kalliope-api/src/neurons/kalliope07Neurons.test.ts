import type { Database } from '@parley/storage';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kitPathsOf } from '../brain/kitPaths.js';
import type { KalliopeSchema } from '../db/schema.js';
import { createTestApp, openTestDatabase, postJson } from '../testing/kalliopeTestApp.js';
import { ansiblePlaybookNeuron, type CommandRunner } from './ansiblePlaybookNeuron.js';
import type { Mixer } from './volumeNeuron.js';

type Run = { matched_synapses: { neuron_module_list: { neuron_name: string; generated_message: string | null }[] }[] };
const messages = async (response: Promise<{ json<T>(): T }>) =>
  (await response).json<Run>().matched_synapses.flatMap((synapse) => synapse.neuron_module_list);

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
let scratch = '';
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  scratch = await mkdtemp(join(tmpdir(), 'neurons-07-'));
});
afterAll(async () => {
  await database.close();
  await drop();
  await rm(scratch, { recursive: true, force: true });
});

describe('Kalliope 0.7 core neurons', () => {
  it('volume sets, raises and lowers the level within 0-100 and returns asked_level, asked_action, current_level', async () => {
    let level = 40;
    const mixer: Mixer = { get: () => Promise.resolve(level), set: (next) => Promise.resolve(void (level = next)) };
    const t = await createTestApp({
      database,
      extra: { mixer },
      brain: `
- name: "set-volume"
  signals:
    - order: "set the volume to {{ volume }}"
  neurons:
    - volume:
        level: "{{ volume }}"
        say_template: "{{ asked_action }} {{ asked_level }}: now {{ current_level }}"
- name: "raise-volume"
  signals:
    - order: "raise the volume"
  neurons:
    - volume: {level: "70", action: "raise", say_template: "now {{ current_level }}"}
- name: "odd-volume"
  signals:
    - order: "whisper please"
  neurons:
    - volume: {level: "loud", say_template: "never"}
`,
    });
    try {
      expect(await messages(postJson(t.app, '/synapses/start/order', { order: 'set the volume to 20' }))).toEqual([
        { neuron_name: 'Volume', generated_message: 'set 20: now 20' },
      ]);
      expect(await messages(postJson(t.app, '/synapses/start/order', { order: 'raise the volume' }))).toEqual([
        { neuron_name: 'Volume', generated_message: 'now 90' },
      ]);
      expect(await messages(postJson(t.app, '/synapses/start/order', { order: 'raise the volume' }))).toEqual([
        { neuron_name: 'Volume', generated_message: 'now 100' },
      ]);
      expect(await messages(postJson(t.app, '/synapses/start/order', { order: 'whisper please' }))).toEqual([]);
      expect(level).toBe(100);
    } finally {
      await t.close();
    }
  });

  it('play plays a sound file of the kit (one of a list) through parley.player, and refuses templated file names', async () => {
    const played = join(scratch, 'played.wav');
    const brain = `
- name: "play-jingle"
  signals:
    - order: "play jingle"
  neurons:
    - play:
        filename:
          - "sounds/one.wav"
          - "sounds/two.wav"
`;
    const settings = `parley:\n  player: [cp, "{file}", "${played}"]\n`;
    const t = await createTestApp({ database, brain, settings, files: { 'sounds/one.wav': 'RIFF one', 'sounds/two.wav': 'RIFF two' } });
    try {
      expect(await messages(postJson(t.app, '/synapses/start/order', { order: 'play jingle' }))).toEqual([
        { neuron_name: 'Play', generated_message: null },
      ]);
      expect(await readFile(played, 'utf8')).toBe('RIFF one');
    } finally {
      await t.close();
    }
    const templated = brain.replace('"sounds/one.wav"', '"{{ sound }}"');
    await expect(createTestApp({ database, brain: templated, settings })).rejects.toThrow('neuron "play" may not use {{ templates }}');
  });

  it('ansible_playbook exists only with parley.script_neurons and runs ansible-playbook with an argument array', async () => {
    const brain = '- name: "run-playbook"\n  signals: []\n  neurons:\n    - ansible_playbook: {task_file: "playbook.yml"}\n';
    await expect(createTestApp({ database, brain })).rejects.toThrow('unknown neuron "ansible_playbook"');
    await writeFile(join(scratch, 'playbook.yml'), '- hosts: localhost\n');
    const calls: { file: string; args: readonly string[] }[] = [];
    const run: CommandRunner = (file, args) => {
      calls.push({ file, args });
      return Promise.resolve({ output: 'ok=1', returncode: 0 });
    };
    const neuron = ansiblePlaybookNeuron(kitPathsOf(scratch), run);
    const context = undefined as never;
    const result = await neuron.run({ task_file: 'playbook.yml', sudo: true, sudo_user: 'pi', extra_vars: { room: 'kitchen; rm -rf /' } }, context);
    expect(result).toEqual({ output: 'ok=1', returncode: 0 });
    expect(calls).toEqual([
      {
        file: 'ansible-playbook',
        args: ['-i', 'localhost,', '-c', 'local', join(scratch, 'playbook.yml'), '--become', '--become-user', 'pi', '--extra-vars', '{"room":"kitchen; rm -rf /"}'],
      },
    ]);
    await expect(neuron.run({ task_file: 'missing.yml' }, context)).rejects.toThrow('cannot find "missing.yml"');
  });
});
