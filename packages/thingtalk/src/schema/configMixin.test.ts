import { describe, expect, it } from 'vitest';
import { parseClasses } from '../parser/parse.js';
import { configMixin, needsNoSetup } from './configMixin.js';

describe('configMixin', () => {
  const [none, oauth, plain] = parseClasses(`
    class @com.xkcd { import loader from @org.thingpedia.v2(); import config from @org.thingpedia.config.none(); }
    class @com.twitter { import loader, config from @org.thingpedia.config.oauth2(client_id="x"); }
    class @org.example { }`);

  it('finds the config mixin and whether devices need set-up', () => {
    expect([none, oauth, plain].map((c) => c && configMixin(c))).toEqual(['org.thingpedia.config.none', 'org.thingpedia.config.oauth2', null]);
    expect([none, oauth, plain].map((c) => c && needsNoSetup(c))).toEqual([true, false, false]);
  });
});
