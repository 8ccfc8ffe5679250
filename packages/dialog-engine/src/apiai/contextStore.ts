import type { JsonObject } from '../core/json.js';
import type { ActiveContext } from './state.js';

/** A context to set: from a request (`contexts`), from `/contexts`, or an intent's output context. */
export interface ContextToSet {
  readonly name: string;
  readonly parameters?: JsonObject;
  readonly lifespan?: number;
}

/** Context names are case-insensitive in api.ai and reported in lower case. */
export function contextKey(name: string): string {
  return name.toLowerCase();
}

/** Drops contexts whose time limit has passed (reference/apiai.md §5: 10 minutes from the last (re)set). */
export function expireContexts(contexts: readonly ActiveContext[], now: number, timeToLiveMs: number): ActiveContext[] {
  return contexts.filter((context) => now - context.setAt < timeToLiveMs && context.lifespan > 0);
}

/**
 * Sets contexts at full lifespan, restarting their clock. Parameters merge into those of a context already
 * active under the same name. A lifespan of 0 (or less) removes the context.
 */
export function setContexts(
  contexts: readonly ActiveContext[],
  toSet: readonly ContextToSet[],
  now: number,
  defaultLifespan: number,
): ActiveContext[] {
  let result = [...contexts];
  for (const context of toSet) {
    const name = contextKey(context.name);
    const lifespan = context.lifespan ?? defaultLifespan;
    const previous = result.find((active) => active.name === name);
    result = result.filter((active) => active.name !== name);
    if (lifespan <= 0) continue;
    const parameters = { ...previous?.parameters, ...context.parameters };
    result.push({ name, parameters, lifespan, setAt: now });
  }
  return result;
}

/** One query has passed: every lifespan goes down by one and contexts reaching 0 are gone. */
export function decrementContexts(contexts: readonly ActiveContext[]): ActiveContext[] {
  return contexts
    .map((context) => ({ ...context, lifespan: context.lifespan - 1 }))
    .filter((context) => context.lifespan > 0);
}

export function removeContexts(contexts: readonly ActiveContext[], names: readonly string[]): ActiveContext[] {
  const keys = new Set(names.map(contextKey));
  return contexts.filter((context) => !keys.has(context.name));
}

export function findContext(contexts: readonly ActiveContext[], name: string): ActiveContext | undefined {
  const key = contextKey(name);
  return contexts.find((context) => context.name === key);
}
