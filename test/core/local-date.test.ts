import { describe, expect, it } from 'vitest';
import { isValidTimeZone, localDate } from '../../src/core/local-date.js';

describe('isValidTimeZone', () => {
  it('GIVEN zone names Intl knows, canonical or not THEN valid', () => {
    for (const zone of ['Europe/Belgrade', 'Asia/Baku', 'UTC', 'Etc/UTC', 'europe/belgrade', 'Europe/Kiev', 'Europe/Kyiv'])
      expect(isValidTimeZone(zone), zone).toBe(true);
  });

  it('GIVEN names that are no zone THEN not valid', () => {
    for (const zone of ['Mars/Olympus', 'Belgrade', '', 'Europe/']) expect(isValidTimeZone(zone), zone).toBe(false);
  });

  it('GIVEN a valid zone THEN localDate reads the calendar date there', () => {
    expect(localDate(new Date('2026-02-14T23:30:00Z'), 'Europe/Belgrade')).toEqual({ year: 2026, month: 2, day: 15 });
  });
});
