import { applySessionEntities } from '../entities/applySessionEntities.js';
import type { SessionEntity } from '../entities/entityDefinition.js';
import type { JsonValue } from '../jsonValue.js';
import type { RecognitionContext } from '../system/systemEntityMatch.js';
import { tokenize } from '../text/tokenize.js';
import type { AgentMatcher, IntentDefinition } from './compileAgent.js';
import { candidateExpressions } from './expressionIndex.js';
import { createQueryContext } from './queryContext.js';
import { matchPattern, originalText, type Capture, type PatternMatch } from './matchPattern.js';

/** A parameter read from the query: api.ai's `$alias` (value) and `$alias.original` (the user's words). */
export interface MatchedParameter {
  /** `@sys.date`, `@city`, or `@{}` for an inline entity. */
  readonly entity: string;
  /** The reference value; an array when the alias occurs more than once. */
  readonly value: JsonValue;
  /** The user's words; an array when the alias occurs more than once. */
  readonly original: string | readonly string[];
}

/** One intent expression that matches the whole query. */
export interface TemplateMatch<I extends IntentDefinition = IntentDefinition> {
  readonly intent: I;
  /** Which expression matched: index into the intent's templates, then userSays. */
  readonly expressionIndex: number;
  /** 1 for a match on words and entities alone; lower when `@sys.any` takes words or spelling was corrected. */
  readonly score: number;
  readonly parameters: Readonly<Record<string, MatchedParameter>>;
}

export interface MatchOptions extends RecognitionContext {
  /** Session (user) entities in force for this query: they replace or extend developer entities. */
  readonly sessionEntities?: readonly SessionEntity[];
  /** Keep at most this many matches (best first). Default 10. */
  readonly limit?: number;
}

/** Options of {@link matchAgent}: those of every matcher, plus which intents may match. */
export interface AgentMatchOptions<I extends IntentDefinition> extends MatchOptions {
  /** Only intents for which this holds are tried (for example those whose input contexts are active). */
  readonly allow?: (intent: I) => boolean;
}

/** The reference time, zone and language among the options. */
export function recognitionOf(options: RecognitionContext): RecognitionContext {
  return {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  };
}

/** Most complete readings examined per expression; bounds the work of expressions with several `@sys.any`. */
const READINGS_PER_EXPRESSION = 64;

function scoreOf(match: PatternMatch, tokenCount: number): number {
  const anyShare = tokenCount === 0 ? 0 : match.anyTokens / tokenCount;
  return (1 - 0.5 * anyShare) * 0.9 ** match.typos;
}

function parametersOf(captures: readonly Capture[], original: (capture: Capture) => string): Record<string, MatchedParameter> {
  const byAlias = new Map<string, Capture[]>();
  for (const capture of captures) byAlias.set(capture.alias, [...(byAlias.get(capture.alias) ?? []), capture]);
  const parameters: Record<string, MatchedParameter> = {};
  for (const [alias, list] of byAlias) {
    const [first] = list;
    if (first === undefined) continue;
    parameters[alias] = list.length === 1
      ? { entity: first.entity, value: first.value, original: original(first) }
      : { entity: first.entity, value: list.map((capture) => capture.value), original: list.map(original) };
  }
  return parameters;
}

/** Better first: higher score, then more literal words (the more specific expression), then fewer captures. */
function better(a: PatternMatch, b: PatternMatch, tokenCount: number): boolean {
  const scoreA = scoreOf(a, tokenCount);
  const scoreB = scoreOf(b, tokenCount);
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (a.literals !== b.literals) return a.literals > b.literals;
  return a.captures.length < b.captures.length;
}

/**
 * Of two readings of one intent, the better: higher score, then more captured parameters (an example that annotates
 * its words beats the same words written plainly in another example of the intent), then more literal words.
 */
function betterForIntent(a: PatternMatch, b: PatternMatch, tokenCount: number): boolean {
  const scoreA = scoreOf(a, tokenCount);
  const scoreB = scoreOf(b, tokenCount);
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (a.captures.length !== b.captures.length) return a.captures.length > b.captures.length;
  return a.literals > b.literals;
}

/**
 * Matches a query against every expression of a compiled agent and returns the intents whose expressions
 * cover the whole query, best first (one entry per intent, its best reading). Pass `now` (and `timeZone`,
 * `lang`) for date and time entities.
 */
export function matchAgent<I extends IntentDefinition>(
  matcher: AgentMatcher<I>, text: string, options: AgentMatchOptions<I> = {},
): TemplateMatch<I>[] {
  const tokens = tokenize(text, matcher.tokenizeOptions);
  const present = new Set(tokens.map((token) => token.text));
  const entities = applySessionEntities(matcher.entities, options.sessionEntities ?? [], matcher.tokenizeOptions);
  const query = createQueryContext(text, tokens, entities, recognitionOf(options));
  const best = new Map<I, { match: PatternMatch; index: number; order: number }>();
  const allowed = new Map<I, boolean>();
  for (const order of candidateExpressions(matcher.expressions, present)) {
    const expression = matcher.expressions[order];
    if (expression === undefined || !expression.requiredWords.every((word) => present.has(word))) continue;
    if (options.allow !== undefined) {
      const verdict = allowed.get(expression.intent) ?? options.allow(expression.intent);
      allowed.set(expression.intent, verdict);
      if (!verdict) continue;
    }
    let readings = 0;
    for (const match of matchPattern(expression.pattern, 0, query, { defaultAliases: true, typos: false }, tokens.length)) {
      const current = best.get(expression.intent);
      if (current === undefined || betterForIntent(match, current.match, tokens.length)) {
        best.set(expression.intent, { match, index: expression.index, order: current?.order ?? order });
      }
      if (++readings >= READINGS_PER_EXPRESSION) break;
    }
  }
  return [...best.entries()]
    .sort(([, a], [, b]) => (better(a.match, b.match, tokens.length) ? -1 : better(b.match, a.match, tokens.length) ? 1 : a.order - b.order))
    .slice(0, options.limit ?? 10)
    .map(([intent, { match, index }]) => ({
      intent,
      expressionIndex: index,
      score: scoreOf(match, tokens.length),
      parameters: parametersOf(match.captures, (capture) => capture.original ?? originalText(query, capture.start, capture.end)),
    }));
}
