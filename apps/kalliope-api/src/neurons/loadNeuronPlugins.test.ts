import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kitPathsOf } from '../brain/kitPaths.js';
import { loadNeuronPlugins } from './loadNeuronPlugins.js';

let kit = '';
beforeEach(async () => {
  kit = await mkdtemp(join(tmpdir(), 'plugin-kit-'));
});
afterEach(async () => rm(kit, { recursive: true, force: true }));

async function writePackage(folder: string, source: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'package.json'), JSON.stringify({ type: 'module', main: 'index.js' }));
  await writeFile(join(folder, 'index.js'), source);
}

const settings = 'settings.yml';

describe('loadNeuronPlugins', () => {
  it('loads a local folder of the kit and an npm package of the kit, one neuron or a list', async () => {
    await writePackage(join(kit, 'neurons', 'shout'), 'export default { name: "shout", run: async (p) => ({ loud: String(p.text).toUpperCase() }) };\n');
    await writePackage(
      join(kit, 'node_modules', 'parley-neuron-pair'),
      'export const neurons = [{ name: "first", run: async () => ({}) }, { name: "second", run: async () => ({ n: 2 }) }];\n',
    );
    const neurons = await loadNeuronPlugins(['./neurons/shout', 'parley-neuron-pair'], kitPathsOf(kit), settings);
    expect(neurons.map((neuron) => neuron.name)).toEqual(['shout', 'first', 'second']);
    const context = undefined as never;
    expect(await neurons[0]?.run({ text: 'hi' }, context)).toEqual({ loud: 'HI' });
  });

  it('names a plugin that is missing or exports no neuron', async () => {
    await expect(loadNeuronPlugins(['./neurons/nothing-here'], kitPathsOf(kit), settings)).rejects.toThrow(
      'settings.yml: neuron plugin "./neurons/nothing-here" not found',
    );
    await writePackage(join(kit, 'neurons', 'empty'), 'export default { title: "not a neuron" };\n');
    await expect(loadNeuronPlugins(['./neurons/empty'], kitPathsOf(kit), settings)).rejects.toThrow(
      'neuron plugin "./neurons/empty" must export (default or "neurons") a neuron {name, run}',
    );
  });
});
