/** A program the user cannot run as submitted or under the operator's limits: answered 400 `{error: message}`. */
export class ProgramError extends Error {}
