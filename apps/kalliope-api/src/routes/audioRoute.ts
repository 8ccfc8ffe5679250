import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { KalliopeRunResponse } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { EngineMissingError, SpeechEngineError } from '@parley/speech';
import { KALLIOPE_ERRORS } from '../http/kalliopeErrors.js';
import { replySchemas } from '../http/replySchemas.js';
import { parseFlag, runResponseJson } from '../http/kalliopeMapping.js';
import { sessionOf, type RouteContext } from './routeContext.js';

/**
 * POST /synapses/start/audio: multipart `file` (WAV, MP3 or anything ffmpeg reads) and the form flag `no_voice`
 * or `mute`. The transcription is handled as an order (or as the answer a neurotransmitter waits for).
 */
export function audioRoute({ service }: RouteContext) {
  return (fastify: FastifyInstance): Promise<void> => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.post('/synapses/start/audio', { schema: { response: replySchemas({ 201: KalliopeRunResponse }) } }, async (request, reply) => {
      let audio: Buffer | undefined;
      const fields: Record<string, string> = {};
      if (request.isMultipart()) {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer();
            if (part.fieldname === 'file' && part.filename !== '') audio = bytes;
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
      }
      if (audio === undefined || audio.length === 0) throw KALLIOPE_ERRORS.noFileProvided();
      let order: string;
      try {
        order = (await service.transcribe(audio)).text;
      } catch (error) {
        if (error instanceof EngineMissingError) throw KALLIOPE_ERRORS.speechUnavailable(error.message);
        if (error instanceof SpeechEngineError) throw KALLIOPE_ERRORS.unreadableAudio();
        throw error;
      }
      request.log.info({ transcription: order }, 'audio transcribed');
      const mute = parseFlag(fields['no_voice']) || parseFlag(fields['mute']);
      const response = await service.runOrder(sessionOf(request), order === '' ? null : order, mute);
      if (response.matched_synapses.length === 0 && response.status === null) throw KALLIOPE_ERRORS.orderNotMatched();
      return reply.code(201).send(runResponseJson(response));
    });
    return Promise.resolve();
  };
}
