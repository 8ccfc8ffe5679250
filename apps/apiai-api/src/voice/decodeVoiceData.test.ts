import { describe, expect, it } from 'vitest';
import { ApiAiError } from '../http/ApiAiError.js';
import { decodeVoiceData, isWav } from './decodeVoiceData.js';
import { pcmToWav } from './pcmToWav.js';

function stereoWav(rate: number, frames: [number, number][]): Buffer {
  const data = Buffer.alloc(frames.length * 4);
  frames.forEach(([left, right], index) => {
    data.writeInt16LE(left, index * 4);
    data.writeInt16LE(right, index * 4 + 2);
  });
  const wav = pcmToWav(data, rate);
  wav.writeUInt16LE(2, 22); // channels
  wav.writeUInt32LE(rate * 4, 28);
  wav.writeUInt16LE(4, 32);
  return wav;
}

describe('decodeVoiceData', () => {
  it('passes headerless PCM through and unwraps 16 kHz mono WAV', () => {
    const pcm = Buffer.from([1, 0, 2, 0, 3, 0]);
    expect(decodeVoiceData(pcm)).toEqual(pcm);
    expect(isWav(pcmToWav(pcm))).toBe(true);
    expect(decodeVoiceData(pcmToWav(pcm))).toEqual(pcm);
  });

  it('mixes stereo down and resamples 32 kHz to 16 kHz', () => {
    const decoded = decodeVoiceData(stereoWav(32000, [[100, 300], [100, 300], [400, 0], [400, 0]]));
    expect([decoded.readInt16LE(0), decoded.readInt16LE(2)]).toEqual([200, 200]);
  });

  it('refuses WAV that is not 16-bit PCM with 406', () => {
    const wav = pcmToWav(Buffer.alloc(8));
    wav.writeUInt16LE(3, 20); // IEEE float
    expect(() => decodeVoiceData(wav)).toThrow(ApiAiError);
    try {
      decodeVoiceData(wav);
    } catch (error) {
      expect((error as ApiAiError).code).toBe(406);
    }
  });
});
