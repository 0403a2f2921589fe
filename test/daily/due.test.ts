import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { dailyPattern } from '../../src/daily/cron-driver.js';
import { dueDay } from '../../src/daily/due.js';
import { localTime, parsePostTime } from '../../src/daily/local-clock.js';

const NINE = parsePostTime('09:00');
const due = (iso: string, lastDay?: string, postMinutes = NINE) => dueDay({ now: new Date(iso), timeZone: 'Europe/Belgrade', postMinutes, lastDay })?.key;

describe('dueDay', () => {
  it('GIVEN 09:00 in Belgrade in winter (UTC+1) THEN it is due from 08:00Z, not before', () => {
    expect(due('2026-02-15T07:59:59Z')).toBeUndefined();
    expect(due('2026-02-15T08:00:00Z')).toBe('2026-02-15');
  });

  it('GIVEN the day summer time starts (29 March 2026) THEN 09:00 local is 07:00Z', () => {
    expect(due('2026-03-28T07:59:00Z')).toBeUndefined();
    expect(due('2026-03-28T08:00:00Z')).toBe('2026-03-28');
    expect(due('2026-03-29T06:59:00Z', '2026-03-28')).toBeUndefined();
    expect(due('2026-03-29T07:00:00Z', '2026-03-28')).toBe('2026-03-29');
  });

  it('GIVEN the day summer time ends (25 October 2026) THEN 09:00 local is 08:00Z again', () => {
    expect(due('2026-10-24T07:00:00Z', '2026-10-23')).toBe('2026-10-24');
    expect(due('2026-10-25T07:59:00Z', '2026-10-24')).toBeUndefined();
    expect(due('2026-10-25T08:00:00Z', '2026-10-24')).toBe('2026-10-25');
  });

  it('GIVEN a post time inside the spring-forward gap THEN it is due when the clock jumps past it', () => {
    const twoThirty = parsePostTime('02:30');
    expect(due('2026-03-29T00:59:00Z', '2026-03-28', twoThirty)).toBeUndefined(); // 01:59 CET
    expect(due('2026-03-29T01:00:00Z', '2026-03-28', twoThirty)).toBe('2026-03-29'); // 03:00 CEST
  });

  it('GIVEN a post time that happens twice when clocks go back THEN the second time is not due again', () => {
    const twoThirty = parsePostTime('02:30');
    expect(due('2026-10-25T00:30:00Z', '2026-10-24', twoThirty)).toBe('2026-10-25'); // 02:30 CEST
    expect(due('2026-10-25T01:30:00Z', '2026-10-25', twoThirty)).toBeUndefined(); // 02:30 CET
  });

  it('GIVEN the day was already posted THEN nothing is due, and no older day ever is', () => {
    expect(due('2026-02-15T12:00:00Z', '2026-02-15')).toBeUndefined();
    expect(due('2026-02-15T12:00:00Z', '2026-02-16')).toBeUndefined();
    expect(due('2026-02-15T12:00:00Z', '2026-02-10')).toBe('2026-02-15');
  });

  it('reckons "today" in the channel\'s zone, not in UTC', () => {
    // 23:30Z on 14 February is already 15 February, 03:30, in Baku.
    expect(localTime(new Date('2026-02-14T23:30:00Z'), 'Asia/Baku')).toEqual({ day: { year: 2026, month: 2, day: 15 }, minutes: 210 });
    expect(dueDay({ now: new Date('2026-02-15T05:00:00Z'), timeZone: 'Asia/Baku', postMinutes: NINE, lastDay: undefined })?.key).toBe('2026-02-15');
  });

  it('throws if the post time is not HH:MM', () => {
    expect(() => parsePostTime('9am')).toThrow('daily: post time "9am" is not HH:MM in 24-hour time');
  });
});

describe('the croner schedule', () => {
  it('GIVEN 09:00 Europe/Belgrade THEN croner fires at 09:00 local on both sides of each DST change', () => {
    const job = new Cron(dailyPattern('09:00'), { timezone: 'Europe/Belgrade', paused: true });
    try {
      expect(job.nextRuns(3, new Date('2026-03-27T12:00:00Z')).map((d) => d.toISOString())).toEqual([
        '2026-03-28T08:00:00.000Z',
        '2026-03-29T07:00:00.000Z',
        '2026-03-30T07:00:00.000Z',
      ]);
      expect(job.nextRuns(3, new Date('2026-10-23T12:00:00Z')).map((d) => d.toISOString())).toEqual([
        '2026-10-24T07:00:00.000Z',
        '2026-10-25T08:00:00.000Z',
        '2026-10-26T08:00:00.000Z',
      ]);
    } finally {
      job.stop();
    }
  });

  it('builds a seconds-first pattern from HH:MM', () => {
    expect(dailyPattern('09:05')).toBe('0 5 9 * * *');
    expect(dailyPattern('23:59')).toBe('0 59 23 * * *');
  });
});
