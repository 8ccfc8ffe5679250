// The user's stored `$context` values (places and times of day) as the executor reads them.
import type { UserContext } from '@parley/thingtalk/runtime';
import type { UserPreferences } from '../db/schema.js';

type Location = { latitude: number; longitude: number; display?: string | null };
type Time = { hour: number; minute: number; second: number };

function isLocation(value: unknown): value is Location {
  const candidate = value as Partial<Location> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.latitude === 'number' && typeof candidate.longitude === 'number';
}

function asTime(value: unknown): Time | undefined {
  const candidate = value as Partial<Time> | null;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.hour !== 'number' || typeof candidate.minute !== 'number') return undefined;
  return { hour: candidate.hour, minute: candidate.minute, second: typeof candidate.second === 'number' ? candidate.second : 0 };
}

export function userContext(preferences: UserPreferences): UserContext {
  const locations: Record<string, Location> = {};
  for (const [name, value] of Object.entries(preferences.locations ?? {})) if (isLocation(value)) locations[name] = value;
  const times: Record<string, Time> = {};
  for (const [name, value] of Object.entries(preferences.times ?? {})) {
    const time = asTime(value);
    if (time !== undefined) times[name] = time;
  }
  return { locations, times };
}

/** Merges `{home, work}` places / `{morning, evening}` times sent with a request into the stored preferences. */
export function mergePreferences(preferences: UserPreferences, locations: unknown, times: unknown): UserPreferences {
  const merged: UserPreferences = { ...preferences };
  if (typeof locations === 'object' && locations !== null) {
    const valid = Object.fromEntries(Object.entries(locations).filter(([, value]) => isLocation(value)));
    merged.locations = { ...preferences.locations, ...valid };
  }
  if (typeof times === 'object' && times !== null) {
    const valid = Object.fromEntries(Object.entries(times).flatMap(([name, value]) => {
      const time = asTime(value);
      return time === undefined ? [] : [[name, time]];
    }));
    merged.times = { ...preferences.times, ...valid };
  }
  return merged;
}
