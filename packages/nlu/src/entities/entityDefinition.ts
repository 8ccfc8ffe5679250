/** One entry of an api.ai entity: a reference value and the phrases that say it. */
export interface EntityEntry {
  readonly value: string;
  readonly synonyms?: readonly string[];
}

/** A developer entity as api.ai stores it (`/entities`, agent zips). */
export interface EntityDefinition {
  readonly name: string;
  readonly entries: readonly EntityEntry[];
  /**
   * Enum (composite) entity: each entry's value is itself an expression, which may reference other
   * entities with aliases (`@sys.number:amount @fruit:fruit`); a match returns an object of those values.
   */
  readonly isEnum?: boolean;
  /** Accept words within a small edit distance of a synonym ("chiken" → "chicken"). */
  readonly allowFuzzyExtraction?: boolean;
  /** Accept unlisted values too: up to {@link EXPANSION_WORDS} words where the entity is expected, valued as written. */
  readonly automatedExpansion?: boolean;
}

/** Longest unlisted value (in words) an entity with `automatedExpansion` accepts. */
export const EXPANSION_WORDS = 3;

/** A session (user) entity: replaces the developer entity of the same name, or extends it with `extend: true`. */
export interface SessionEntity {
  readonly name: string;
  readonly entries: readonly EntityEntry[];
  readonly extend?: boolean;
}
