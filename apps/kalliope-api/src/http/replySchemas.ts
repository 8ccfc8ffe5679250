// The response schemas of a Kalliope route: its own answers by status code, and Kalliope's JSON error body for every
// failure (HTML error pages are sent as they are; see kalliopeErrors.ts).
import { KalliopeError } from '@parley/protocol-types';
import { replySchemas as withFailures } from '@parley/server-kit';

export const replySchemas = <Answers extends object>(answers: Answers) => withFailures(answers, KalliopeError);
