// voiceData bytes → 16 kHz 16-bit mono little-endian PCM. The format is sniffed, whatever the declared type:
// a RIFF/WAVE header is read (PCM 16-bit only; stereo is mixed down, other rates resampled linearly); anything
// else is taken as headerless 16 kHz PCM (JAVA's `what_is_your_name.raw`, docs/protocols/apiai.md `audio/x-raw`).
import { notAcceptable } from '../http/ApiAiError.js';

export const targetRate = 16000;

interface WavFormat {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  audioFormat: number;
  data: Buffer;
}

export function isWav(bytes: Buffer): boolean {
  return bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WAVE';
}

function readWav(bytes: Buffer): WavFormat {
  let offset = 12;
  let format: Omit<WavFormat, 'data'> | undefined;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const declared = bytes.readUInt32LE(offset + 4);
    const start = offset + 8;
    // Streaming writers leave the data size at 0 or 0xFFFFFFFF: the data then runs to the end.
    const size = id === 'data' && (declared === 0 || start + declared > bytes.length) ? bytes.length - start : declared;
    if (id === 'fmt ' && size >= 16) {
      format = {
        audioFormat: bytes.readUInt16LE(start),
        channels: bytes.readUInt16LE(start + 2),
        sampleRate: bytes.readUInt32LE(start + 4),
        bitsPerSample: bytes.readUInt16LE(start + 14),
      };
    } else if (id === 'data') {
      if (format === undefined) break;
      return { ...format, data: bytes.subarray(start, start + size) };
    }
    offset = start + size + (size % 2);
  }
  throw notAcceptable('voiceData is not a readable WAV file');
}

function toMono16k(format: WavFormat): Buffer {
  if (format.audioFormat !== 1 && format.audioFormat !== 0xfffe) throw notAcceptable('voiceData must be PCM audio');
  if (format.bitsPerSample !== 16) throw notAcceptable('voiceData must have 16-bit samples');
  const frameCount = Math.floor(format.data.length / (2 * format.channels));
  const mono = new Int16Array(frameCount);
  for (let frame = 0; frame < frameCount; frame += 1) {
    let sum = 0;
    for (let channel = 0; channel < format.channels; channel += 1) sum += format.data.readInt16LE((frame * format.channels + channel) * 2);
    mono[frame] = Math.round(sum / format.channels);
  }
  if (format.sampleRate === targetRate) return Buffer.from(mono.buffer, mono.byteOffset, mono.byteLength);
  const outCount = Math.floor((frameCount * targetRate) / format.sampleRate);
  const resampled = new Int16Array(outCount);
  for (let index = 0; index < outCount; index += 1) {
    const position = (index * format.sampleRate) / targetRate;
    const left = Math.floor(position);
    const fraction = position - left;
    resampled[index] = Math.round((mono[left] ?? 0) * (1 - fraction) + (mono[left + 1] ?? mono[left] ?? 0) * fraction);
  }
  return Buffer.from(resampled.buffer, resampled.byteOffset, resampled.byteLength);
}

export function decodeVoiceData(bytes: Buffer): Buffer {
  if (isWav(bytes)) return toMono16k(readWav(bytes));
  return bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
}
