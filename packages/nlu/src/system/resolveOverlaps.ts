import type { SystemEntityMatch, SystemEntityName } from './systemEntityMatch.js';

/**
 * Which reading wins when two mentions of the same length overlap: earlier in this list wins.
 * Dates and times come first, so "5 pm" is a time and not five picometres.
 */
const PRECEDENCE: readonly SystemEntityName[] = [
  'date-time', 'date-period', 'time-period', 'date', 'time', 'duration',
  'unit-currency', 'temperature', 'age', 'unit-length', 'unit-weight', 'unit-volume', 'unit-area', 'unit-speed',
  'unit-information', 'phone-number', 'email', 'url', 'percentage', 'ordinal', 'number', 'number-integer',
  'on-off', 'lock-unlock', 'next-previous', 'play-pause', 'start-stop', 'color', 'given-name',
];

/** Readings that may share one span with the winner, because one refines the other. */
const COMPANIONS: ReadonlyArray<readonly [SystemEntityName, SystemEntityName]> = [['number', 'number-integer']];

const rank = (entity: SystemEntityName): number => PRECEDENCE.indexOf(entity);

function overlaps(a: SystemEntityMatch, b: SystemEntityMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

function companions(a: SystemEntityMatch, b: SystemEntityMatch): boolean {
  return a.start === b.start && a.end === b.end &&
    COMPANIONS.some(([x, y]) => (a.entity === x && b.entity === y) || (a.entity === y && b.entity === x));
}

/**
 * Keeps non-overlapping mentions: the longest span wins, ties go by {@link PRECEDENCE}; a number and its
 * integer reading of the same span are both kept. The result is sorted by position.
 */
export function resolveOverlaps(matches: readonly SystemEntityMatch[]): SystemEntityMatch[] {
  const ordered = [...matches].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || rank(a.entity) - rank(b.entity) || a.start - b.start);
  const kept: SystemEntityMatch[] = [];
  for (const candidate of ordered) {
    if (kept.every((winner) => !overlaps(winner, candidate) || companions(winner, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || rank(a.entity) - rank(b.entity));
}
