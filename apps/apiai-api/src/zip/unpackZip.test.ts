// Issue 20 item 5: a 1 MB agent zip unpacked to 1 GB. Generated zip bombs are refused once a limit is passed, with
// only a prefix of the zip fed to the inflater, whatever sizes the zip's headers claim.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InvalidAgentError, unpackZip } from '@parley/apiai-agent/model';
import { zipBomb } from '../testing/zipBomb.js';

/** The zip, recording how far into it the unzipper read. */
function watched(zip: Uint8Array): { zip: Uint8Array; fedUpTo: () => number } {
  let furthest = 0;
  const copy = new Uint8Array(zip);
  const subarray = copy.subarray.bind(copy);
  copy.subarray = (start?: number, end?: number) => {
    furthest = Math.max(furthest, end ?? copy.length);
    return subarray(start, end);
  };
  return { zip: copy, fedUpTo: () => furthest };
}

const refusal = (run: () => unknown): InvalidAgentError => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidAgentError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('unpackZip limits', () => {
  const bomb = zipBomb('intents/bomb.json', 256);

  it('stops a 256 MiB bomb at a 1 MiB limit after feeding a few KiB of it', () => {
    const { zip, fedUpTo } = watched(bomb);
    const error = refusal(() => unpackZip(zip, { maxUnpackedBytes: 1024 * 1024, maxEntries: 10 }));
        expect(error.message).toBe('The agent zip unpacks to more than 1048576 bytes');
    expect(bomb.length).toBeGreaterThan(200_000);
    expect(fedUpTo()).toBeLessThanOrEqual(4 * 1024);
  });

  it('does not trust the sizes the headers claim', () => {
    // A zip written in one go keeps the sizes in its headers; make them claim 10 bytes.
    const lying = zipSync({ 'intents/bomb.json': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    const view = new DataView(lying.buffer, lying.byteOffset, lying.byteLength);
    expect(view.getUint32(22, true)).toBe(16 * 1024 * 1024);
    view.setUint32(22, 10, true);
    for (let at = lying.length - 46; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 10, true);
    }
    expect(() => unpackZip(lying, { maxUnpackedBytes: 1024 * 1024, maxEntries: 10 })).toThrow(/unpacks to more than 1048576 bytes/);
  });

  it('refuses more entries than allowed', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`entities/e${index}.json`, strToU8('{}')])));
    expect(refusal(() => unpackZip(many, { maxUnpackedBytes: 1024, maxEntries: 10 })).message).toBe('The agent zip has more than 10 entries');
    expect(unpackZip(many, { maxUnpackedBytes: 1024, maxEntries: 12 }).size).toBe(12);
  });

  it('unpacks a zip within the limits, stored and deflated entries, folders left out', () => {
    const zip = zipSync({ 'intents/': new Uint8Array(), 'intents/a.json': [strToU8('{"name":"a"}'), { level: 0 }], 'entities/b.json': strToU8('{"name":"b"}') });
    const files = unpackZip(zip, { maxUnpackedBytes: 1024, maxEntries: 10 });
    expect([...files.keys()].sort()).toEqual(['entities/b.json', 'intents/a.json']);
    expect(Buffer.from(files.get('intents/a.json') ?? []).toString()).toBe('{"name":"a"}');
  });
});
