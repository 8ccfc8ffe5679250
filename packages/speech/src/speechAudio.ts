import { UnreadableAudioError } from './errors.js';
import { toSpeechPcm, type SpeechPcmOptions } from './speechPcm.js';
import { toSpeechWav } from './toSpeechWav.js';
import { decodeWav, isWav } from './wavDecoder.js';

/**
 * Any audio → the decoder's 16 kHz 16-bit mono samples. WAV (integer or float PCM) is decoded and resampled in
 * JavaScript, without a process; other formats (MP3, OGG, FLAC, μ-law WAV…) go through ffmpeg once.
 */
export async function decodeSpeechAudio(audio: Buffer, options: SpeechPcmOptions = {}): Promise<Buffer> {
  if (audio.length === 0) throw new UnreadableAudioError('The audio is empty');
  if (isWav(audio)) {
    try {
      return toSpeechPcm(decodeWav(audio), options);
    } catch (error) {
      if (!(error instanceof UnreadableAudioError) || !error.message.startsWith('Unsupported')) throw error;
    }
  }
  return toSpeechPcm(decodeWav(await toSpeechWav(audio, { trimSilence: false })), options);
}
