import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../brain/configError.js';
import type { KitPaths } from '../brain/kitPaths.js';
import type { Neuron } from './neuron.js';

function isNeuron(value: unknown): value is Neuron {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; run?: unknown };
  return typeof candidate.name === 'string' && candidate.name !== '' && typeof candidate.run === 'function';
}

/** The neurons a plugin module exports: `default` or `neurons`, one neuron or a list. */
function neuronsOf(module: Record<string, unknown>): Neuron[] | undefined {
  const exported = module['default'] ?? module['neurons'];
  const list: unknown[] = Array.isArray(exported) ? exported : [exported];
  return list.length > 0 && list.every(isNeuron) ? list : undefined;
}

/**
 * Loads the neuron plugins the settings name (`parley.neuron_plugins`, README "Neuron plugins"): each entry is a
 * local folder or file (`./neurons/kodi`, resolved from the kit root) or an npm package installed in the kit root or
 * beside the server, resolved as `require` would; its module exports (`default` or `neurons`) one `Neuron` or a
 * list. A plugin that cannot be found or exports no neuron is a ConfigError naming it.
 */
export async function loadNeuronPlugins(plugins: readonly string[], kit: KitPaths, settingsFile: string): Promise<Neuron[]> {
  const fromKit = createRequire(join(kit.root, 'package.json'));
  const fromServer = createRequire(import.meta.url);
  const loaded: Neuron[] = [];
  for (const plugin of plugins) {
    let file: string;
    try {
      file = fromKit.resolve(plugin);
    } catch {
      try {
        file = fromServer.resolve(plugin);
      } catch (error) {
        throw new ConfigError(settingsFile, `neuron plugin "${plugin}" not found from ${kit.root} (${(error as Error).message.split('\n')[0] ?? ''})`);
      }
    }
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(settingsFile, `neuron plugin "${plugin}" failed to load: ${(error as Error).message}`);
    }
    const neurons = neuronsOf(module);
    if (neurons === undefined) {
      throw new ConfigError(settingsFile, `neuron plugin "${plugin}" must export (default or "neurons") a neuron {name, run} or a list of them`);
    }
    loaded.push(...neurons);
  }
  return loaded;
}
