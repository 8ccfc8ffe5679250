import type { Entity, Intent } from '@parley/apiai-agent/model';
// Which intents (or composite entities) refer to an entity: deleting a used entity is a 409 (docs/protocols/apiai.md "409 conflict").

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `@name` or `@agent.name` as a whole entity reference (not `@names`). */
function referencePattern(name: string): RegExp {
  return new RegExp(`@(?:[A-Za-z0-9_-]+\\.)?${escape(name)}(?![A-Za-z0-9_-])`, 'i');
}

export function intentUsesEntity(intent: Intent, entityName: string): boolean {
  const pattern = referencePattern(entityName);
  const inUserSays = intent.userSays.some((says) =>
    says.data.some((part) => (part.meta !== undefined && pattern.test(part.meta)) || (says.isTemplate && pattern.test(part.text))),
  );
  const inParameters = intent.responses.some((response) =>
    response.parameters.some((parameter) => pattern.test(parameter.dataType)),
  );
  return inUserSays || inParameters;
}

export function entityUsesEntity(entity: Entity, entityName: string): boolean {
  const pattern = referencePattern(entityName);
  return entity.entries.some((entry) => [entry.value, ...entry.synonyms].some((text) => pattern.test(text)));
}
