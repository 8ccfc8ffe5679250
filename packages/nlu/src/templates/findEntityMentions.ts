import { applySessionEntities } from '../entities/applySessionEntities.js';
import type { EntityMention } from './fillParameters.js';
import { recognizeSystemEntities } from '../system/recognizeSystemEntities.js';
import { RECOGNIZED_SYSTEM_ENTITIES, type SystemEntityName } from '../system/systemEntityMatch.js';
import { tokenize } from '../text/tokenize.js';
import type { AgentMatcher, IntentDefinition } from './compileAgent.js';
import { recognitionOf, type MatchOptions } from './matchAgent.js';
import { entitySpansAt, originalText } from './matchPattern.js';
import { createQueryContext } from './queryContext.js';

/** Overlapping mentions conflict, except system readings of one span (a number and its integer reading). */
function conflict(a: EntityMention, b: EntityMention): boolean {
  const overlap = a.start < b.end && b.start < a.end;
  const companions = a.start === b.start && a.end === b.end && a.entity.startsWith('sys.') && b.entity.startsWith('sys.');
  return overlap && !companions;
}

export interface MentionOptions extends MatchOptions {
  /**
   * System entities to look for (default: all). The recognizers take milliseconds each; pass the entities the
   * chosen intent's parameters use to keep the query fast.
   */
  readonly systemEntities?: readonly SystemEntityName[];
}

/**
 * Every developer, session and system entity mentioned in `text`, without overlaps (the longest mention
 * wins; on equal length a developer entity beats a system one). This is what fills an intent's parameters
 * when the classifier, not a template, chose the intent.
 */
export function findEntityMentions(matcher: AgentMatcher<IntentDefinition>, text: string, options: MentionOptions = {}): EntityMention[] {
  const tokens = tokenize(text, matcher.tokenizeOptions);
  const entities = applySessionEntities(matcher.entities, options.sessionEntities ?? [], matcher.tokenizeOptions);
  const query = createQueryContext(text, tokens, entities, recognitionOf(options));
  const developer: EntityMention[] = [];
  tokens.forEach((token, start) => {
    for (const name of entities.keys()) {
      for (const span of entitySpansAt(query, name, start)) {
        // Unlisted values (automatedExpansion) are only read where a template expects the entity.
        if (span.end <= start || span.expanded === true) continue;
        const last = tokens[span.end - 1] ?? token;
        developer.push({ entity: name, start: token.start, end: last.end, text: originalText(query, start, span.end), value: span.value });
      }
    }
  });
  const system = recognizeSystemEntities(text, {
    ...recognitionOf(options),
    entities: options.systemEntities ?? RECOGNIZED_SYSTEM_ENTITIES,
  }).map((match): EntityMention => ({ ...match, entity: `sys.${match.entity}` }));
  const ordered = [...developer, ...system].sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const kept: EntityMention[] = [];
  for (const mention of ordered) {
    if (kept.every((other) => !conflict(mention, other))) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
