/** Tunables of the api.ai dialog (docs/protocols/apiai.md §10: lifespan 5 and 10 minutes by default). */
export interface ApiaiDialogConfig {
  /** Lifespan of a context that does not say its own (request contexts, output contexts). */
  readonly defaultLifespan: number;
  /** A context expires this long after it was last set, whatever its lifespan. */
  readonly contextTimeToLiveMs: number;
  /** Candidates scoring below this are ignored (the query then goes to the fallback intent). */
  readonly minScore: number;
  /** Answers that abandon slot filling (compared case-insensitively, surrounding punctuation ignored). */
  readonly cancelWords: readonly string[];
  /** Re-prompts for the same parameter before slot filling is abandoned. */
  readonly maxReprompts: number;
  /** Most contexts one request may set (a query's `contexts`, a `/contexts` write); more are refused. */
  readonly maxContextsPerRequest: number;
  /** Most contexts a session may hold once a client's contexts are set; a request going past it is refused. */
  readonly maxContextsPerSession: number;
}

export const DEFAULT_APIAI_DIALOG_CONFIG: ApiaiDialogConfig = {
  defaultLifespan: 5,
  contextTimeToLiveMs: 10 * 60 * 1000,
  minScore: 0,
  cancelWords: ['cancel', 'stop', 'nevermind', 'never mind', 'forget it', 'exit', 'quit'],
  maxReprompts: 3,
  maxContextsPerRequest: 30,
  maxContextsPerSession: 100,
};

export function resolveApiaiConfig(overrides: Partial<ApiaiDialogConfig> | undefined): ApiaiDialogConfig {
  return { ...DEFAULT_APIAI_DIALOG_CONFIG, ...overrides };
}
