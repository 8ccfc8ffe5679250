/**
 * espeak-ng writing to a pipe cannot seek back, so its RIFF and data chunk sizes are placeholders (0x7ffff000).
 * This writes the real sizes into a canonical 44-byte-header PCM WAV; other buffers are returned unchanged.
 */
export function withExactWavSizes(wav: Buffer): Buffer {
  const isCanonical =
    wav.length >= 44 && wav.toString('ascii', 0, 4) === 'RIFF' && wav.toString('ascii', 36, 40) === 'data';
  if (!isCanonical) return wav;
  const fixed = Buffer.from(wav);
  fixed.writeUInt32LE(wav.length - 8, 4);
  fixed.writeUInt32LE(wav.length - 44, 40);
  return fixed;
}
