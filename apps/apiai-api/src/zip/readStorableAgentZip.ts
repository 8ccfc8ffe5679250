// Agent zips as this server reads them: @parley/apiai-agent's reader, with NUL characters refused as in requests
// (Postgres cannot store them), naming the file and field.
import { readAgentZip, type AgentZip, type UnzipLimits } from '@parley/apiai-agent/model';
import { findNulCharacter } from '@parley/server-kit';
import { badRequest } from '../http/ApiAiError.js';

export function readStorableAgentZip(zip: Uint8Array, limits: UnzipLimits): AgentZip {
  return readAgentZip(zip, limits, {
    checkJson(json, path) {
      const where = findNulCharacter(json, path);
      if (where !== undefined) throw badRequest(`Invalid agent zip: ${where} contains a NUL character (U+0000)`);
    },
  });
}
