// Filters of queries in English (TT `describe.js` _describeFilteredTable, 1.10 wording). On a list query, each
// equality clause (`==`, `=~`, contains, in_array) on an argument with a canonical phrase becomes part of the noun
// phrase — "cheap restaurants on Yelp rated 4 star that have Mexican food near Palo Alto" — by the kind of phrase
// its `#_[canonical]` names as default; the other clauses follow as "such that …".
import type { ArgumentDef, InputParam, Predicate, Table, Value } from '../ast/index.js';
import { cleanName } from './cleanName.js';
import type { DescribeContext } from './describeContext.js';
import { describePredicate } from './describePredicate.js';
import { describeTable } from './describeTable.js';
import { describeValue } from './describeValue.js';
import { listOf, listOfAlternatives } from './listOf.js';
import { tableSignature } from './tableSignature.js';

type Atom = Extract<Predicate, { type: 'Atom' }>;

const EQUALITY = new Set(['==', '=~', 'contains', 'contains~', '~contains', 'in_array', 'in_array~', '~in_array']);
const ALTERNATIVES = new Set(['in_array', 'in_array~', '~in_array']);
/** The short names of phrase kinds in older Thingpedia annotations, and back. */
const NEW_NAMES: Readonly<Record<string, string>> = {
  npp: 'property',
  npi: 'reverse_property',
  avp: 'verb',
  pvp: 'passive_verb',
  apv: 'adjective',
  npv: 'implicit_identity',
};
const OLD_NAMES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(NEW_NAMES).map(([short, long]) => [long, short]));

interface Phrase {
  readonly clause: Atom;
  /** `base`, `property`, `reverse_property`, `verb`, `adjective`, `passive_verb` or `preposition`. */
  readonly kind: string;
  /** The phrase, with `#` where the value goes (`rated # star`), or before the value (`caption`). */
  readonly form: string;
}

function firstString(value: Value | undefined): string | null {
  const first = value?.type === 'Array' ? value.value[0] : value;
  return first?.type === 'String' ? first.value : null;
}

/** The phrase an argument's `#_[canonical]` gives for an equality clause, or null when it gives none. */
function phraseOf(clause: Atom, arg: ArgumentDef): Phrase | null {
  const canonical = arg.annotations.nl.canonical;
  if (canonical?.type !== 'Object') {
    const base = canonical?.type === 'String' ? canonical.value : cleanName(arg.name);
    return { clause, kind: 'base', form: base };
  }
  const forms = canonical.value;
  const declared = forms.default?.type === 'String' ? forms.default.value : 'base';
  const kind = NEW_NAMES[declared] ?? declared;
  if (kind === 'implicit_identity') return null;
  const oldName = OLD_NAMES[kind];
  const form = firstString(forms[kind] ?? (oldName !== undefined ? forms[oldName] : undefined));
  return form === null || form === '' ? null : { clause, kind, form };
}

function flatten(p: Predicate): Predicate[] {
  if (p.type === 'And') return p.operands.flatMap(flatten);
  return p.type === 'True' && p.dontCare === undefined ? [] : [p];
}

/** Adjectives and passive verbs first, prepositions last (a stable sort). */
function rank(kind: string): number {
  if (kind === 'adjective' || kind === 'passive_verb') return 0;
  return kind === 'preposition' ? 2 : 1;
}

function attach(kind: string, table: string, filter: string, first: boolean): string {
  switch (kind) {
    case 'adjective':
      return `${filter} ${table}`;
    case 'passive_verb':
    case 'preposition':
      return `${table} ${filter}`;
    case 'reverse_property':
      return `${table} ${first ? 'that' : 'and'} are ${filter}`;
    case 'verb':
      return `${table} ${first ? 'that' : 'and'} ${filter}`;
    default:
      return `${table} ${first ? 'that' : 'and'} have ${filter}`;
  }
}

export function describeFilteredTable(ctx: DescribeContext, table: Extract<Table, { type: 'Filter' }>, extraInParams: readonly InputParam[]): string {
  const inner = describeTable(ctx, table.table, extraInParams);
  const signature = tableSignature(ctx, table);
  if (!signature.isList) return `${inner} such that ${describePredicate(ctx, table.filter, signature.args)}`;

  const phrases: Phrase[] = [];
  const others: Predicate[] = [];
  for (const clause of flatten(table.filter)) {
    const arg = clause.type === 'Atom' && EQUALITY.has(clause.operator) ? signature.args.get(clause.name) : undefined;
    const phrase = clause.type === 'Atom' && arg !== undefined ? phraseOf(clause, arg) : null;
    if (phrase === null) others.push(clause);
    else phrases.push(phrase);
  }
  phrases.sort((a, b) => rank(a.kind) - rank(b.kind));

  let description = inner;
  let first = true;
  for (const { clause, kind, form } of phrases) {
    const value =
      clause.value.type === 'Array'
        ? (ALTERNATIVES.has(clause.operator) ? listOfAlternatives : listOf)(clause.value.value.map((item) => describeValue(item, {}, ctx.options)))
        : describeValue(clause.value, {}, ctx.options);
    const filter = form.includes('#') ? form.replace('#', value) : `${form} ${value}`;
    description = attach(kind, description, filter, first);
    if (kind !== 'adjective' && kind !== 'passive_verb') first = false;
  }
  if (others.length === 0) return description;
  const [only] = others;
  const rest: Predicate = others.length === 1 && only !== undefined ? only : { type: 'And', operands: others };
  return `${description} such that ${describePredicate(ctx, rest, signature.args)}`;
}
