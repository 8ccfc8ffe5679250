import {
  compileAgent, type AgentMatcher, type CompiledExpression, type CompileOptions, type IntentDefinition,
} from '../templates/compileAgent.js';
import type { Pattern, PatternPart } from '../templates/pattern.js';
import { tokenize, type TokenizeOptions } from '../text/tokenize.js';
import type { Exemplar } from './exemplar.js';
import { slotPattern } from './slotPattern.js';

/** Exemplars compiled for matching. */
export interface ExemplarMatcher {
  readonly agent: AgentMatcher<IntentDefinition>;
  readonly exemplars: ReadonlyMap<string, Exemplar>;
}

/** `${p_name}`, `${p_name:const}` (any option after the colon) and `$p_name`. */
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Compiles one utterance; undefined when it names a placeholder the exemplar does not declare. */
export function utterancePattern(utterance: string, exemplar: Exemplar, options: TokenizeOptions): Pattern | undefined {
  const parts: PatternPart[] = [];
  let last = 0;
  for (const placeholder of utterance.matchAll(PLACEHOLDER)) {
    const name = placeholder[1] ?? placeholder[2] ?? '';
    const type = exemplar.args[name];
    if (type === undefined) return undefined;
    for (const token of tokenize(utterance.slice(last, placeholder.index), options)) parts.push({ kind: 'word', text: token.text });
    parts.push(slotPattern(name, type, options));
    last = placeholder.index + placeholder[0].length;
  }
  for (const token of tokenize(utterance.slice(last), options)) parts.push({ kind: 'word', text: token.text });
  return parts;
}

/** Compiles Almond dataset exemplars; {@link matchExemplars} matches commands against the result. */
export function compileExemplars(exemplars: readonly Exemplar[], options: CompileOptions = {}): ExemplarMatcher {
  const agent = compileAgent<IntentDefinition>([], [], options);
  const expressions: CompiledExpression<IntentDefinition>[] = [];
  const warnings: string[] = [];
  for (const exemplar of exemplars) {
    // One intent object per exemplar: matches are grouped by intent, so each exemplar is reported once.
    const intent = { id: exemplar.id, name: exemplar.id };
    exemplar.utterances.forEach((utterance, index) => {
      const pattern = utterancePattern(utterance, exemplar, agent.tokenizeOptions);
      if (pattern === undefined) {
        warnings.push(`exemplar ${exemplar.id}: undeclared placeholder in "${utterance}"`);
        return;
      }
      const requiredWords = pattern.flatMap((part) => (part.kind === 'word' ? [part.text] : []));
      expressions.push({ intent, index, pattern, requiredWords });
    });
  }
  return {
    agent: { ...agent, expressions, warnings },
    exemplars: new Map(exemplars.map((exemplar) => [exemplar.id, exemplar])),
  };
}
