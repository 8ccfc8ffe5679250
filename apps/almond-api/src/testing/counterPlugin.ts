// Test support: a set-up-free device whose monitorable value the test changes, polled every 100 ms.
import { defineDevice, type DevicePlugin } from '@parley/thingtalk/runtime';
import type { CatalogPlugin } from '../thingpedia/catalog.js';

export const COUNTER_KIND = 'org.example.counter';

export function counterPlugin(): CatalogPlugin & { set(value: number): void } {
  let current = 1;
  const plugin: DevicePlugin<never> = {
    kind: COUNTER_KIND,
    classSource: `class @${COUNTER_KIND} {
  import loader from @org.thingpedia.v2();
  import config from @org.thingpedia.config.none();
  monitorable query value(out value: Number)
  #_[canonical="counter value"]
  #_[confirmation="the counter value"]
  #_[formatted=["The counter is \${value}."]]
  #[poll_interval=100ms];
}`,
    datasetSource: `dataset @${COUNTER_KIND} language "en" {
  query := @${COUNTER_KIND}.value()
  #_[utterances=["the counter value", "what is the counter"]];
}`,
    create: () =>
      defineDevice({
        kind: COUNTER_KIND,
        name: 'Counter',
        description: 'A number that changes',
        queries: { value: async () => [{ value: current }] },
      }),
  };
  return {
    plugin,
    info: { name: 'Counter', description: 'A number that changes', category: 'data-management' },
    set(value: number) {
      current = value;
    },
  };
}
