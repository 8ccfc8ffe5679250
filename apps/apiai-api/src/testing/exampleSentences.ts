import type { Entity, Intent } from '@parley/apiai-agent/model';
// Test support: a sentence for every template and example of an intent, with entity references filled by a
// synonym of the entity (system entities by a value they recognise), so that an agent can be asked its own examples.

const systemSamples: Record<string, string> = { 'sys.number': '3', 'sys.any': 'please', 'sys.date': 'tomorrow', 'sys.given-name': 'John' };

function fillTemplate(template: string, entities: readonly Entity[]): string {
  return template
    .replace(/@\{([^}]*)\}(?::[A-Za-z0-9_-]+)?/g, (_all, options: string) => options.split(',')[0]?.trim() ?? '')
    .replace(/@([A-Za-z0-9_.-]+?)(?::[A-Za-z0-9_-]+)?(?=$|[^A-Za-z0-9_.-]|\.(?:$|\s))/g, (_all, name: string) => {
      const system = systemSamples[name];
      if (system !== undefined) return system;
      const entity = entities.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      return entity?.entries[0]?.synonyms[0] ?? name;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function exampleSentences(intent: Intent, entities: readonly Entity[]): string[] {
  return intent.userSays.map((says) =>
    says.isTemplate ? fillTemplate(says.data.map((part) => part.text).join(''), entities) : says.data.map((part) => part.text).join('').trim(),
  );
}
