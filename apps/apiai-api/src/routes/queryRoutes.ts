// GET|POST /v1/query (docs/protocols/apiai.md "query"; docs/protocols/apiai.md §3–§4): JSON bodies of every SDK, GET parameters, and
// multipart voice requests (`request` JSON part + `voiceData` audio part).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiaiQueryResponse } from '@parley/protocol-types';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { agentOf } from '../auth/requireToken.js';
import { answerQuery, type QueryDependencies } from '../dialog/answerQuery.js';
import { notAcceptable } from '../http/ApiAiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { isRecord, type Json } from '@parley/apiai-agent/model';
import { parseQueryRequest, type ParsedQuery } from '../protocol/parseQueryRequest.js';
import { statusForVersion } from '../protocol/protocolVersion.js';
import { readVoiceRequest } from '../voice/readVoiceRequest.js';
import type { SpeechToText } from '../voice/SpeechToText.js';

interface QueryRouteOptions {
  deps: QueryDependencies;
  speech: SpeechToText | undefined;
}

/** 200, or 206 partial_content when the agent's webhook failed; request bodies are read leniently (parseQueryRequest). */
const schema = { response: replySchemas({ 200: ApiaiQueryResponse, 206: ApiaiQueryResponse }) };

export async function queryRoutes(fastify: FastifyInstance, { deps, speech }: QueryRouteOptions): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  async function respond(request: FastifyRequest, parsed: ParsedQuery): Promise<{ code: 200 | 206; body: ApiaiQueryResponse }> {
    const answer = await answerQuery(deps, agentOf(request), parsed);
    const urlParameters: Json = isRecord(request.query) ? request.query : {};
    return { code: answer.statusCode === 206 ? 206 : 200, body: { ...answer.body, status: statusForVersion(answer.body.status, urlParameters.v) } };
  }

  /** The query of a POST: a JSON body, or a multipart `request` part whose `voiceData` audio is recognised. */
  async function readPost(request: FastifyRequest): Promise<ParsedQuery> {
    const urlParameters: Json = isRecord(request.query) ? request.query : {};
    if (!request.isMultipart()) return parseQueryRequest(urlParameters, request.body);
    const voice = await readVoiceRequest(request);
    const parsed = parseQueryRequest(urlParameters, voice.request, { voice: voice.audio !== undefined });
    if (voice.audio === undefined || parsed.query !== undefined || parsed.event !== undefined) return parsed;
    if (speech === undefined) throw notAcceptable('Speech recognition is not available on this server');
    const runtime = await deps.runtimes.get(agentOf(request));
    // Nothing recognised is an empty query: the fallback intent answers it, as for any text it does not understand.
    const text = await speech.recognize(voice.audio, runtime).catch((error: unknown) => {
      throw notAcceptable(`Speech recognition failed: ${(error as Error).message}`);
    });
    return { ...parsed, query: text ?? '' };
  }

  app.get('/v1/query', { schema }, async (request, reply) => {
    const urlParameters: Json = isRecord(request.query) ? request.query : {};
    const { code, body } = await respond(request, parseQueryRequest(urlParameters, {}));
    return reply.code(code).send(body);
  });

  app.post('/v1/query', { schema }, async (request, reply) => {
    const { code, body } = await respond(request, await readPost(request));
    return reply.code(code).send(body);
  });
}
