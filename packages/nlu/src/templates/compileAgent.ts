import { compileEntity, type CompiledEntity } from '../entities/compileEntity.js';
import type { EntityDefinition } from '../entities/entityDefinition.js';
import { isSystemEntityName } from '../system/systemEntityMatch.js';
import type { TokenizeOptions } from '../text/tokenize.js';
import { parseTemplate } from './parseTemplate.js';
import type { Pattern } from './pattern.js';
import { patternFromUserSays, type UserSays } from './patternFromUserSays.js';

/** The parts of an api.ai intent that matching reads. */
export interface IntentDefinition {
  readonly id?: string;
  readonly name: string;
  /** 2015-style templates ("What is the weather in @city:location"). */
  readonly templates?: readonly string[];
  /** Examples and templates in the chunk format. */
  readonly userSays?: readonly UserSays[];
}

/** One compiled expression of an intent. */
export interface CompiledExpression<I extends IntentDefinition = IntentDefinition> {
  readonly intent: I;
  /** Position of the expression within the intent: templates first, then userSays. */
  readonly index: number;
  readonly pattern: Pattern;
  /** Words every match must contain (the top-level literal words), to skip expressions quickly. */
  readonly requiredWords: readonly string[];
}

export interface CompileOptions {
  /** Match regardless of accents ("cafe" finds "café"). Default true. */
  readonly foldAccents?: boolean;
  /** Language of the agent, for case folding. */
  readonly lang?: string;
  /** Typo-tolerant matching for every developer entity (each entity may also ask with `allowFuzzyExtraction`). */
  readonly fuzzyEntities?: boolean;
}

/**
 * An agent's intents and entities compiled for matching. Plain data; build once per agent edit. `I` is the
 * caller's own intent type: matches hand the same objects back.
 */
export interface AgentMatcher<I extends IntentDefinition = IntentDefinition> {
  readonly expressions: readonly CompiledExpression<I>[];
  readonly entities: ReadonlyMap<string, CompiledEntity>;
  readonly tokenizeOptions: TokenizeOptions;
  /** Problems that do not stop matching: unknown entities (never match), unknown system entities (read as `@sys.any`). */
  readonly warnings: readonly string[];
}

function referencesIn(pattern: Pattern): { kind: 'entity' | 'system'; name: string }[] {
  return pattern.flatMap((part) => {
    if (part.kind === 'word') return [];
    if (part.kind === 'choice') return part.options.flatMap(referencesIn);
    return [{ kind: part.kind, name: part.name }];
  });
}

function warningsFor(pattern: Pattern, where: string, entityNames: ReadonlySet<string>): string[] {
  return referencesIn(pattern).flatMap((reference) => {
    if (reference.kind === 'entity') return entityNames.has(reference.name) ? [] : [`${where}: unknown entity @${reference.name}`];
    const known = reference.name === 'any' || reference.name === 'void' || isSystemEntityName(reference.name);
    return known ? [] : [`${where}: @sys.${reference.name} is not recognised; it matches like @sys.any`];
  });
}

/** Compiles intents and entities once; {@link matchAgent} then matches queries against the result. */
export function compileAgent<I extends IntentDefinition>(
  intents: readonly I[], entities: readonly EntityDefinition[], options: CompileOptions = {},
): AgentMatcher<I> {
  const tokenizeOptions: TokenizeOptions = {
    foldAccents: options.foldAccents ?? true,
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  };
  const compiledEntities = new Map(entities.map((entity) =>
    [entity.name, compileEntity(entity, { ...tokenizeOptions, fuzzy: options.fuzzyEntities === true })]));
  const entityNames = new Set(compiledEntities.keys());
  const warnings: string[] = [];
  for (const entity of compiledEntities.values()) {
    for (const synonym of entity.all) warnings.push(...warningsFor(synonym.pattern, `entity ${entity.name}`, entityNames));
  }
  const expressions: CompiledExpression<I>[] = [];
  for (const intent of intents) {
    const patterns = [
      ...(intent.templates ?? []).map((template) => parseTemplate(template, tokenizeOptions)),
      ...(intent.userSays ?? []).map((userSays) => patternFromUserSays(userSays, tokenizeOptions)),
    ];
    patterns.forEach((pattern, index) => {
      warnings.push(...warningsFor(pattern, `intent ${intent.name}`, entityNames));
      const requiredWords = pattern.flatMap((part) => (part.kind === 'word' ? [part.text] : []));
      expressions.push({ intent, index, pattern, requiredWords });
    });
  }
  return { expressions, entities: compiledEntities, tokenizeOptions, warnings: [...new Set(warnings)] };
}
