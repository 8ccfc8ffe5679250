// The response schemas of an Almond route: its own answers by status code, and the body of every failure — the
// `{error, code?}` of the REST API (errorHandling.ts; the plain-text 401 is sent as it is), or the RFC 6749
// `{error, error_description}` of the OAuth token and revocation endpoints.
import { AlmondError, AlmondOAuthError } from '@parley/protocol-types';
import { replySchemas as withFailures } from '@parley/server-kit';

export const replySchemas = <Answers extends object>(answers: Answers) => withFailures(answers, AlmondError);

export const oauthReplySchemas = <Answers extends object>(answers: Answers) => withFailures(answers, AlmondOAuthError);
