// Client or export JSON → a canonical intent. Accepts the docs/protocols/apiai.md form (`templates`, `affectedContexts` as names,
// parameters `{name, value:"@entity"}`), the 2015/2016 exports (`speech`, `prompts`) and the later v1 form
// (`userSays`, `affectedContexts` objects, `messages`, `promptMessages`) (docs/protocols/apiai.md §7).
import { InvalidAgentError } from './InvalidAgentError.js';
import {
  isRecord,
  readArray,
  readBoolean,
  readNumber,
  readRecord,
  readString,
  readStringList,
} from './readJson.js';
import { isResponseMessage } from './responseMessages.js';
import type { Intent, IntentParameter, IntentResponse, OutputContext, ResponseMessage, UserSays } from './model.js';
import { parseUserSays, templateUserSays } from './parseUserSays.js';
import { keepOrCreateId } from './ids.js';

/** Longest intent name (Dialogflow's display-name limit); longer names are refused with 400. */
export const maxIntentNameLength = 100;

export const defaultLifespan = 5;
const defaultPriority = 500000;

function parseOutputContext(value: unknown, what: string): OutputContext {
  if (typeof value === 'string') return { name: value, lifespan: defaultLifespan, parameters: {} };
  const context = readRecord(value, what);
  const name = readString(context.name, `${what}.name`);
  if (name === undefined || name === '') throw new InvalidAgentError(`${what}.name is missing`);
  const parameters: Record<string, string> = {};
  for (const [key, parameter] of Object.entries(readRecord(context.parameters, `${what}.parameters`))) {
    parameters[key] = readString(parameter, `${what}.parameters.${key}`) ?? '';
  }
  return { name, lifespan: readNumber(context.lifespan, `${what}.lifespan`) ?? defaultLifespan, parameters };
}

/** Prompts come as strings (2016), `{value}` objects (2018) or `promptMessages` with `speech`. */
function parsePrompts(value: unknown, what: string): string[] {
  return readArray(value, what).flatMap((prompt) => {
    if (typeof prompt === 'string') return [prompt];
    if (isRecord(prompt)) {
      const speech = prompt.value ?? prompt.speech;
      return Array.isArray(speech) ? readStringList(speech, what) : (readString(speech, what) ?? []);
    }
    return [];
  });
}

function parseParameter(value: unknown, what: string): IntentParameter {
  const parameter = readRecord(value, what);
  const name = readString(parameter.name, `${what}.name`);
  if (name === undefined || name === '') throw new InvalidAgentError(`${what}.name is missing`);
  let parameterValue = readString(parameter.value, `${what}.value`) ?? `$${name}`;
  let dataType = readString(parameter.dataType, `${what}.dataType`) ?? '';
  // docs/protocols/apiai.md: `value: "@onOff"` names the entity; its alias defaults to the entity name.
  const entityReference = /^@([A-Za-z0-9_.-]+)$/.exec(parameterValue);
  if (entityReference?.[1] !== undefined) {
    if (dataType === '') dataType = parameterValue;
    parameterValue = `$${entityReference[1].replace(/^sys\./, '')}`;
  }
  const prompts = [
    ...parsePrompts(parameter.prompts, `${what}.prompts`),
    ...parsePrompts(parameter.promptMessages, `${what}.promptMessages`),
  ];
  return {
    name,
    value: parameterValue,
    dataType,
    isList: readBoolean(parameter.isList, `${what}.isList`),
    required: readBoolean(parameter.required, `${what}.required`),
    defaultValue: readString(parameter.defaultValue, `${what}.defaultValue`) ?? '',
    prompts,
  };
}

function parseMessages(response: Record<string, unknown>, what: string): ResponseMessage[] {
  const messages = readArray(response.messages, `${what}.messages`).map((item, index) => {
    const message = readRecord(item, `${what}.messages[${index}]`);
    const type = message.type;
    const numericType = typeof type === 'string' && /^\d+$/.test(type) ? Number(type) : type;
    const parsed = { ...message, type: typeof numericType === 'number' || typeof numericType === 'string' ? numericType : 0 };
    if (!isResponseMessage(parsed)) throw new InvalidAgentError(`${what}.messages[${index}] is not an api.ai response message`);
    return parsed;
  });
  if (messages.length > 0) return messages;
  const speech = response.speech;
  if (speech === undefined || speech === null || speech === '') return [];
  const lines = Array.isArray(speech) ? readStringList(speech, `${what}.speech`) : [readString(speech, `${what}.speech`) ?? ''];
  return lines.length === 0 ? [] : [{ type: 0, speech: lines.length === 1 ? (lines[0] ?? '') : lines }];
}

function parseResponse(value: unknown, what: string): IntentResponse {
  const response = readRecord(value, what);
  return {
    resetContexts: readBoolean(response.resetContexts, `${what}.resetContexts`),
    action: readString(response.action, `${what}.action`) ?? '',
    affectedContexts: readArray(response.affectedContexts, `${what}.affectedContexts`).map((context, index) =>
      parseOutputContext(context, `${what}.affectedContexts[${index}]`),
    ),
    parameters: readArray(response.parameters, `${what}.parameters`).map((parameter, index) =>
      parseParameter(parameter, `${what}.parameters[${index}]`),
    ),
    messages: parseMessages(response, what),
  };
}

function parseEvents(value: unknown): { name: string }[] {
  return readArray(value, 'events').flatMap((event, index) => {
    const name = typeof event === 'string' ? event : readString(readRecord(event, `events[${index}]`).name, `events[${index}].name`);
    return name === undefined || name === '' ? [] : [{ name }];
  });
}

/** The entity of each alias in the intent's sentences: `@city:location` in templates, `{alias, meta}` chunks. */
function aliasEntities(userSays: readonly UserSays[]): Map<string, string> {
  const entities = new Map<string, string>();
  for (const says of userSays) {
    for (const part of says.data) {
      if (part.alias !== undefined && part.meta !== undefined) entities.set(part.alias, part.meta);
      if (says.isTemplate) {
        for (const match of part.text.matchAll(/@([A-Za-z0-9_.-]+?):([A-Za-z0-9_-]+)/g)) {
          if (match[1] !== undefined && match[2] !== undefined) entities.set(match[2], `@${match[1]}`);
        }
      }
    }
  }
  return entities;
}

/** Parameters without a `dataType` take the entity their `$alias` stands for in the intent's sentences. */
function withDataTypes(responses: IntentResponse[], userSays: readonly UserSays[]): IntentResponse[] {
  const entities = aliasEntities(userSays);
  return responses.map((response) => ({
    ...response,
    parameters: response.parameters.map((parameter) => {
      if (parameter.dataType !== '') return parameter;
      const alias = /^\$([A-Za-z0-9_-]+)$/.exec(parameter.value)?.[1];
      const entity = alias === undefined ? undefined : entities.get(alias);
      return entity === undefined ? parameter : { ...parameter, dataType: entity };
    }),
  }));
}

/** Other languages' examples of an export (`{lang: userSays[]}`); absent when there are none. */
function parseUserSaysByLanguage(value: unknown): Record<string, UserSays[]> | undefined {
  if (!isRecord(value)) return undefined;
  const byLanguage: Record<string, UserSays[]> = {};
  for (const [lang, list] of Object.entries(value)) {
    byLanguage[lang] = readArray(list, `userSaysByLanguage.${lang}`).map((item, index) => parseUserSays(item, `userSaysByLanguage.${lang}[${index}]`));
  }
  return Object.keys(byLanguage).length === 0 ? undefined : byLanguage;
}

/** Reads an intent; `id` is kept when given (imports and PUT), generated otherwise. */
export function parseIntent(value: unknown, id?: string): Intent {
  const body = readRecord(value, 'intent');
  const name = readString(body.name, 'Intent name')?.trim();
  if (name === undefined || name === '') throw new InvalidAgentError('Intent name is missing');
  if (name.length > maxIntentNameLength) throw new InvalidAgentError(`Intent name is longer than ${maxIntentNameLength} characters`);
  const userSays: UserSays[] = [
    ...readStringList(body.templates, 'templates').map((template) => templateUserSays(template)),
    ...readArray(body.userSays, 'userSays').map((item, index) => parseUserSays(item, `userSays[${index}]`)),
  ];
  const responses = readArray(body.responses, 'responses').map((response, index) =>
    parseResponse(response, `responses[${index}]`),
  );
  const userSaysByLanguage = parseUserSaysByLanguage(body.userSaysByLanguage);
  return {
    id: id ?? keepOrCreateId(readString(body.id, 'id')),
    name,
    auto: readBoolean(body.auto, 'auto', true),
    contexts: readArray(body.contexts, 'contexts').flatMap((context, index) => {
      const contextName = isRecord(context) ? readString(context.name, `contexts[${index}].name`) : readString(context, `contexts[${index}]`);
      return contextName === undefined || contextName === '' ? [] : [contextName];
    }),
    userSays,
    responses: withDataTypes(responses.length > 0 ? responses : [parseResponse({}, 'responses[0]')], userSays),
    priority: readNumber(body.priority, 'priority') ?? defaultPriority,
    webhookUsed: readBoolean(body.webhookUsed, 'webhookUsed'),
    webhookForSlotFilling: readBoolean(body.webhookForSlotFilling, 'webhookForSlotFilling'),
    fallbackIntent: readBoolean(body.fallbackIntent, 'fallbackIntent'),
    events: parseEvents(body.events),
    ...optionalString('parentId', readString(body.parentId, 'parentId')),
    ...optionalString('rootParentId', readString(body.rootParentId, 'rootParentId')),
    ...(userSaysByLanguage === undefined ? {} : { userSaysByLanguage }),
  };
}

const optionalString = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, string>);
