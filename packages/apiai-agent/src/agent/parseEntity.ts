// Client or export JSON → a canonical entity (docs/protocols/apiai.md "Entity object"; docs/protocols/apiai.md §7).
import { InvalidAgentError } from './InvalidAgentError.js';
import { isRecord, readArray, readBoolean, readLegalName, readRecord, readString, readStringList } from './readJson.js';
import type { Entity, EntityEntry } from './model.js';
import { keepOrCreateId } from './ids.js';

export function parseEntries(value: unknown, what = 'entries'): EntityEntry[] {
  return readArray(value, what).map((item, index) => {
    const entry = readRecord(item, `${what}[${index}]`);
    const entryValue = readString(entry.value, `${what}[${index}].value`);
    if (entryValue === undefined || entryValue.trim() === '') throw new InvalidAgentError(`${what}[${index}].value is missing`);
    const synonyms = readStringList(entry.synonyms, `${what}[${index}].synonyms`).filter((s) => s.trim() !== '');
    return { value: entryValue, synonyms: synonyms.length > 0 ? synonyms : [entryValue] };
  });
}

/** Reads an entity; `id` is kept when given (imports), generated otherwise. */
export function parseEntity(value: unknown, id?: string): Entity {
  const body = readRecord(value, 'entity');
  return {
    id: id ?? keepOrCreateId(readString(body.id, 'id')),
    name: readLegalName(body.name, 'Entity name'),
    entries: parseEntries(body.entries),
    isEnum: readBoolean(body.isEnum, 'isEnum'),
    automatedExpansion: readBoolean(body.automatedExpansion, 'automatedExpansion'),
    isOverridable: readBoolean(body.isOverridable, 'isOverridable', true),
    ...(isRecord(body.entriesByLanguage)
      ? { entriesByLanguage: Object.fromEntries(Object.entries(body.entriesByLanguage).map(([lang, entries]) => [lang, parseEntries(entries, `entriesByLanguage.${lang}`)])) }
      : {}),
  };
}
