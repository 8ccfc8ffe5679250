import { jsonSchemaBundle } from '@parley/protocol-types';

const ref = (name: string) => ({ $ref: `#/components/schemas/kalliope.${name}` });
const jsonContent = (name: string) => ({ 'application/json': { schema: ref(name) } });
const answer = (description: string, name: string) => ({ description, content: jsonContent(name) });
const error = (description: string) => answer(description, 'Error');
const unauthorized = { description: 'HTTP Basic credentials missing or wrong (when password_protected)' };
const nameParameter = { name: 'name', in: 'path', required: true, schema: { type: 'string' } };

/** The OpenAPI 3.1 document of the Kalliope REST API, its schemas taken from @parley/protocol-types. */
export function openApiDocument(): Record<string, unknown> {
  const kalliopeSchemas = Object.fromEntries(
    Object.entries(jsonSchemaBundle().$defs).filter(([name]) => name.startsWith('kalliope.')),
  );
  const switchPath = (status: string, request: string, missing: string) => ({
    get: { responses: { 200: answer('The switch', status), 400: error('No order signal'), 401: unauthorized } },
    post: {
      requestBody: { content: jsonContent(request) },
      responses: { 200: answer('The new value', status), 400: error(missing), 401: unauthorized },
    },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Parley Kalliope API', version: '0.5.0', description: 'Drop-in Kalliope REST API (0.5 and 0.7 routes).' },
    paths: {
      '/': { get: { responses: { 200: answer('The Kalliope version', 'Version'), 401: unauthorized } } },
      '/synapses': {
        get: { responses: { 200: answer('Every synapse in brain order', 'SynapseList'), 401: unauthorized } },
        post: {
          requestBody: { required: true, content: jsonContent('SynapseCreateRequest') },
          responses: { 201: answer('The added synapse (in memory)', 'Synapse'), 400: error("'name' not set, or an invalid synapse"), 401: unauthorized },
        },
      },
      '/synapses/{name}': {
        get: {
          parameters: [nameParameter],
          responses: { 200: answer('One synapse', 'SynapseDetail'), 401: unauthorized, 404: error('Unknown synapse') },
        },
        delete: {
          parameters: [nameParameter],
          responses: { 204: { description: 'Removed' }, 401: unauthorized, 404: error('Unknown synapse') },
        },
      },
      '/neurons': {
        get: {
          responses: {
            200: {
              description: 'The neuron modules: {"community": […], "core": […]}',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { community: { type: 'array', items: { type: 'string' } }, core: { type: 'array', items: { type: 'string' } } },
                  },
                },
              },
            },
            401: unauthorized,
          },
        },
      },
      '/shutdown/': { post: { responses: { 200: { description: 'Shutting down...' }, 401: unauthorized } } },
      '/synapses/start/id/{name}': {
        post: {
          parameters: [nameParameter],
          requestBody: { required: false, content: jsonContent('RunByIdRequest') },
          responses: { 201: answer('What ran', 'RunResponse'), 401: unauthorized, 404: error('Unknown synapse') },
        },
      },
      '/synapses/start/order': {
        post: {
          requestBody: { required: true, content: jsonContent('RunByOrderRequest') },
          responses: { 201: answer('What ran', 'RunResponse'), 400: error("'order' not set"), 401: unauthorized },
        },
      },
      '/synapses/start/audio': {
        post: {
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { file: { type: 'string', format: 'binary' }, no_voice: { type: 'string' }, mute: { type: 'string' } },
                  required: ['file'],
                },
              },
            },
          },
          responses: { 201: answer('What ran', 'RunResponse'), 400: error('No file, or no synapse matched'), 401: unauthorized },
        },
      },
      '/mute': switchPath('MuteStatus', 'MuteRequest', "'mute' not set"),
      '/settings/mute': switchPath('MuteStatus', 'MuteRequest', "'mute' not set"),
      '/settings/deaf': switchPath('DeafStatus', 'DeafRequest', "'deaf' not set"),
      '/healthz': {
        get: {
          security: [],
          description: 'Readiness: runs select 1 on the database (2 s limit)',
          responses: {
            200: { description: '{"status":"ok"}' },
            503: { description: '{"status":"unavailable","reason":"database unreachable"}' },
          },
        },
      },
    },
    components: { schemas: kalliopeSchemas, securitySchemes: { basic: { type: 'http', scheme: 'basic' } } },
    security: [{ basic: [] }],
  };
}
