import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { ApiaiStatus } from './status.js';

// Agent zips over HTTP (docs/protocols/apiai.md §7): api.ai v1 offered import and export in its console only; the
// answer of an import counts what the agent holds afterwards.

export const ApiaiAgentImportResponse = Type.Object(
  {
    intents: Type.Integer({ minimum: 0, description: 'Number of intents imported.' }),
    entities: Type.Integer({ minimum: 0, description: 'Number of entities imported.' }),
    status: inline(ApiaiStatus),
  },
  { $id: 'apiai.AgentImportResponse', description: 'Answer of POST /v1/agent/import: how many intents and entities it imported.' },
);
export type ApiaiAgentImportResponse = Static<typeof ApiaiAgentImportResponse>;
