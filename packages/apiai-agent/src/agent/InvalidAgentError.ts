// Agent content (an intent, an entity, an export zip) that cannot be read: the server answers it as api.ai's 400
// `bad_request` with this message.
export class InvalidAgentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAgentError';
  }
}
