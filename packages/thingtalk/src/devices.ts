// @parley/thingtalk/devices: the built-in Thingpedia devices (builtin, test, cat pictures, xkcd) with their class
// and dataset files, read from the package's thingpedia/ folder (node:fs), and a local fixture server that stands in
// for a device's web API in tests (node:http).
export { readThingpediaFile, thingpediaDirectory } from './devices/thingpediaFiles.js';
export { builtinPlugin, createBuiltinDevice, type BuiltinDeviceOptions } from './devices/builtinDevice.js';
export { testPlugin, createTestDevice, DEFAULT_TEST_DATA_BYTES, type TestDevice, type TestDeviceOptions } from './devices/testDevice.js';
export { catApiPlugin, createCatApiDevice, type CatApiDeviceOptions } from './devices/catApiDevice.js';
export { xkcdPlugin, createXkcdDevice, type XkcdDeviceOptions } from './devices/xkcdDevice.js';
export { BUILTIN_PLUGINS, pluginSchemas } from './devices/builtinPlugins.js';
export { startFixtureServer, type FixtureResponse, type FixtureServer } from './devices/fixtureServer.js';
