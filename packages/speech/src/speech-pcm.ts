import { UnreadableAudioError } from './errors.js';
import { resample } from './resample.js';
import type { MonoAudio } from './wav-decoder.js';

/** The rate of the pocketsphinx US English acoustic model. */
export const SPEECH_RATE = 16_000;

export interface SpeechPcmOptions {
  /** Cut leading and trailing silence (below -45 dBFS), then put `padSeconds` of quiet back on both sides. Default true. */
  readonly trimSilence?: boolean;
  /** Default 0.2 s. */
  readonly padSeconds?: number;
}

const FRAME = SPEECH_RATE / 100;
const SILENCE_RMS = 10 ** (-45 / 20);
/** Peak of the dither added to every sample, in 16-bit steps. */
const DITHER = 2;

/**
 * Turns decoded audio into what the decoder reads: 16 kHz mono signed 16-bit little-endian samples, silence trimmed
 * and padded (a long silence inside a grammar alignment then means unexplained speech, see PocketsphinxRecognizer).
 * A faint deterministic dither is added everywhere: runs of exact digital zeros (espeak-ng writes them at both ends)
 * make pocketsphinx's noise estimate and voice detection misbehave.
 */
export function toSpeechPcm(audio: MonoAudio, options: SpeechPcmOptions = {}): Buffer {
  const samples = resample(audio, SPEECH_RATE);
  const [from, to] = options.trimSilence === false ? [0, samples.length] : speechBounds(samples);
  if (to <= from) throw new UnreadableAudioError('The audio holds no sound');
  const pad = options.trimSilence === false ? 0 : Math.round((options.padSeconds ?? 0.2) * SPEECH_RATE);
  const pcm = Buffer.alloc((to - from + 2 * pad) * 2);
  let seed = 0x2545f491;
  for (let index = 0; index < pcm.length / 2; index++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const dither = ((seed / 0x100000000) * 2 - 1) * DITHER;
    const source = index - pad + from;
    const value = source >= from && source < to ? (samples[source] ?? 0) * 32767 : 0;
    pcm.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(value + dither))), index * 2);
  }
  return pcm;
}

/** The first and (one past) the last sample of the 10 ms frames louder than -45 dBFS. */
function speechBounds(samples: Float32Array): [number, number] {
  let first = -1;
  let last = -1;
  for (let start = 0; start < samples.length; start += FRAME) {
    const end = Math.min(samples.length, start + FRAME);
    let energy = 0;
    for (let index = start; index < end; index++) energy += (samples[index] ?? 0) ** 2;
    if (Math.sqrt(energy / (end - start)) >= SILENCE_RMS) {
      if (first < 0) first = start;
      last = end;
    }
  }
  return first < 0 ? [0, 0] : [first, last];
}
