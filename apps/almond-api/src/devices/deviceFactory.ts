// Device instances for a user's configured devices, through the catalog's plugins. Operators (and tests) pass
// per-kind plugin options, e.g. `{ 'com.xkcd': { baseUrl } }`.
import { instantiateDevice, type PluginOptions } from '@parley/dialog-engine/almond';
import { DeviceRegistry, type Device } from '@parley/thingtalk/runtime';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import type { ConfiguredDevice } from './deviceStore.js';

export function createDeviceFactory(catalog: ThingpediaCatalog, pluginOptions: PluginOptions = {}) {
  function instantiate(device: ConfiguredDevice): Device | undefined {
    const entry = catalog.get(device.kind);
    return entry === undefined ? undefined : instantiateDevice(entry.plugin, device, pluginOptions);
  }

  return {
    registry(configured: readonly ConfiguredDevice[]): DeviceRegistry {
      return new DeviceRegistry(configured.flatMap((device) => instantiate(device) ?? []));
    },
  };
}

export type DeviceFactory = ReturnType<typeof createDeviceFactory>;
