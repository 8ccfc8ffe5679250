import type { SessionEntity } from './ports.js';

/** User entities persist for the session; a later entity with the same name replaces the earlier one (docs/protocols/apiai.md §5). */
export function mergeSessionEntities(current: readonly SessionEntity[], added: readonly SessionEntity[]): SessionEntity[] {
  const addedNames = new Set(added.map((entity) => entity.name));
  return [...current.filter((entity) => !addedNames.has(entity.name)), ...added];
}
