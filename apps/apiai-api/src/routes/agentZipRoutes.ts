// Agent zips over HTTP (developer token): POST /v1/agent/import replaces the agent's intents and entities with
// those of an export of any generation (body: the zip, or a multipart upload); GET /v1/agent/export downloads
// the agent in the current export layout. api.ai v1 itself offered these only in its console.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiaiAgentImportResponse } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import type { UnzipLimits } from '@parley/apiai-agent/model';
import { replaceAgentContent } from '../agent/replaceAgentContent.js';
import { agentOf } from '../auth/requireToken.js';
import { badRequest } from '../http/ApiAiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { writeReport } from '../protocol/status.js';
import type { AppServices } from '../services.js';
import { agentSettingsFromZip } from '../zip/agentSettingsFromZip.js';
import { readStorableAgentZip } from '../zip/readStorableAgentZip.js';
import { writeAgentZip } from '../zip/writeAgentZip.js';

const zipTypes = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

/** Largest agent zip upload unless the operator says otherwise (APIAI_ZIP_MAX_BYTES). */
export const defaultZipMaxBytes = 50 * 1024 * 1024;

export async function agentZipRoutes(
  fastify: FastifyInstance,
  { services, zipLimit, unzipLimits }: { services: AppServices; zipLimit: number; unzipLimits: UnzipLimits },
): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.addContentTypeParser(zipTypes, { parseAs: 'buffer', bodyLimit: zipLimit }, (_request, body, done) => done(null, body));

  app.post('/v1/agent/import', { schema: { response: replySchemas({ 200: ApiaiAgentImportResponse }) } }, async (request) => {
    const agent = agentOf(request);
    let bytes: Buffer | undefined = Buffer.isBuffer(request.body) ? request.body : undefined;
    if (request.isMultipart()) {
      const file = await request.file();
      bytes = await file?.toBuffer();
    }
    if (bytes === undefined || bytes.length === 0) throw badRequest('Send the agent zip as the request body (application/zip) or as a multipart file');
    const zip = readStorableAgentZip(bytes, unzipLimits);
    const imported = await replaceAgentContent(services, agent.id, zip, { settings: agentSettingsFromZip(zip, agent) });
    return writeReport({ intents: imported.intents.length, entities: imported.entities.length });
  });

  // The zip itself is bytes (no schema); failures are api.ai error bodies.
  fastify.get('/v1/agent/export', { schema: { response: replySchemas({}) } }, async (request, reply) => {
    const agent = agentOf(request);
    const [intents, entities] = await Promise.all([services.intents.list(agent.id), services.entities.list(agent.id)]);
    const zip = writeAgentZip(agent, intents, entities);
    const file = agent.name.replace(/[^A-Za-z0-9_-]+/g, '_') || 'agent';
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${file}.zip"`)
      .send(Buffer.from(zip));
  });
}
