// `$context.location.home|work` and `$context.time.morning|evening` in a program (docs/protocols/almond.md §2.4): filled
// from the user's stored places and times, and reported as `{home: true|false}` (whether one was stored).
import type { Program } from '@parley/thingtalk';
import type { UserPreferences } from '../db/schema.js';

interface ContextReport {
  program: Program;
  locations: Record<string, boolean>;
  times: Record<string, boolean>;
}

type Place = { latitude: number; longitude: number; display?: string | null };
type Time = { hour: number; minute: number; second?: number };

function relative(node: Record<string, unknown>, type: 'Location' | 'Time'): string | undefined {
  const value = node.value as { kind?: unknown; name?: unknown } | undefined;
  return node.type === type && value?.kind === 'relative' && typeof value.name === 'string' ? value.name : undefined;
}

export function fillContextValues(program: Program, preferences: UserPreferences): ContextReport {
  const locations: Record<string, boolean> = {};
  const times: Record<string, boolean> = {};
  const storedPlaces = (preferences.locations ?? {}) as Record<string, Place | undefined>;
  const storedTimes = (preferences.times ?? {}) as Record<string, Time | undefined>;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    const place = relative(record, 'Location');
    if (place !== undefined && place !== 'current_location') {
      const stored = storedPlaces[place];
      locations[place] = stored !== undefined;
      if (stored !== undefined) return { type: 'Location', value: { kind: 'absolute', lat: stored.latitude, lon: stored.longitude, display: stored.display ?? null } };
    }
    const time = relative(record, 'Time');
    if (time !== undefined) {
      const stored = storedTimes[time];
      times[time] = stored !== undefined;
      if (stored !== undefined) return { type: 'Time', value: { kind: 'absolute', hour: stored.hour, minute: stored.minute, second: stored.second ?? 0 } };
    }
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, visit(value)]));
  };
  return { program: visit(program) as Program, locations, times };
}
