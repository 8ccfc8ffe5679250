// Test support: a zip bomb generated on the fly — one deflated file of `megabytes` MiB of `fill` bytes between an
// optional prefix and suffix, written a MiB at a time so the test never holds it unpacked.
import { strToU8, Zip, ZipDeflate } from 'fflate';

export function zipBomb(path: string, megabytes: number, { fill = 0, prefix = '', suffix = '' } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error !== null) throw error;
    parts.push(data);
  });
  const file = new ZipDeflate(path, { level: 9 });
  zip.add(file);
  file.push(strToU8(prefix), false);
  const block = new Uint8Array(1024 * 1024).fill(fill);
  for (let index = 0; index < megabytes; index++) file.push(block, false);
  file.push(strToU8(suffix), true);
  zip.end();
  return Buffer.concat(parts);
}
