import type { MonoAudio } from './wav-decoder.js';

const HALF_TAPS = 16;

/**
 * Band-limited resampling with a Hann-windowed sinc (cut-off just under the lower Nyquist frequency), so 22.05 or
 * 44.1 kHz voices reach the 16 kHz acoustic model without aliasing.
 */
export function resample(audio: MonoAudio, targetRate: number): Float32Array {
  const { samples, sampleRate } = audio;
  if (sampleRate === targetRate) return samples;
  const ratio = sampleRate / targetRate;
  const cutoff = 0.95 * Math.min(1, 1 / ratio);
  const reach = Math.ceil(HALF_TAPS / cutoff);
  const output = new Float32Array(Math.floor(samples.length / ratio));
  for (let index = 0; index < output.length; index++) {
    const centre = index * ratio;
    const first = Math.max(0, Math.ceil(centre - reach));
    const last = Math.min(samples.length - 1, Math.floor(centre + reach));
    let sum = 0;
    for (let source = first; source <= last; source++) {
      const distance = source - centre;
      const window = 0.5 + 0.5 * Math.cos((Math.PI * distance) / (reach + 1));
      sum += (samples[source] ?? 0) * cutoff * sinc(cutoff * distance) * window;
    }
    output[index] = sum;
  }
  return output;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const angle = Math.PI * x;
  return Math.sin(angle) / angle;
}
