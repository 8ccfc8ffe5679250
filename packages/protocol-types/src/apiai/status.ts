import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';

// api.ai status object (docs/protocols/apiai.md "Status object", "Status and Error Codes"; docs/protocols/apiai.md §4.1).

/** The errorType values the api.ai documentation lists (docs/protocols/apiai.md; 401 and 406 from the Java SDK's Status model). */
export const apiaiErrorTypes = [
  'success',
  'deprecated',
  'bad_request',
  'unauthorized',
  'not_found',
  'not_allowed',
  'not_acceptable',
  'conflict',
] as const;

export const ApiaiStatus = Type.Object(
  {
    code: Type.Integer({ description: 'HTTP status code; the HTTP status of the response equals it.' }),
    errorType: Type.String({
      pattern: '^[a-z]+(_[a-z]+)*$',
      description: `Machine-readable status: ${apiaiErrorTypes.join(', ')}; the service also uses others (e.g. partial_content with code 206 when a webhook call fails), so clients must accept any snake_case value.`,
    }),
    errorDetails: Type.Optional(
      Type.String({ description: 'What went wrong, e.g. "Json request query property is missing".' }),
    ),
    errorId: Type.Optional(
      Type.String({ description: 'ID of the error (spelled errorID by the Java and JS SDK models).' }),
    ),
    errorID: Type.Optional(Type.String()),
    webhookTimedOut: Type.Optional(
      Type.Boolean({ description: 'Set with partial_content when the webhook timed out.' }),
    ),
  },
  {
    $id: 'apiai.Status',
    description: 'The status object returned with every response: code, errorType, errorDetails.',
  },
);
export type ApiaiStatus = Static<typeof ApiaiStatus>;

export const ApiaiStatusResponse = Type.Object(
  {
    id: Type.Optional(Type.String({ description: 'ID of the created object, or of the request for errors.' })),
    timestamp: Type.Optional(Type.String({ description: 'ISO-8601 UTC time with milliseconds.' })),
    status: inline(ApiaiStatus),
  },
  {
    $id: 'apiai.StatusResponse',
    description: 'A body that only reports a status: every error, and the answer of writes ({id?, status}).',
  },
);
export type ApiaiStatusResponse = Static<typeof ApiaiStatusResponse>;
