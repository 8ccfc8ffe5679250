import type { Value } from '../ast/index.js';
import { entityMatches, valueToEntity } from './entities.js';
import type { EntityMap } from './entities.js';
import type { EntityLookup } from './nnWriter.js';

/**
 * Gives every value its own placeholder, numbered per type in order of appearance, and reuses it for an
 * equal value (thingtalk 1.x `SequentialEntityAllocator`): how programs become NN code without a sentence.
 */
export class EntityAllocator implements EntityLookup {
  readonly #entities: Record<string, unknown> = {};
  readonly #next = new Map<string, number>();

  /**
   * Renumbers the placeholders in the order they appear in `code` (filters are sorted after their values got
   * placeholders), so that equal programs always give equal code and entities.
   */
  renumber(code: readonly string[]): { code: string[]; entities: EntityMap } {
    const renamed = new Map<string, string>();
    const counts = new Map<string, number>();
    const entities: Record<string, unknown> = {};
    const result = code.map((token) => {
      if (!Object.hasOwn(this.#entities, token)) return token;
      let name = renamed.get(token);
      if (name === undefined) {
        const type = token.slice(0, token.lastIndexOf('_'));
        const index = counts.get(type) ?? 0;
        counts.set(type, index + 1);
        name = `${type}_${index}`;
        renamed.set(token, name);
        entities[name] = this.#entities[token];
      }
      return name;
    });
    return { code: result, entities };
  }

  find(type: string, v: Value): string[] {
    for (const [key, raw] of Object.entries(this.#entities)) {
      if (key.startsWith(`${type}_`) && /^\d+$/.test(key.slice(type.length + 1)) && entityMatches(type, raw, v)) return [key];
    }
    const index = this.#next.get(type) ?? 0;
    this.#next.set(type, index + 1);
    const key = `${type}_${index}`;
    this.#entities[key] = valueToEntity(type, v);
    return [key];
  }
}
