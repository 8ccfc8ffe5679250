// A configured device made real through its kind's plugin. The operator's options win over what the device was
// configured with (a device never takes its endpoints or keys from a user), and it keeps its configured uniqueId.
import type { Device, DevicePlugin } from '@parley/thingtalk/runtime';

/** Options of a kind's devices given by whoever runs the agent (endpoints, API keys), by kind. */
export type PluginOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export function instantiateDevice(
  plugin: DevicePlugin<never>,
  device: { readonly uniqueId: string; readonly kind: string; readonly config?: Readonly<Record<string, unknown>> },
  pluginOptions: PluginOptions = {},
): Device {
  // Plugins type their own options; a catalog keeps them as DevicePlugin<never>, so widen to call create.
  const create = plugin.create as unknown as (options: Record<string, unknown>) => Device;
  const created = create({ ...device.config, ...pluginOptions[device.kind], uniqueId: device.uniqueId });
  return created.uniqueId === device.uniqueId ? created : { ...created, uniqueId: device.uniqueId, query: created.query.bind(created), action: created.action.bind(created) };
}
