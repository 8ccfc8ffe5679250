import type { JsonObject } from '../core/json.js';
import type { ApiaiDialogConfig } from './config.js';
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

/** Drops contexts whose time limit has passed (docs/protocols/apiai.md §5: 10 minutes from the last (re)set). */
export function expireContexts(contexts: readonly ActiveContext[], now: number, timeToLiveMs: number): ActiveContext[] {
  return contexts.filter((context) => now - context.setAt < timeToLiveMs && context.lifespan > 0);
}

/**
 * Sets contexts at full lifespan, restarting their clock. Parameters merge into those of a context already
 * active under the same name. A lifespan of 0 (or less) removes the context. Linear in both lists (a Map by
 * name; a context set again moves to the end, as it is the most recently set).
 */
export function setContexts(
  contexts: readonly ActiveContext[],
  toSet: readonly ContextToSet[],
  now: number,
  defaultLifespan: number,
): ActiveContext[] {
  const byName = new Map(contexts.map((context) => [context.name, context]));
  for (const context of toSet) {
    const name = contextKey(context.name);
    const lifespan = context.lifespan ?? defaultLifespan;
    const previous = byName.get(name);
    byName.delete(name);
    if (lifespan <= 0) continue;
    byName.set(name, { name, parameters: { ...previous?.parameters, ...context.parameters }, lifespan, setAt: now });
  }
  return [...byName.values()];
}

/** Which context limit setting `toSet` over `contexts` would break, with its value; undefined if none. */
export interface ContextLimitBreach {
  readonly scope: 'request' | 'session';
  readonly limit: number;
}

/**
 * Checks a client's contexts (request `contexts`, `/contexts` writes) against the limits: at most
 * `maxContextsPerRequest` in one request, and at most `maxContextsPerSession` active once they are set. Linear.
 */
export function contextLimitBreach(
  contexts: readonly ActiveContext[],
  toSet: readonly ContextToSet[],
  config: Pick<ApiaiDialogConfig, 'maxContextsPerRequest' | 'maxContextsPerSession' | 'defaultLifespan'>,
): ContextLimitBreach | undefined {
  if (toSet.length > config.maxContextsPerRequest) return { scope: 'request', limit: config.maxContextsPerRequest };
  const names = new Set(contexts.map((context) => context.name));
  for (const context of toSet) {
    if ((context.lifespan ?? config.defaultLifespan) > 0) names.add(contextKey(context.name));
    else names.delete(contextKey(context.name));
  }
  return names.size > config.maxContextsPerSession ? { scope: 'session', limit: config.maxContextsPerSession } : undefined;
}

/** One query has passed: every lifespan goes down by one and contexts reaching 0 are gone. */
export function decrementContexts(contexts: readonly ActiveContext[]): ActiveContext[] {
  return contexts
    .map((context) => ({ ...context, lifespan: context.lifespan - 1 }))
    .filter((context) => context.lifespan > 0);
}

export function findContext(contexts: readonly ActiveContext[], name: string): ActiveContext | undefined {
  const key = contextKey(name);
  return contexts.find((context) => context.name === key);
}
