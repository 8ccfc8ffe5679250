// Ids of intents, entities and examples: UUIDs, from the Web Crypto API (Node 20, browsers, workers).
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A fresh random UUID. */
export const newId = (): string => globalThis.crypto.randomUUID();

export const isUuid = (value: string): boolean => uuidPattern.test(value);

/** The given id when it is a UUID (ids survive export/import), a fresh one otherwise. */
export const keepOrCreateId = (candidate: string | undefined): string =>
  candidate !== undefined && isUuid(candidate) ? candidate.toLowerCase() : newId();
