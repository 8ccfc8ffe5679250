import { describe, type Input, type Today } from '@parley/thingtalk';
import type { AlmondStepContext } from './almondStepContext.js';

/** The user's time zone: `ctx.timeZone`, else UTC (never the host's, so that steps are reproducible). */
function userTimeZone(ctx: AlmondStepContext): string {
  return ctx.timeZone ?? 'UTC';
}

/** Today's date in the user's time zone, for NN dates without year, month or day. */
export function userToday(ctx: AlmondStepContext): Today {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: userTimeZone(ctx), year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(ctx.now);
  const part = (type: string): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** A program (or other input) in words, dates in the user's time zone. */
export function describeForUser(input: Input, ctx: AlmondStepContext): string {
  return describe(input, ctx.classes, { timeZone: userTimeZone(ctx) });
}
