import type { Entity, Intent } from '@parley/apiai-agent/model';
// The phrases a voice query may say, for the recognizer's grammar: the agent's examples as written and its
// templates with developer entities expanded into their synonyms (inline `@{a, b}` into its options); system
// entities stay open as `{{ name }}` placeholders (the recognizer falls back to its language model for those).

/** Bounds that keep the grammar small enough to compile quickly. */
const maxPerTemplate = 200;
const maxPhrases = 5000;

const reference = /@(?:\{([^}]*)\}|([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*))(?::[A-Za-z0-9_-]+)?/;

function alternatives(inline: string | undefined, name: string | undefined, entities: ReadonlyMap<string, Entity>): string[] {
  if (inline !== undefined) return inline.split(',').map((option) => option.trim().replace(/^@?sys(tem)?\.void$/, ''));
  const written = name ?? '';
  const dot = written.indexOf('.');
  const prefix = dot < 0 ? '' : written.slice(0, dot);
  const rest = dot < 0 ? written : written.slice(dot + 1);
  if (prefix === 'sys' || prefix === 'system') return rest === 'void' ? [''] : [`{{ ${rest.replace(/[^A-Za-z0-9_]/g, '_')} }}`];
  const entity = entities.get(rest.toLowerCase());
  return entity === undefined ? [] : entity.entries.flatMap((entry) => entry.synonyms);
}

function expand(template: string, entities: ReadonlyMap<string, Entity>): string[] {
  const match = reference.exec(template);
  if (match === null) return [template];
  const before = template.slice(0, match.index);
  const after = template.slice(match.index + match[0].length);
  const phrases: string[] = [];
  for (const option of alternatives(match[1], match[2], entities)) {
    for (const rest of expand(after, entities)) {
      phrases.push(`${before}${option}${rest}`);
      if (phrases.length >= maxPerTemplate) return phrases;
    }
  }
  return phrases;
}

export function grammarPhrases(intents: readonly Intent[], entities: readonly Entity[]): string[] {
  const byName = new Map(entities.map((entity) => [entity.name.toLowerCase(), entity]));
  const phrases = new Set<string>();
  for (const intent of intents) {
    for (const says of intent.userSays) {
      const text = says.data.map((part) => part.text).join('');
      for (const phrase of says.isTemplate ? expand(text, byName) : [text]) {
        const cleaned = phrase.replace(/\s+/g, ' ').trim();
        if (cleaned !== '') phrases.add(cleaned);
        if (phrases.size >= maxPhrases) return [...phrases];
      }
    }
  }
  return [...phrases];
}
