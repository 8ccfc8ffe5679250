// An agent's sentences as classifier training data: examples as written, templates with each entity reference
// filled by a few of the entity's synonyms (and system entities by sample values), labelled with the intent id;
// the sentences of fallback intents are negative examples, labelled `outOfScopeLabel`.
import type { TrainingExample } from '@parley/nlu';
import type { Entity, Intent } from '../agent/model.js';

/** Sample words for system entities (docs/protocols/apiai.md "System Entities" examples). */
const systemSamples: Record<string, readonly string[]> = {
  number: ['3', 'two hundred'],
  date: ['tomorrow', 'January 1'],
  'date-time': ['tomorrow at 4 pm'],
  'date-period': ['this weekend'],
  time: ['1 pm', 'half past four'],
  'time-period': ['this afternoon'],
  color: ['green'],
  'given-name': ['John'],
  'on-off': ['on', 'off'],
  any: ['something'],
};

/** The label of fallback intents' sentences: learnt as "none of the intents", never an intent id (ids are UUIDs). */
export const outOfScopeLabel = '#fallback';

/** How many sentences one template may produce. */
const variantsPerTemplate = 3;

const reference = /@(?:\{([^}]*)\}|([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*))(?::[A-Za-z0-9_-]+)?/g;

function samplesFor(name: string, entities: ReadonlyMap<string, Entity>): readonly string[] {
  const dot = name.indexOf('.');
  const [prefix, rest] = dot < 0 ? ['', name] : [name.slice(0, dot), name.slice(dot + 1)];
  if (prefix === 'sys' || prefix === 'system') return rest === 'void' ? [''] : (systemSamples[rest] ?? ['something']);
  const entity = entities.get(rest.toLowerCase());
  return entity === undefined ? [rest] : entity.entries.flatMap((entry) => entry.synonyms.slice(0, 2));
}

function fillTemplate(template: string, entities: ReadonlyMap<string, Entity>): string[] {
  return Array.from({ length: variantsPerTemplate }, (_, variant) =>
    template
      .replace(reference, (_all, inline: string | undefined, name: string | undefined) => {
        const options = inline !== undefined ? inline.split(',').map((option) => option.trim()) : samplesFor(name ?? '', entities);
        return options.length === 0 ? '' : (options[variant % options.length] ?? '');
      })
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

export function trainingExamples(intents: readonly Intent[], entities: readonly Entity[]): TrainingExample[] {
  const byName = new Map(entities.map((entity) => [entity.name.toLowerCase(), entity]));
  const examples: TrainingExample[] = [];
  for (const intent of intents) {
    if (intent.priority < 0 && !intent.fallbackIntent) continue;
    const label = intent.fallbackIntent ? outOfScopeLabel : intent.id;
    for (const says of intent.userSays) {
      const text = says.data.map((part) => part.text).join('');
      const sentences = says.isTemplate ? fillTemplate(text, byName) : [text.trim()];
      for (const sentence of new Set(sentences)) if (sentence !== '') examples.push({ text: sentence, intent: label });
    }
  }
  return examples;
}
