// User says: examples chunked into text and entity-annotated parts, or templates kept as one text with
// `@entity:alias` inside (docs/protocols/apiai.md §7).
import { InvalidAgentError } from './InvalidAgentError.js';
import { readArray, readBoolean, readNumber, readRecord, readString } from './readJson.js';
import type { UserSays, UserSaysPart } from './model.js';
import { keepOrCreateId, newId } from './ids.js';

export const templateUserSays = (text: string): UserSays => ({
  id: newId(),
  data: [{ text }],
  isTemplate: true,
  count: 0,
});

function parsePart(value: unknown, what: string): UserSaysPart {
  const part = readRecord(value, what);
  const text = readString(part.text, `${what}.text`) ?? '';
  const alias = readString(part.alias, `${what}.alias`);
  const meta = readString(part.meta, `${what}.meta`);
  return {
    text,
    ...(alias === undefined || alias === '' ? {} : { alias }),
    ...(meta === undefined || meta === '' ? {} : { meta }),
    ...(part.userDefined === undefined ? {} : { userDefined: readBoolean(part.userDefined, `${what}.userDefined`) }),
  };
}

/** A plain string is a template; an object carries `data` chunks. */
export function parseUserSays(value: unknown, what: string): UserSays {
  if (typeof value === 'string') return templateUserSays(value);
  const userSays = readRecord(value, what);
  const data = readArray(userSays.data, `${what}.data`).map((part, index) => parsePart(part, `${what}.data[${index}]`));
  if (data.length === 0) throw new InvalidAgentError(`${what}.data is empty`);
  return {
    id: keepOrCreateId(readString(userSays.id, `${what}.id`)),
    data,
    isTemplate: readBoolean(userSays.isTemplate, `${what}.isTemplate`),
    count: readNumber(userSays.count, `${what}.count`) ?? 0,
  };
}
