import { UnreadableAudioError } from './errors.js';

/** Mono samples in [-1, 1] at `sampleRate`. */
export interface MonoAudio {
  readonly sampleRate: number;
  readonly samples: Float32Array;
}

const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;

/** Whether the bytes start like a RIFF/WAVE file. */
export function isWav(bytes: Buffer): boolean {
  return bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WAVE';
}

/**
 * Decodes a RIFF/WAVE file holding integer PCM (8, 16, 24 or 32 bits) or IEEE float (32 or 64 bits), any number
 * of channels (averaged to one). Chunk sizes written as placeholders by streaming writers (espeak-ng, ffmpeg to a
 * pipe) are clamped to the bytes present. Anything else is an UnreadableAudioError.
 */
export function decodeWav(bytes: Buffer): MonoAudio {
  if (!isWav(bytes)) throw new UnreadableAudioError('The audio is not a RIFF/WAVE file');
  let format: { code: number; channels: number; sampleRate: number; bits: number; blockAlign: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const declared = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    const size = Math.min(declared, bytes.length - body);
    if (id === 'fmt ') {
      if (size < 16) throw new UnreadableAudioError('The WAV format chunk is too short');
      let code = bytes.readUInt16LE(body);
      if (code === EXTENSIBLE && size >= 26) code = bytes.readUInt16LE(body + 24);
      format = {
        code,
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        blockAlign: bytes.readUInt16LE(body + 12),
        bits: bytes.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (format === undefined) throw new UnreadableAudioError('The WAV data chunk comes before its format chunk');
      return { sampleRate: format.sampleRate, samples: toMono(bytes.subarray(body, body + size), format) };
    }
    offset = body + size + (size % 2);
  }
  throw new UnreadableAudioError('The WAV file has no data chunk');
}

function toMono(
  data: Buffer,
  { code, channels, sampleRate, bits, blockAlign }: { code: number; channels: number; sampleRate: number; bits: number; blockAlign: number },
): Float32Array {
  const read = sampleReader(code, bits);
  const bytesPerSample = bits / 8;
  if (read === undefined) throw new UnreadableAudioError(`Unsupported WAV encoding (format ${code}, ${bits} bits)`);
  if (channels < 1 || sampleRate < 1000 || blockAlign < channels * bytesPerSample) {
    throw new UnreadableAudioError('The WAV format chunk is inconsistent');
  }
  const frames = Math.floor(data.length / blockAlign);
  const samples = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let channel = 0; channel < channels; channel++) sum += read(data, frame * blockAlign + channel * bytesPerSample);
    samples[frame] = sum / channels;
  }
  return samples;
}

function sampleReader(code: number, bits: number): ((data: Buffer, at: number) => number) | undefined {
  if (code === PCM && bits === 8) return (data, at) => (data.readUInt8(at) - 128) / 128;
  if (code === PCM && bits === 16) return (data, at) => data.readInt16LE(at) / 32768;
  if (code === PCM && bits === 24) return (data, at) => data.readIntLE(at, 3) / 8388608;
  if (code === PCM && bits === 32) return (data, at) => data.readInt32LE(at) / 2147483648;
  if (code === IEEE_FLOAT && bits === 32) return (data, at) => data.readFloatLE(at);
  if (code === IEEE_FLOAT && bits === 64) return (data, at) => data.readDoubleLE(at);
  return undefined;
}
