// The response schemas of a /me/api route: its own answers by status code, and the `{error, code?}` body of every
// failure (errorHandling.ts; the plain-text 401 is sent as it is).
import { AlmondError } from '@parley/protocol-types';
import { replySchemas as withFailures } from '@parley/server-kit';

export const replySchemas = <Answers extends object>(answers: Answers) => withFailures(answers, AlmondError);
