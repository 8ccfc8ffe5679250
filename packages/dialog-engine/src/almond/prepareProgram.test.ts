import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Schemas } from '@parley/thingtalk';
import { describe, expect, it } from 'vitest';
import type { CatalogKind, ConfiguredDevice } from './almondStepContext.js';
import { prepareProgram } from './prepareProgram.js';

const classes = Schemas.fromText(readFileSync(join(import.meta.dirname, 'fixtures', 'classes.tt'), 'utf8'));
const catalog: CatalogKind[] = [
  { kind: 'com.xkcd', name: 'XKCD', setup: 'none' },
  { kind: 'com.twitter', name: 'Twitter', setup: 'oauth2' },
  { kind: 'org.thingpedia.builtin.thingengine.builtin', name: 'Miscellaneous Interfaces', setup: 'builtin' },
];
const twitter = (uniqueId: string): ConfiguredDevice => ({ uniqueId, kind: 'com.twitter', name: 'Twitter' });
const prepare = (code: string, devices: readonly ConfiguredDevice[] = []) => prepareProgram(code, { classes, devices, catalog });

describe('prepareProgram', () => {
  it('chooses the only device of a kind and adds a set-up-free kind once, however it is named', () => {
    const prepared = prepare('now => @com.xkcd.get_comic() => @com.twitter.post(status=title);', [twitter('twitter-foo')]);
    expect(prepared).toMatchObject({ ok: true, add: ['com.xkcd'] });
    if (!prepared.ok) return;
    expect(prepared.ready).toMatchObject({
      code: 'now => @com.xkcd(id="com.xkcd").get_comic() => @com.twitter(id="twitter-foo").post(status=title);',
      iconKind: 'com.xkcd',
      longRunning: false,
    });
    expect(prepare('now => @com.xkcd(id="com.xkcd").get_comic() => notify;')).toMatchObject({ ok: true, add: ['com.xkcd'] });
    expect(prepare('now => @com.xkcd.get_comic() => notify;', [{ uniqueId: 'com.xkcd', kind: 'com.xkcd', name: 'XKCD' }])).toMatchObject({ ok: true, add: [] });
  });

  it('marks programs with a stream long-running; a builtin kind is never added and never stands for the program', () => {
    expect(prepare('monitor (@com.xkcd.get_comic()) => notify;')).toMatchObject({ ok: true, ready: { longRunning: true } });
    const builtin = { uniqueId: 'org.thingpedia.builtin.thingengine.builtin', kind: 'org.thingpedia.builtin.thingengine.builtin', name: 'Miscellaneous Interfaces' };
    const said = prepare('now => @com.xkcd.get_comic() => @org.thingpedia.builtin.thingengine.builtin.say(message=title);', [builtin]);
    expect(said).toMatchObject({ ok: true, add: ['com.xkcd'], ready: { iconKind: 'com.xkcd' } });
  });

  it('refuses what cannot run as written, with the message the user is shown', () => {
    expect(prepare('now => @com.twitter.post(status="hi");')).toEqual({ ok: false, error: 'must select a device for @com.twitter' });
    expect(prepare('now => @com.twitter.post(status="hi");', [twitter('a'), twitter('b')])).toEqual({ ok: false, error: 'must select a device for @com.twitter' });
    expect(prepare('now => @com.twitter(id="twitter-bar").post(status="hi");', [twitter('a')])).toEqual({ ok: false, error: 'Device twitter-bar is not configured' });
    expect(prepare('now => @com.twitter.post(status=$?);', [twitter('a')])).toMatchObject({ ok: false, error: expect.stringContaining('Missing value for status') });
    expect(prepare('now => @com.xkcd.nope() => notify;')).toMatchObject({ ok: false, error: expect.stringContaining('nope') });
  });
});
