import { randomUUID } from 'node:crypto';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => uuidPattern.test(value);

/** The given id when it is a UUID (ids survive export/import), a fresh one otherwise. */
export const keepOrCreateId = (candidate: string | undefined): string =>
  candidate !== undefined && isUuid(candidate) ? candidate.toLowerCase() : randomUUID();
