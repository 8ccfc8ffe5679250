// The device plugins that ship with the package, and the schemas of their classes.
import { Schemas } from '../schema/schemas.js';
import { builtinPlugin } from './builtinDevice.js';
import { catApiPlugin } from './catApiDevice.js';
import type { DevicePlugin } from './devicePlugin.js';
import { testPlugin } from './testDevice.js';
import { xkcdPlugin } from './xkcdDevice.js';

/** org.thingpedia.builtin.thingengine.builtin, org.thingpedia.builtin.test, com.thecatapi, com.xkcd. */
export const BUILTIN_PLUGINS: readonly DevicePlugin<never>[] = [builtinPlugin, testPlugin, catApiPlugin, xkcdPlugin];

/** Schemas holding the classes of `plugins` (the shipped ones by default). */
export function pluginSchemas(plugins: readonly Pick<DevicePlugin<never>, 'classSource'>[] = BUILTIN_PLUGINS): Schemas {
  return Schemas.fromText(...plugins.map((plugin) => plugin.classSource));
}
