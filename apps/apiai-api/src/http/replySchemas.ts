// The response schemas of an api.ai route: its own answers by status code, and the api.ai error body of every
// failure (see errorHandling.ts).
import { ApiaiStatusResponse } from '@parley/protocol-types';
import { replySchemas as withFailures } from '@parley/server-kit';

export const replySchemas = <Answers extends object>(answers: Answers) => withFailures(answers, ApiaiStatusResponse);
