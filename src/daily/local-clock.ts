/**
 * The wall-clock time in a time zone, from Intl (which knows every zone and its daylight-saving
 * rules), so "is it past the post time today?" is asked in the channel's own zone.
 */
import { localDate, type CalendarDay } from '../core/local-date.js';

/** A moment as read on a wall clock in some zone. */
export interface LocalTime {
  day: CalendarDay;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

/** The local date and time of day of `instant` in an IANA time zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { day: localDate(instant, timeZone), minutes: get('hour') * 60 + get('minute') };
}

/** Minutes since midnight of an 'HH:MM' time; throws on anything else, naming the input. */
export function parsePostTime(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`daily: post time "${time}" is not HH:MM in 24-hour time`);
  return Number(match[1]) * 60 + Number(match[2]);
}
