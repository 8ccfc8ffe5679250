import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from './configError.js';
import { kitPathsOf } from './kitPaths.js';
import { loadBrain } from './loadBrain.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brain-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function brainFile(text: string, name = 'brain.yml'): Promise<string> {
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

describe('loadBrain', () => {
  it('reads signals in both order forms and neurons in both forms', async () => {
    await writeFile(join(dir, 'corrections.yml'), '- input: "one"\n  output: "1"\n');
    const brain = loadBrain(
      await brainFile(`
- name: "all-forms"
  signals:
    - order: "say hello"
    - order:
        text: "just {{ count }} test"
        matching-type: "strict"
        stt-correction-file: "corrections.yml"
        stt-correction:
          - input: "thus"
            output: "this"
    - event:
        hour: "8"
  neurons:
    - say:
        message: "hi"
    - kill_switch
`),
    );
    const [synapse] = brain.synapses;
    expect(synapse?.signals.map((signal) => signal.name)).toEqual(['order', 'order', 'event']);
    expect(synapse?.neurons).toEqual([
      { name: 'say', parameters: { message: 'hi' }, line: 15 },
      { name: 'kill_switch', parameters: null, line: 17 },
    ]);
    expect(synapse?.orders[1]).toMatchObject({
      text: 'just {{ count }} test',
      matchingType: 'strict',
      sttCorrections: [
        { input: 'one', output: '1' },
        { input: 'thus', output: 'this' },
      ],
    });
    expect(synapse?.enabled).toBe(true);
  });

  it('appends included synapses at the end, wherever the includes item sits', async () => {
    await writeFile(join(dir, 'extra.yml'), '- name: "included-one"\n  signals: []\n  neurons:\n    - kill_switch\n');
    const brain = loadBrain(
      await brainFile(`
- includes:
    - extra.yml
- name: "first-own"
  signals: []
  neurons: []
- name: "second-own"
  signals: []
  neurons: []
`),
    );
    expect(brain.synapses.map((synapse) => synapse.name)).toEqual(['first-own', 'second-own', 'included-one']);
  });

  it.each([
    ['say', 'must be 4 to 100 characters long'],
    ['-bad-name', 'single dashes'],
    ['bad--name', 'single dashes'],
    ['bad name', 'single dashes'],
  ])('rejects the synapse name %j', async (name, problem) => {
    const file = await brainFile(`- name: "${name}"\n  signals: []\n  neurons: []\n`);
    expect(() => loadBrain(file)).toThrow(problem);
  });

  it('names the file, the synapse and the problem', async () => {
    const file = await brainFile('- name: "no-neurons"\n  signals: []\n');
    expect(() => loadBrain(file)).toThrow(new ConfigError(file, '"neurons" is required and must be a list', 'no-neurons'));
    expect(() => loadBrain(file)).toThrow(`${file}: synapse "no-neurons": "neurons" is required and must be a list`);
  });

  it('rejects duplicate names, bad neurons, non-lists and bad YAML', async () => {
    const duplicate = await brainFile('- name: "twice"\n  signals: []\n  neurons: []\n- name: "twice"\n  signals: []\n  neurons: []\n');
    expect(() => loadBrain(duplicate)).toThrow('synapse "twice": the synapse name is used more than once');
    const neuron = await brainFile('- name: "bad-neuron"\n  signals: []\n  neurons:\n    - say: "text"\n');
    expect(() => loadBrain(neuron)).toThrow('the parameters of neuron "say" must be a mapping');
    const mapping = await brainFile('name: "not-a-list"\n');
    expect(() => loadBrain(mapping)).toThrow('a brain must be a YAML list');
    const yaml = await brainFile('- name: [unclosed\n');
    expect(() => loadBrain(yaml)).toThrow('invalid YAML');
    expect(() => loadBrain(join(dir, 'missing.yml'))).toThrow('cannot read the file');
  });

  it('rejects an include cycle', async () => {
    await writeFile(join(dir, 'a.yml'), '- includes:\n    - brain.yml\n');
    const file = await brainFile('- includes:\n    - a.yml\n');
    expect(() => loadBrain(file)).toThrow('includes itself');
  });

  it('looks up includes and file templates in the kit root (not beside the file naming them), then the system folder', async () => {
    const system = await mkdtemp(join(tmpdir(), 'etc-kalliope-'));
    await mkdir(join(dir, 'brains'));
    await mkdir(join(dir, 'templates'));
    await mkdir(join(system, 'templates'));
    await writeFile(join(dir, 'templates', 'date.j2'), 'it is {{ hours }}');
    await writeFile(join(system, 'templates', 'shared.j2'), 'shared {{ x }}');
    await writeFile(
      join(dir, 'brains', 'date.yml'),
      '- name: "date"\n  signals: []\n  neurons:\n    - systemdate:\n        file_template: templates/date.j2\n' +
        '    - say:\n        file_template: templates/shared.j2\n',
    );
    const file = await brainFile('- includes:\n    - brains/date.yml\n');
    try {
      const brain = loadBrain(file, kitPathsOf(dir, system));
      expect(brain.templateFiles).toEqual({ 'templates/date.j2': 'it is {{ hours }}', 'templates/shared.j2': 'shared {{ x }}' });
      expect(brain.synapses[0]?.file).toBe(join(dir, 'brains', 'date.yml'));
      expect(() => loadBrain(file, kitPathsOf(join(dir, 'brains'), system))).toThrow('cannot find the included brain file "brains/date.yml"');
    } finally {
      await rm(system, { recursive: true, force: true });
    }
  });

  it('reads YAML as PyYAML does: the last duplicate key wins, yes/on are booleans', async () => {
    const brain = loadBrain(await brainFile('- name: "dupe-keys"\n  signals: []\n  neurons:\n    - say:\n        message: "first"\n        message: "last"\n        cache: yes\n'));
    expect(brain.synapses[0]?.neurons[0]?.parameters).toEqual({ message: 'last', cache: true });
  });

  it('refuses an order that YAML 1.1 reads as a boolean or a number, asking to quote it', async () => {
    const file = await brainFile('- name: "yes-order"\n  signals:\n    - order: yes\n  neurons: []\n');
    expect(() => loadBrain(file)).toThrow('synapse "yes-order": an order must be a text, got true (YAML reads an unquoted yes');
  });

  it('rejects an unquoted {{ x }} value as PyYAML does, naming the file and line', async () => {
    const file = await brainFile('- name: "unquoted"\n  signals: []\n  neurons:\n    - say:\n        message: {{ name }}\n');
    expect(() => loadBrain(file)).toThrow(`${file}: invalid YAML at line 5: found unhashable key`);
    const quoted = await brainFile('- name: "quoted-one"\n  signals: []\n  neurons:\n    - say:\n        message: "{{ name }}"\n        other: hi {{ name }}\n');
    expect(loadBrain(quoted).synapses[0]?.neurons[0]?.parameters).toEqual({ message: '{{ name }}', other: 'hi {{ name }}' });
  });
});
