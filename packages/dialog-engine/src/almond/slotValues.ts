import { type TypeRef, type Value } from '@parley/thingtalk';
import { baseUnitOf } from '@parley/thingtalk/runtime';
import type { AskValue } from './messages.js';

const ENTITY_ASKS: Readonly<Record<string, AskValue>> = {
  'tt:phone_number': 'phone_number',
  'tt:email_address': 'email_address',
  'tt:picture': 'picture',
  'tt:contact': 'contact',
  'tt:password': 'password',
};

/**
 * The askSpecial a slot of this type calls for (DA `ValueCategory.fromType` + `toAskSpecial`): strings and
 * entities are free text (raw mode) except phone numbers, e-mail addresses, pictures and contacts; Booleans are
 * yes/no questions, Enums choices, measures and other values `generic`.
 */
export function askFor(type: TypeRef): AskValue {
  switch (type.kind) {
    case 'Boolean':
      return 'yesno';
    case 'Enum':
      return 'choice';
    case 'Number':
      return 'number';
    case 'Date':
      return 'date';
    case 'Time':
      return 'time';
    case 'Location':
      return 'location';
    case 'String':
      return 'raw_string';
    case 'Entity':
      return ENTITY_ASKS[type.entityType] ?? 'raw_string';
    default:
      return 'generic';
  }
}

/** The words for an enum value on a choice button (`on_off` → `on off`). */
export function enumTitle(value: string): string {
  return value.replace(/_/g, ' ');
}

/** The answer as a value of the slot's type, or null when it is not the kind of answer asked for. */
export function coerceAnswer(answer: Value, type: TypeRef): Value | null {
  switch (type.kind) {
    case 'String':
      if (answer.type === 'String') return answer;
      return answer.type === 'Entity' ? { type: 'String', value: answer.display ?? answer.value ?? '' } : null;
    case 'Entity':
      if (answer.type === 'Entity' && answer.entityType === type.entityType) return answer;
      return answer.type === 'String' ? { type: 'Entity', value: answer.value, entityType: type.entityType, display: null } : null;
    case 'Measure':
      if (answer.type === 'Measure') return baseUnitOf(answer.unit) === (baseUnitOf(type.unit) ?? type.unit) ? answer : null;
      return answer.type === 'CompoundMeasure' ? answer : null;
    case 'Enum':
      return answer.type === 'Enum' && type.entries.includes(answer.value) ? answer : null;
    case 'Any':
    case 'Unknown':
      return answer;
    case 'Number':
    case 'Boolean':
    case 'Currency':
    case 'Location':
    case 'Date':
    case 'Time':
      return answer.type === type.kind ? answer : null;
    case 'Array':
    case 'Object':
    case 'Tuple':
    case 'Compound':
    case 'Type':
    case 'ArgMap':
      return null;
  }
}
