import { describe, expect, it } from 'vitest';
import { monthFromWord, parseDayArgument } from '../../src/core/day-argument.js';

const day = (text: string) => parseDayArgument(text, 2026);
const feb15 = { year: 2026, month: 2, day: 15 };

describe('parseDayArgument', () => {
  it.each(['02-15', '2-15', '15 February', 'February 15', '15 feb', 'Feb 15', '15th February', '15th of February', 'FEBRUARY 15'])(
    'GIVEN the English or ISO form %s THEN 15 February',
    (text) => expect(day(text)).toEqual(feb15),
  );

  it.each(['15.2.', '15.2', '15.02.', '15.02', '15/02', '15/2', '15. 2.', '15 . 02 .'])(
    'GIVEN the day-first number %s THEN 15 February of the current year',
    (text) => expect(day(text)).toEqual(feb15),
  );

  it.each([
    ['15.02.2026', 2026],
    ['15.02.2026.', 2026],
    ['15. 2. 2024.', 2024],
    ['15/02/2025', 2025],
    ['2024-02-15', 2024],
  ])('GIVEN %s THEN 15 February %i', (text, year) => expect(day(text)).toEqual({ year, month: 2, day: 15 }));

  it.each([
    // Serbian, Latin and Cyrillic, nominative and genitive.
    '15 februar',
    '15. februar',
    '15. februara',
    '15. фебруар',
    '15. фебруара',
    'Фебруар 15',
    // Azerbaijani, with and without its own letters.
    '15 fevral',
    '15 Fevral',
    'fevralın 15-i',
    'fevralin 15-i',
    '15-i fevral',
    // Russian.
    '15 февраля',
    '15 февраль',
    '15 Февраля',
  ])('GIVEN %s THEN 15 February', (text) => expect(day(text)).toEqual(feb15));

  it.each([
    ['15 maj', 5],
    ['15. maja', 5],
    ['15 мај', 5],
    ['15 мая', 5],
    ['15 май', 5],
    ['15 may', 5],
    ['15 avgust', 8],
    ['15. avgusta', 8],
    ['15 август', 8],
    ['15 августа', 8],
    ['15 avqust', 8],
    ['15 jul', 7],
    ['15 јул', 7],
    ['15 июля', 7],
    ['15 iyul', 7],
    ['15 jun', 6],
    ['15 јуна', 6],
    ['15 июня', 6],
    ['15 iyun', 6],
    ['15 mart', 3],
    ['15 марта', 3],
    ['15 март', 3],
    ['15 septembar', 9],
    ['15 сентября', 9],
    ['15 sentyabr', 9],
    ['15 oktobar', 10],
    ['15 октобар', 10],
    ['15 октября', 10],
    ['15 oktyabr', 10],
    ['15 novembar', 11],
    ['15 ноября', 11],
    ['15 noyabr', 11],
    ['15 decembar', 12],
    ['15 децембра', 12],
    ['15 декабря', 12],
    ['15 dekabr', 12],
    ['15 januar', 1],
    ['15 јануара', 1],
    ['15 января', 1],
    ['15 yanvar', 1],
    ['15 april', 4],
    ['15 априла', 4],
    ['15 апреля', 4],
    ['15 aprel', 4],
  ])('GIVEN %s THEN month %i', (text, month) => expect(day(text)).toEqual({ year: 2026, month, day: 15 }));

  it.each([
    ['15. februara 2024.', 2024],
    ['15 февраля 2024 г.', 2024],
    ['15 fevral 2024', 2024],
    ['February 15, 2024', 2024],
  ])('GIVEN the named date with a year %s THEN that year', (text, year) => expect(day(text)).toEqual({ year, month: 2, day: 15 }));

  it('GIVEN 02/15, which cannot be day first THEN month first', () => {
    expect(day('02/15')).toEqual(feb15);
    expect(day('03/04')).toEqual({ year: 2026, month: 4, day: 3 });
  });

  it('GIVEN 29 February in a common year THEN accepted: people ask about it', () => {
    expect(day('29.2.')).toEqual({ year: 2026, month: 2, day: 29 });
    expect(day('29 фебруар')).toEqual({ year: 2026, month: 2, day: 29 });
  });

  it.each(['02-31', '31.4.', '31 април', '30 февраля', '15.13.', '0.2.', '15 blah', 'yesterday', '15', '15.02.26', '', '15 fevral 2024 bla'])(
    'GIVEN %j THEN undefined',
    (text) => expect(day(text)).toBeUndefined(),
  );
});

describe('monthFromWord', () => {
  it("GIVEN an English month's first three letters THEN that month, as before", () => {
    expect(monthFromWord('Sept')).toBe(9);
    expect(monthFromWord('Decembre')).toBe(12);
    expect(monthFromWord('ja')).toBeUndefined();
  });
});
