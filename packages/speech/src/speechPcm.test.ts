import { describe, expect, it } from 'vitest';
import { UnreadableAudioError } from './errors.js';
import { resample } from './resample.js';
import { SPEECH_RATE, toSpeechPcm } from './speechPcm.js';

function tone(rate: number, seconds: number, frequency: number, amplitude = 0.5): Float32Array {
  return Float32Array.from({ length: Math.round(rate * seconds) }, (_, index) => amplitude * Math.sin((2 * Math.PI * frequency * index) / rate));
}

function samplesOf(pcm: Buffer): number[] {
  return Array.from({ length: pcm.length / 2 }, (_, index) => pcm.readInt16LE(index * 2));
}

describe('resample', () => {
  it('keeps a tone below the new Nyquist frequency and removes one above it', () => {
    const kept = resample({ sampleRate: 22050, samples: tone(22050, 1, 1000) }, SPEECH_RATE);
    expect(kept.length).toBe(16000);
    const rms = (values: Float32Array) => Math.sqrt(values.slice(1000, 15000).reduce((sum, value) => sum + value * value, 0) / 14000);
    expect(rms(kept)).toBeCloseTo(0.5 / Math.SQRT2, 2);
    expect(rms(resample({ sampleRate: 44100, samples: tone(44100, 1, 10_000) }, SPEECH_RATE))).toBeLessThan(0.01);
  });
});

describe('toSpeechPcm', () => {
  const silence = new Float32Array(16000);
  const speech = Float32Array.from([...silence, ...tone(16000, 0.5, 440), ...silence]);

  it('trims the silence around the sound and pads it back', () => {
    const pcm = toSpeechPcm({ sampleRate: 16000, samples: speech }, { padSeconds: 0.1 });
    expect(pcm.length / 2).toBe(8000 + 2 * 1600);
    expect(samplesOf(toSpeechPcm({ sampleRate: 16000, samples: speech }, { trimSilence: false })).length).toBe(40000);
  });

  it('dithers, so no run of exact digital silence reaches the decoder', () => {
    const samples = samplesOf(toSpeechPcm({ sampleRate: 16000, samples: speech }, { trimSilence: false }));
    const zeros = samples.slice(0, 16000).filter((value) => value === 0).length;
    expect(zeros).toBeLessThan(16000 / 2);
    expect(Math.max(...samples.slice(0, 16000).map(Math.abs))).toBeLessThanOrEqual(2);
  });

  it('adds a noise floor the given dB under the peak of the sound when asked', () => {
    const samples = samplesOf(toSpeechPcm({ sampleRate: 16000, samples: speech }, { trimSilence: false, noiseFloorBelowPeakDb: 40 }));
    const floor = 0.5 * 32767 * 10 ** (-40 / 20);
    const loudest = Math.max(...samples.slice(0, 16000).map(Math.abs));
    expect(loudest).toBeLessThanOrEqual(Math.ceil(floor));
    expect(loudest).toBeGreaterThan(floor * 0.9);
  });

  it('refuses audio without sound', () => {
    expect(() => toSpeechPcm({ sampleRate: 16000, samples: silence })).toThrow(UnreadableAudioError);
  });
});
