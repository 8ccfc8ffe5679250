// GET|POST /v1/query (docs/protocols/apiai.md "query"; docs/protocols/apiai.md §3–§4): JSON bodies of every SDK, GET parameters, and
// multipart voice requests (`request` JSON part + `voiceData` audio part).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRecord, type Json } from '@parley/apiai-agent/model';
import { agentOf } from '../auth/requireToken.js';
import { answerQuery, type QueryDependencies } from '../dialog/answerQuery.js';
import { notAcceptable } from '../http/ApiAiError.js';
import { parseQueryRequest, type ParsedQuery } from '../protocol/parseQueryRequest.js';
import { statusForVersion } from '../protocol/protocolVersion.js';
import type { Status } from '../protocol/status.js';
import { readVoiceRequest } from '../voice/readVoiceRequest.js';
import type { SpeechToText } from '../voice/SpeechToText.js';

export interface QueryRouteOptions {
  deps: QueryDependencies;
  speech: SpeechToText | undefined;
}

export async function queryRoutes(app: FastifyInstance, { deps, speech }: QueryRouteOptions): Promise<void> {
  async function respond(request: FastifyRequest, reply: FastifyReply, parsed: ParsedQuery) {
    const answer = await answerQuery(deps, agentOf(request), parsed);
    const urlParameters: Json = isRecord(request.query) ? request.query : {};
    const status = statusForVersion(answer.body.status as unknown as Status, urlParameters.v);
    return reply.code(answer.statusCode).send({ ...answer.body, status });
  }

  app.get('/v1/query', async (request, reply) => {
    const urlParameters: Json = isRecord(request.query) ? request.query : {};
    return respond(request, reply, parseQueryRequest(urlParameters, {}));
  });

  app.post('/v1/query', async (request, reply) => {
    const urlParameters: Json = isRecord(request.query) ? request.query : {};
    if (!request.isMultipart()) return respond(request, reply, parseQueryRequest(urlParameters, request.body));
    const voice = await readVoiceRequest(request);
    const parsed = parseQueryRequest(urlParameters, voice.request, { voice: voice.audio !== undefined });
    if (voice.audio === undefined || parsed.query !== undefined || parsed.event !== undefined) return respond(request, reply, parsed);
    if (speech === undefined) throw notAcceptable('Speech recognition is not available on this server');
    const runtime = await deps.runtimes.get(agentOf(request));
    // Nothing recognised is an empty query: the fallback intent answers it, as for any text it does not understand.
    const text = await speech.recognize(voice.audio, runtime).catch((error: unknown) => {
      throw notAcceptable(`Speech recognition failed: ${(error as Error).message}`);
    });
    return respond(request, reply, { ...parsed, query: text ?? '' });
  });
}
