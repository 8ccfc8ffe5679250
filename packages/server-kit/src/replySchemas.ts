// The response schemas of a route by status code, with the app's error body declared for every 4xx and 5xx answer:
// Fastify serialises each answer through the schema of its status (fast-json-stringify), so the schemas are the
// contract of the wire format. Bodies that are not JSON (HTML error pages, files) are sent as they are.

export type ReplySchemas<Answers extends object, Failure extends object> = Answers & { '4xx': Failure; '5xx': Failure };

export function replySchemas<Answers extends object, Failure extends object>(
  answers: Answers,
  failure: Failure,
): ReplySchemas<Answers, Failure> {
  return { ...answers, '4xx': failure, '5xx': failure };
}
