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

  get entities(): EntityMap {
    return { ...this.#entities };
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
