import type { MonoAudio } from './wavDecoder.js';

/** Zero crossings of the sinc on each side of a sample. */
const HALF_TAPS = 16;
/** Fractional positions between two input samples the filter is tabulated for. */
const PHASES = 256;

/**
 * Band-limited resampling with a Hann-windowed sinc (cut-off just under the lower Nyquist frequency), so 22.05 or
 * 44.1 kHz voices reach the 16 kHz acoustic model without aliasing. The filter is tabulated for PHASES fractional
 * positions once per call, so each output sample costs only multiply-adds.
 */
export function resample(audio: MonoAudio, targetRate: number): Float32Array {
  const { samples, sampleRate } = audio;
  if (sampleRate === targetRate) return samples;
  const ratio = sampleRate / targetRate;
  const cutoff = 0.95 * Math.min(1, 1 / ratio);
  const reach = Math.ceil(HALF_TAPS / cutoff);
  const taps = 2 * reach + 1;
  const table = filterTable(cutoff, reach, taps);
  const output = new Float32Array(Math.floor(samples.length / ratio));
  for (let index = 0; index < output.length; index++) {
    const centre = index * ratio;
    let base = Math.floor(centre);
    let phase = Math.round((centre - base) * PHASES);
    if (phase === PHASES) {
      base += 1;
      phase = 0;
    }
    const row = phase * taps;
    const first = Math.max(0, reach - base);
    const last = Math.min(taps - 1, samples.length - 1 - base + reach);
    let sum = 0;
    for (let tap = first; tap <= last; tap++) sum += (samples[base - reach + tap] ?? 0) * (table[row + tap] ?? 0);
    output[index] = sum;
  }
  return output;
}

/** Row `phase`, column `tap`: the filter's weight for the input sample `tap - reach` after the output's position. */
function filterTable(cutoff: number, reach: number, taps: number): Float32Array {
  const table = new Float32Array(PHASES * taps);
  for (let phase = 0; phase < PHASES; phase++) {
    for (let tap = 0; tap < taps; tap++) {
      const distance = tap - reach - phase / PHASES;
      const window = 0.5 + 0.5 * Math.cos((Math.PI * distance) / (reach + 1));
      table[phase * taps + tap] = cutoff * sinc(cutoff * distance) * window;
    }
  }
  return table;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const angle = Math.PI * x;
  return Math.sin(angle) / angle;
}
