import { UnreadableAudioError } from './errors.js';
import { resample } from './resample.js';
import type { MonoAudio } from './wavDecoder.js';

/** The rate of the pocketsphinx US English acoustic model. */
export const SPEECH_RATE = 16_000;

export interface SpeechPcmOptions {
  /**
   * Cut leading and trailing silence, keeping `padSeconds` of the original audio (or quiet, where the audio is
   * shorter) on both sides of the sound. Default true.
   */
  readonly trimSilence?: boolean;
  /** Default 0.2 s. */
  readonly padSeconds?: number;
  /**
   * Add a noise floor this many dB under the loudest sample of the sound (uniform noise, deterministic) instead of
   * the faint default dither. Default: none.
   */
  readonly noiseFloorBelowPeakDb?: number;
}

const FRAME = SPEECH_RATE / 100;
/** A 10 ms frame is sound when louder than -45 dBFS and than 30 dB under the loudest frame (noisy recordings). */
const SILENCE_DB = -45;
const BELOW_PEAK_DB = 30;
/** Peak of the dither added to every sample, in 16-bit steps (the least noise added, whatever the noise floor). */
const DITHER = 2;

/**
 * Turns decoded audio into what the decoder reads: 16 kHz mono signed 16-bit little-endian samples, silence trimmed
 * and padded (a long silence inside a grammar alignment then means unexplained speech, see PocketsphinxRecognizer).
 * A faint deterministic dither is added everywhere: runs of exact digital zeros (espeak-ng writes them at both ends)
 * make pocketsphinx's noise estimate and voice detection misbehave. With `noiseFloorBelowPeakDb` the added noise is
 * as loud as that under the sound's peak: espeak-ng also writes digital zeros inside words (stop closures), and
 * frames that quiet are unlike anything a microphone records (chosen on the dev set: README.md, "How recognition
 * works").
 */
export function toSpeechPcm(audio: MonoAudio, options: SpeechPcmOptions = {}): Buffer {
  const samples = resample(audio, SPEECH_RATE);
  const [from, to] = options.trimSilence === false ? [0, samples.length] : speechBounds(samples);
  if (to <= from) throw new UnreadableAudioError('The audio holds no sound');
  const pad = options.trimSilence === false ? 0 : Math.round((options.padSeconds ?? 0.2) * SPEECH_RATE);
  const pcm = new Int16Array(to - from + 2 * pad);
  const start = from - pad;
  const noise = options.noiseFloorBelowPeakDb === undefined ? DITHER : Math.max(DITHER, peak(samples, from, to) * 32767 * 10 ** (-options.noiseFloorBelowPeakDb / 20));
  let seed = 0x2545f491;
  for (let index = 0; index < pcm.length; index++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const dither = ((seed / 0x100000000) * 2 - 1) * noise;
    const value = (samples[start + index] ?? 0) * 32767;
    pcm[index] = Math.max(-32768, Math.min(32767, Math.round(value + dither)));
  }
  return Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
}

/** The largest absolute sample value in [from, to). */
function peak(samples: Float32Array, from: number, to: number): number {
  let largest = 0;
  for (let index = from; index < to; index++) largest = Math.max(largest, Math.abs(samples[index] ?? 0));
  return largest;
}

/** The first and (one past) the last sample of the 10 ms frames that count as sound. */
function speechBounds(samples: Float32Array): [number, number] {
  const levels: number[] = [];
  for (let start = 0; start < samples.length; start += FRAME) {
    const end = Math.min(samples.length, start + FRAME);
    let energy = 0;
    for (let index = start; index < end; index++) energy += (samples[index] ?? 0) ** 2;
    levels.push(10 * Math.log10(energy / (end - start) + 1e-12));
  }
  const threshold = Math.max(SILENCE_DB, Math.max(...levels) - BELOW_PEAK_DB);
  const first = levels.findIndex((level) => level >= threshold);
  const last = levels.findLastIndex((level) => level >= threshold);
  return first < 0 ? [0, 0] : [first * FRAME, Math.min(samples.length, (last + 1) * FRAME)];
}
