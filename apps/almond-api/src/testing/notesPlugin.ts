// Test support: a device kind configured by a form (so a user can have several), whose action records notes.
import { defineDevice, type DevicePlugin } from '@parley/thingtalk/runtime';
import type { CatalogPlugin } from '../thingpedia/catalog.js';

export const NOTES_KIND = 'org.example.notes';

export function notesPlugin(): CatalogPlugin & { written: Array<{ device: string; text: unknown }> } {
  const written: Array<{ device: string; text: unknown }> = [];
  const plugin: DevicePlugin<never> = {
    kind: NOTES_KIND,
    classSource: `class @${NOTES_KIND} {
  import loader from @org.thingpedia.v2();
  import config from @org.thingpedia.config.form(params=makeArgMap(title:String));
  action write(in req text: String #_[prompt="What should the note say?"])
  #_[canonical="write a note"]
  #_[confirmation="write a note saying $text"];
}`,
    datasetSource: `dataset @${NOTES_KIND} language "en" {
  action := @${NOTES_KIND}.write()
  #_[utterances=["write a note"]];
}`,
    create: (options: { uniqueId?: string }) =>
      defineDevice({
        kind: NOTES_KIND,
        uniqueId: options.uniqueId ?? NOTES_KIND,
        name: 'Notes',
        description: 'A notebook',
        actions: {
          write: async (params) => {
            written.push({ device: options.uniqueId ?? NOTES_KIND, text: params.text });
          },
        },
      }),
  };
  return { plugin, info: { name: 'Notes', description: 'A notebook', category: 'data-management' }, written };
}
