import type { JsonValue } from '../jsonValue.js';

/** api.ai duration units, smallest first, with their length in seconds (months and years are nominal). */
const UNITS = [
  { unit: 's', seconds: 1, timex: 'S', time: true },
  { unit: 'min', seconds: 60, timex: 'M', time: true },
  { unit: 'h', seconds: 3600, timex: 'H', time: true },
  { unit: 'day', seconds: 86400, timex: 'D', time: false },
  { unit: 'wk', seconds: 604800, timex: 'W', time: false },
  { unit: 'mo', seconds: 2592000, timex: 'M', time: false },
  { unit: 'yr', seconds: 31536000, timex: 'Y', time: false },
] as const;

/**
 * Converts an ISO-8601 duration timex ("PT3H", "P2D", "PT1H30M") to api.ai's `{amount, unit}`.
 * A mix of units is expressed in the smallest one ("PT1H30M" → 90 min).
 */
export function durationValue(timex: string): JsonValue | undefined {
  const match = /^P((?:[\d.]+[YMWD])*)(?:T((?:[\d.]+[HMS])+))?$/.exec(timex);
  if (match === null) return undefined;
  const parts: { amount: number; unit: (typeof UNITS)[number] }[] = [];
  const [datePart, timePart] = [match[1] ?? '', match[2] ?? ''];
  for (const [section, isTime] of [[datePart, false], [timePart, true]] as const) {
    for (const piece of section.matchAll(/([\d.]+)([YMWDHS])/g)) {
      const unit = UNITS.find((candidate) => candidate.timex === piece[2] && candidate.time === isTime);
      if (unit !== undefined) parts.push({ amount: Number(piece[1]), unit });
    }
  }
  if (parts.length === 0) return undefined;
  const smallest = parts.reduce((a, b) => (a.unit.seconds <= b.unit.seconds ? a : b)).unit;
  const amount = parts.reduce((sum, part) => sum + (part.amount * part.unit.seconds) / smallest.seconds, 0);
  return { amount, unit: smallest.unit };
}
