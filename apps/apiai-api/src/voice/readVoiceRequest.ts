// The multipart form of /query (docs/protocols/apiai.md "post_query(multipart)"): a `request` part with the JSON request and a
// `voiceData` part with the audio (`audio/wav`, or `audio/x-raw` headerless 16 kHz 16-bit mono PCM). JAVA names a
// file (`voice.wav`), NODE does not; both are read as bytes.
import type { FastifyRequest } from 'fastify';
import { badRequest, notAcceptable } from '../http/ApiAiError.js';
import { decodeVoiceData } from './decodeVoiceData.js';

interface VoiceRequest {
  request: unknown;
  /** 16 kHz 16-bit little-endian mono PCM, when a `voiceData` part was sent. */
  audio: Buffer | undefined;
}

function parseRequestPart(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(`Invalid JSON in the 'request' part: ${(error as Error).message}`);
  }
}

export async function readVoiceRequest(request: FastifyRequest): Promise<VoiceRequest> {
  let body: unknown = {};
  let audio: Buffer | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname === 'request') body = parseRequestPart(bytes.toString('utf8'));
      else if (part.fieldname === 'voiceData') audio = decodeVoiceData(bytes);
    } else if (part.fieldname === 'request') {
      body = parseRequestPart(typeof part.value === 'string' ? part.value : JSON.stringify(part.value));
    }
  }
  if (audio !== undefined && audio.length === 0) throw notAcceptable('voiceData is empty');
  return { request: body, audio };
}
