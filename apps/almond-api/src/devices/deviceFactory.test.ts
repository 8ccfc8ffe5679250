import { defineDevice, type DevicePlugin } from '@parley/thingtalk/runtime';
import { describe, expect, it } from 'vitest';
import { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { createDeviceFactory } from './deviceFactory.js';

const KIND = 'org.example.fetcher';

describe('createDeviceFactory', () => {
  it('gives a device the operator\'s plugin options over anything stored in its configuration', () => {
    const seen: Record<string, unknown>[] = [];
    const plugin: DevicePlugin<Record<string, unknown>> = {
      kind: KIND,
      classSource: `class @${KIND} {
  import loader from @org.thingpedia.v2();
  import config from @org.thingpedia.config.form(params=makeArgMap(title:String));
  query page(out body: String) #_[canonical="page"];
}`,
      datasetSource: `dataset @${KIND} language "en" { query := @${KIND}.page() #_[utterances=["the page"]]; }`,
      create: (options) => {
        seen.push(options);
        return defineDevice({ kind: KIND, uniqueId: String(options.uniqueId), name: 'Fetcher', description: 'Fetches', queries: { page: async () => [] } });
      },
    };
    const catalog = new ThingpediaCatalog([{ plugin: plugin as unknown as DevicePlugin<never>, info: { name: 'Fetcher', description: 'Fetches', category: 'service' } }]);
    const factory = createDeviceFactory(catalog, { [KIND]: { baseUrl: 'https://operator.example/' } });
    const stored = { uniqueId: `${KIND}-1`, kind: KIND, name: 'Fetcher', description: 'Fetches', config: { title: 'mine', baseUrl: 'http://127.0.0.1:1/internal/' } };
    expect(factory.registry([stored]).list().map((device) => device.uniqueId)).toEqual([`${KIND}-1`]);
    expect(seen).toEqual([{ title: 'mine', baseUrl: 'https://operator.example/', uniqueId: `${KIND}-1` }]);
  });
});
