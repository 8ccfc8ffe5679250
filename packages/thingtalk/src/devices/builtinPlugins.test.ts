import { describe, expect, it } from 'vitest';
import { parseLibrary } from '../parser/parse.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import { BUILTIN_PLUGINS, pluginSchemas } from './builtinPlugins.js';

describe('shipped Thingpedia files', () => {
  const schemas = pluginSchemas();

  it.each(BUILTIN_PLUGINS.map((plugin) => [plugin.kind, plugin] as const))('%s: class and dataset parse and type-check', (kind, plugin) => {
    const classes = parseLibrary(plugin.classSource);
    expect(classes.classes.map((classDef) => classDef.kind)).toEqual([kind]);
    const dataset = parseLibrary(plugin.datasetSource);
    expect(dataset.datasets.map((d) => d.name)).toEqual([kind]);
    expect(() => typeCheck(dataset, schemas)).not.toThrow();
    for (const example of dataset.datasets[0]?.examples ?? []) {
      expect(example.utterances.length).toBeGreaterThan(0);
      for (const arg of example.args) expect(example.utterances.some((utterance) => utterance.includes(`\${${arg.name}}`))).toBe(true);
    }
  });

  it('declares what the devices implement', () => {
    const implemented: Record<string, string[]> = {};
    for (const plugin of BUILTIN_PLUGINS) {
      const classDef = schemas.getClass(plugin.kind);
      implemented[plugin.kind] = [...Object.keys(classDef?.queries ?? {}), ...Object.keys(classDef?.actions ?? {})];
    }
    expect(implemented).toEqual({
      'org.thingpedia.builtin.thingengine.builtin': ['get_time', 'get_date', 'get_random_between', 'canned_reply', 'say', 'debug_log'],
      'org.thingpedia.builtin.test': ['get_data', 'dup_data', 'eat_data'],
      'com.thecatapi': ['get'],
      'com.xkcd': ['get_comic', 'random_comic', 'what_if'],
    });
  });

  it('creates devices from the plugins', () => {
    expect(BUILTIN_PLUGINS.map((plugin) => plugin.create({} as never).kind)).toEqual(BUILTIN_PLUGINS.map((plugin) => plugin.kind));
  });
});
