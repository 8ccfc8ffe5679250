import { type Value } from '@parley/thingtalk';
import { baseUnitOf } from '@parley/thingtalk/runtime';
import type { SlotValue } from '@parley/nlu';

const ENUM = /^Enum\((.*)\)$/;
const ENTITY = /^Entity\((.+)\)$/;
const MEASURE = /^Measure\((.+)\)$/;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** `2020-04-05` or `2020-04-05T09:30:00+02:00` as wall-clock fields. */
function dateValue(text: string): Value | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  if (year === undefined || month === undefined || day === undefined) return null;
  const value = { kind: 'absolute' as const, year, month, day, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
  return { type: 'Date', value, operator: '+', offset: null };
}

function timeValue(text: string): Value | null {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (match === null) return null;
  return { type: 'Time', value: { kind: 'absolute', hour: Number(match[1]), minute: Number(match[2]), second: Number(match[3] ?? 0) } };
}

/**
 * The ThingTalk value of an exemplar slot (`@parley/nlu` `matchExemplars` values): numbers, booleans, enums,
 * dates and times as read; measures and currencies from api.ai's `{amount, unit|currency}`; places as names to
 * look up; strings and entities as the user's words. Null when the value does not fit the type.
 */
export function exemplarValue(slot: SlotValue): Value | null {
  const { type, value, original } = slot;
  const words = typeof value === 'string' ? value : original;
  if (type === 'Number') return numberOf(value) === null ? null : { type: 'Number', value: value as number };
  if (type === 'Boolean') return typeof value === 'boolean' ? { type: 'Boolean', value } : null;
  if (ENUM.test(type)) return typeof value === 'string' ? { type: 'Enum', value } : null;
  if (type === 'Date') return typeof value === 'string' ? dateValue(value) : null;
  if (type === 'Time') return typeof value === 'string' ? timeValue(value) : null;
  if (type === 'Location') return { type: 'Location', value: { kind: 'unresolved', name: words } };
  if (type === 'Currency') {
    const amount = numberOf(record(value)['amount']);
    const currency = record(value)['currency'];
    return amount === null || typeof currency !== 'string' ? null : { type: 'Currency', value: amount, code: currency.toLowerCase() };
  }
  const measure = MEASURE.exec(type)?.[1];
  if (measure !== undefined) {
    const amount = numberOf(record(value)['amount']);
    const unit = record(value)['unit'];
    const written = typeof unit === 'string' && baseUnitOf(unit) === (baseUnitOf(measure) ?? measure) ? unit : measure;
    return amount === null ? null : { type: 'Measure', value: amount, unit: written };
  }
  const entityType = ENTITY.exec(type)?.[1];
  if (entityType !== undefined) {
    const bare = entityType === 'tt:username' || entityType === 'tt:hashtag' ? words.replace(/^[@#]/, '') : words;
    return { type: 'Entity', value: bare, entityType, display: null };
  }
  return { type: 'String', value: words };
}
