import type { JsonValue } from '../core/json.js';

/** A value the NLU found for one alias of a template (`@sys.date:date` → alias `date`). */
export interface ExtractedValue {
  /** The resolved value (`"2017-01-02"`, `"on"`, `{"amount":50,"currency":"EUR"}`, a list for `isList`). */
  readonly value: JsonValue;
  /** The words of the query it came from (api.ai's `<p>.original`). */
  readonly original: string;
}

/** One intent the NLU thinks the query expresses. */
export interface IntentCandidate {
  readonly intentId: string;
  /** Confidence in [0, 1], reported as `result.score`. */
  readonly score: number;
  /** Values keyed by alias, as `$alias` in the intent's parameters refers to them. */
  readonly parameters: Readonly<Record<string, ExtractedValue>>;
}

/** A user entity of a session (`/userEntities`, or `entities` of a query). */
export interface SessionEntity {
  readonly name: string;
  readonly entries: readonly { readonly value: string; readonly synonyms: readonly string[] }[];
  /** `true` adds the entries to the developer entity; otherwise they replace its entries. */
  readonly extend?: boolean;
}

export interface MatchOptions {
  /** Names (lower case) of the contexts active when the query is matched. */
  readonly contexts: readonly string[];
  readonly sessionEntities: readonly SessionEntity[];
}

export interface ExtractOptions {
  /** The parameter's `dataType`, e.g. `@sys.date` or `@city`. */
  readonly dataType: string;
  readonly isList: boolean;
  readonly sessionEntities: readonly SessionEntity[];
}

/**
 * The NLU the api.ai reducer needs; the app plugs in `@parley/nlu` (templates, entities, system entities).
 * Both functions must be pure and must not throw.
 */
export interface ApiaiNlu {
  /** Every intent the query may express, in any order; the reducer filters by input contexts and ranks. */
  match(query: string, options: MatchOptions): readonly IntentCandidate[];
  /** Reads one value of `dataType` from a slot-filling answer ("tomorrow" → `2017-01-02`), or `null`. */
  extractParameter(text: string, options: ExtractOptions): ExtractedValue | null;
}
