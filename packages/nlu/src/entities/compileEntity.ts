import type { TokenizeOptions } from '../text/tokenize.js';
import { parseTemplate } from '../templates/parseTemplate.js';
import type { Pattern } from '../templates/pattern.js';
import type { EntityDefinition, EntityEntry, SessionEntity } from './entityDefinition.js';

/** One way of saying an entity value, compiled. */
interface EntitySynonym {
  readonly pattern: Pattern;
  /** The reference value; for composite entries whose pattern has aliases, the value is built from them. */
  readonly value: string;
  /** True when the value is the object of the pattern's aliased parts (composite `isEnum` entries). */
  readonly composite: boolean;
}

/** An entity ready for matching. */
export interface CompiledEntity {
  readonly name: string;
  readonly fuzzy: boolean;
  /** `automatedExpansion`: unlisted values are accepted too. */
  readonly expandable: boolean;
  /** Synonyms whose pattern starts with a word, indexed by that word. */
  readonly byFirstWord: ReadonlyMap<string, readonly EntitySynonym[]>;
  /** Synonyms that start with a reference or choice. */
  readonly other: readonly EntitySynonym[];
  /** Every synonym (used by fuzzy matching, where the first word may be misspelt). */
  readonly all: readonly EntitySynonym[];
}

function hasAlias(pattern: Pattern): boolean {
  return pattern.some((part) => part.kind !== 'word' && part.alias !== undefined);
}

function synonymsOf(entry: EntityEntry, isEnum: boolean, options: TokenizeOptions): EntitySynonym[] {
  const phrases = isEnum
    ? [entry.value, ...(entry.synonyms ?? []).filter((synonym) => synonym !== entry.value)]
    : (entry.synonyms !== undefined && entry.synonyms.length > 0 ? entry.synonyms : [entry.value]);
  return phrases
    .map((phrase) => parseTemplate(phrase, options))
    .filter((pattern) => pattern.length > 0)
    .map((pattern) => ({ pattern, value: entry.value, composite: isEnum && hasAlias(pattern) }));
}

/** Compiles a developer entity (or a session entity, which has the same entries). */
export function compileEntity(
  definition: EntityDefinition | SessionEntity, options: TokenizeOptions & { readonly fuzzy?: boolean } = {},
): CompiledEntity {
  const isEnum = 'isEnum' in definition && definition.isEnum === true;
  const fuzzy = options.fuzzy === true || ('allowFuzzyExtraction' in definition && definition.allowFuzzyExtraction === true);
  const expandable = 'automatedExpansion' in definition && definition.automatedExpansion === true;
  const all = definition.entries.flatMap((entry) => synonymsOf(entry, isEnum, options));
  return indexSynonyms(definition.name, { fuzzy, expandable }, all);
}

/** Builds the lookup structure over a list of synonyms. */
export function indexSynonyms(
  name: string, flags: Pick<CompiledEntity, 'fuzzy' | 'expandable'>, all: readonly EntitySynonym[],
): CompiledEntity {
  const byFirstWord = new Map<string, EntitySynonym[]>();
  const other: EntitySynonym[] = [];
  for (const synonym of all) {
    const first = synonym.pattern[0];
    if (first?.kind === 'word') {
      const list = byFirstWord.get(first.text) ?? [];
      list.push(synonym);
      byFirstWord.set(first.text, list);
    } else {
      other.push(synonym);
    }
  }
  return { name, ...flags, byFirstWord, other, all };
}
