import { describe, expect, it } from 'vitest';
import { formatFactDate, parseFactDate } from '../../src/knowledge/dates.js';

describe('parseFactDate', () => {
  it('reads the precision from the form', () => {
    expect(parseFactDate('2023')).toMatchObject({ precision: 'year', start: { year: 2023 } });
    expect(parseFactDate('2011-02')).toMatchObject({ precision: 'month', start: { year: 2011, month: 2 } });
    expect(parseFactDate('1997-08-21')).toMatchObject({ precision: 'day', start: { year: 1997, month: 8, day: 21 } });
    expect(parseFactDate('2010/2018')).toMatchObject({ precision: 'range', end: { year: 2018 } });
  });

  it('throws no error but explains impossible dates', () => {
    expect(parseFactDate('2023-02-30')).toBe('February 2023 has no day 30 (it has 28 days)');
    expect(parseFactDate('2023-13')).toBe('month 13 does not exist (use 01 to 12)');
    expect(parseFactDate('2018/2010')).toBe('the range "2018/2010" ends before it starts');
    expect(parseFactDate('last year')).toContain('is not a date');
    expect(parseFactDate('2024-02-29')).toMatchObject({ precision: 'day' });
  });

  it('formats dates the way people read them', () => {
    const format = (raw: string) => formatFactDate(parseFactDate(raw) as Exclude<ReturnType<typeof parseFactDate>, string>);
    expect(format('1997-08-21')).toBe('21 August 1997');
    expect(format('2011-02')).toBe('February 2011');
    expect(format('2010/2018')).toBe('2010–2018');
  });
});
