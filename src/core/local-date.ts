/** Calendar dates in a time zone, without a date library: Intl knows the zones and their DST. */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar date at `instant` in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

let canonicalZones: ReadonlySet<string> | undefined;

/**
 * True when the zone is one Intl knows. The usual names are found in Intl's list of zones, which
 * is cheap; only other spellings (aliases such as UTC, other letter case) need a date format
 * made, which loads some 9 MB of locale data a check at start-up should not cost.
 */
export function isValidTimeZone(timeZone: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const dayKey = (d: CalendarDay) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
