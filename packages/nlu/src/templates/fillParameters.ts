import type { JsonValue } from '../jsonValue.js';

/** An entity found in the text: a system entity (`sys.date`) or a developer entity (`city`). */
export interface EntityMention {
  /** Entity name, with or without a leading `@`; system entities as `sys.<name>`. */
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  /** The characters of the text that were read (api.ai `<param>.original`). */
  readonly text: string;
  readonly value: JsonValue;
}

/** A parameter an intent declares: its name, the entity that fills it, whether it takes every mention. */
export interface IntentParameter {
  readonly name: string;
  /** `@sys.date`, `sys.date`, `@city` or `city`. */
  readonly entity: string;
  readonly isList?: boolean;
}

/** Filled parameters: values and the text each value was read from (a list for list parameters). */
export interface FilledParameters {
  readonly parameters: Record<string, JsonValue>;
  readonly originals: Record<string, JsonValue>;
}

function entityName(entity: string): string {
  return entity.startsWith('@') ? entity.slice(1) : entity;
}

/**
 * Fills an intent's parameters from the entities recognised in the text when no template fixed them: each
 * parameter takes the first unused mention of its entity in text order (a list parameter takes them all).
 * A parameter with no mention is left out.
 */
export function fillParameters(parameters: readonly IntentParameter[], mentions: readonly EntityMention[]): FilledParameters {
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const used = new Set<EntityMention>();
  const filled: FilledParameters = { parameters: {}, originals: {} };
  for (const parameter of parameters) {
    const candidates = ordered.filter((mention) => !used.has(mention) && entityName(mention.entity) === entityName(parameter.entity));
    const taken = parameter.isList === true ? candidates : candidates.slice(0, 1);
    const first = taken[0];
    if (first === undefined) continue;
    taken.forEach((mention) => used.add(mention));
    filled.parameters[parameter.name] = parameter.isList === true ? taken.map((mention) => mention.value) : first.value;
    filled.originals[parameter.name] = parameter.isList === true ? taken.map((mention) => mention.text) : first.text;
  }
  return filled;
}
