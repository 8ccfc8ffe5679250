import { describe, expect, it } from 'vitest';
import { UnreadableAudioError } from './errors.js';
import { decodeWav } from './wavDecoder.js';

function wav(format: number, channels: number, rate: number, bits: number, data: Buffer, dataSize = data.length): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataSize, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(format, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE((rate * channels * bits) / 8, 28);
  header.writeUInt16LE((channels * bits) / 8, 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataSize, 40);
  return Buffer.concat([header, data]);
}

describe('decodeWav', () => {
  it('averages the channels of 16-bit PCM', () => {
    const data = Buffer.alloc(8);
    [16384, 0, -32768, -32768].forEach((value, index) => data.writeInt16LE(value, index * 2));
    const audio = decodeWav(wav(1, 2, 22050, 16, data));
    expect(audio.sampleRate).toBe(22050);
    expect([...audio.samples]).toEqual([0.25, -1]);
  });

  it('reads 8-bit PCM and 32-bit float', () => {
    expect([...decodeWav(wav(1, 1, 8000, 8, Buffer.from([128, 255, 0]))).samples]).toEqual([0, 127 / 128, -1]);
    const floats = Buffer.alloc(8);
    floats.writeFloatLE(0.5, 0);
    floats.writeFloatLE(-0.25, 4);
    expect([...decodeWav(wav(3, 1, 16000, 32, floats)).samples]).toEqual([0.5, -0.25]);
  });

  it('clamps the placeholder sizes streaming writers leave (espeak-ng to a pipe)', () => {
    const data = Buffer.alloc(4);
    data.writeInt16LE(-16384, 2);
    expect([...decodeWav(wav(1, 1, 16000, 16, data, 0x7ffff000)).samples]).toEqual([0, -0.5]);
  });

  it('rejects what it cannot read with an UnreadableAudioError', () => {
    expect(() => decodeWav(Buffer.from('not a wav file at all'))).toThrow(UnreadableAudioError);
    expect(() => decodeWav(wav(1, 1, 16000, 16, Buffer.alloc(4)).subarray(0, 36))).toThrow('no data chunk');
    expect(() => decodeWav(wav(7, 1, 8000, 8, Buffer.alloc(4)))).toThrow('Unsupported WAV encoding');
    expect(() => decodeWav(wav(1, 0, 16000, 16, Buffer.alloc(4)))).toThrow('inconsistent');
  });
});
