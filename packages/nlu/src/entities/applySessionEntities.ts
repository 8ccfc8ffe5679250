import type { TokenizeOptions } from '../text/tokenize.js';
import { compileEntity, indexSynonyms, type CompiledEntity } from './compileEntity.js';
import type { SessionEntity } from './entityDefinition.js';

/**
 * The entities in force for one session: each session entity replaces the developer entity of the same
 * name, or adds its entries to it when `extend` is true (api.ai `/userEntities`, docs/protocols/apiai.md §5).
 * Session entities with no developer entity of that name are added as they are.
 */
export function applySessionEntities(
  entities: ReadonlyMap<string, CompiledEntity>, sessionEntities: readonly SessionEntity[], options: TokenizeOptions,
): ReadonlyMap<string, CompiledEntity> {
  if (sessionEntities.length === 0) return entities;
  const merged = new Map(entities);
  for (const sessionEntity of sessionEntities) {
    const developer = merged.get(sessionEntity.name);
    const compiled = compileEntity(sessionEntity, { ...options, fuzzy: developer?.fuzzy ?? false });
    const flags = { fuzzy: developer?.fuzzy ?? false, expandable: developer?.expandable ?? false };
    merged.set(sessionEntity.name, sessionEntity.extend === true && developer !== undefined
      ? indexSynonyms(sessionEntity.name, flags, [...developer.all, ...compiled.all])
      : indexSynonyms(sessionEntity.name, flags, compiled.all));
  }
  return merged;
}
