// Device instances for a user's configured devices, through the catalog's plugins. Operators (and tests) pass
// per-kind plugin options, e.g. `{ 'com.xkcd': { baseUrl } }`.
import { DeviceRegistry, type Device, type DevicePlugin } from '@parley/thingtalk/runtime';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import type { ConfiguredDevice } from './deviceStore.js';

export type PluginOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export function createDeviceFactory(catalog: ThingpediaCatalog, pluginOptions: PluginOptions = {}) {
  function instantiate(device: ConfiguredDevice): Device | undefined {
    const entry = catalog.get(device.kind);
    if (entry === undefined) return undefined;
    // Plugins type their own options; the catalog keeps them as DevicePlugin<never>, so widen to call create.
    const plugin = entry.plugin as unknown as DevicePlugin<Record<string, unknown>>;
    // The operator's options win over what a user stored: a device never takes its endpoints or keys from a user.
    const created = plugin.create({ ...device.config, ...pluginOptions[device.kind], uniqueId: device.uniqueId });
    return created.uniqueId === device.uniqueId ? created : { ...created, uniqueId: device.uniqueId, query: created.query.bind(created), action: created.action.bind(created) };
  }

  return {
    registry(configured: readonly ConfiguredDevice[]): DeviceRegistry {
      return new DeviceRegistry(configured.flatMap((device) => instantiate(device) ?? []));
    },
  };
}

export type DeviceFactory = ReturnType<typeof createDeviceFactory>;
