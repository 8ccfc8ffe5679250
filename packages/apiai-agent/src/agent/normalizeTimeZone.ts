// Time zones as clients send them: IANA names ("Europe/Paris"), the seed's "GMT+6", PY's strftime("%z") "+0000".
// Whole-hour offsets map to the IANA `Etc/GMT∓h` zones (whose sign is inverted); anything else unknown is dropped.

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone name usable with Intl, or undefined when the value names none. */
export function normalizeTimeZone(value: string | undefined): string | undefined {
  const zone = value?.trim();
  if (zone === undefined || zone === '') return undefined;
  if (isKnownZone(zone)) return zone;
  const offset = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (offset === null) return undefined;
  const hours = Number(offset[2]);
  const minutes = Number(offset[3] ?? '0');
  if (minutes !== 0 || hours > 14) return undefined;
  if (hours === 0) return 'UTC';
  return `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
}
