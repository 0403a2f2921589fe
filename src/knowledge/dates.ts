/** Fact dates: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a range `FROM/TO`; the form is the precision. */

export type DatePrecision = 'day' | 'month' | 'year' | 'range';

export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
}

export interface FactDate {
  /** As written in the file. */
  raw: string;
  precision: DatePrecision;
  start: DatePoint;
  /** Only for ranges. */
  end?: DatePoint;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses one date point, or returns why it is not a date. */
function parsePoint(text: string): DatePoint | string {
  const match = POINT.exec(text.trim());
  if (!match) return `"${text}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (year < 1000 || year > 2100) return `year ${year} is out of range`;
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `month ${match[2]} does not exist (use 01 to 12)`;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${MONTH_NAMES[month - 1]} ${year} has no day ${match[3]} (it has ${last} days)`;
  return { year, month, day };
}

function precisionOf(point: DatePoint): DatePrecision {
  if (point.day !== undefined) return 'day';
  if (point.month !== undefined) return 'month';
  return 'year';
}

function pointKey(point: DatePoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${point.year}-${pad(point.month ?? 0)}-${pad(point.day ?? 0)}`;
}

/** Parses a fact date, or returns a message saying what is wrong with it. */
export function parseFactDate(raw: string): FactDate | string {
  const parts = raw.split('/');
  if (parts.length > 2) return `"${raw}" has more than one "/"; a range is FROM/TO`;
  const start = parsePoint(parts[0] ?? '');
  if (typeof start === 'string') return start;
  if (parts.length === 1) return { raw, precision: precisionOf(start), start };
  const end = parsePoint(parts[1] ?? '');
  if (typeof end === 'string') return end;
  if (pointKey(end) < pointKey(start)) return `the range "${raw}" ends before it starts`;
  return { raw, precision: 'range', start, end };
}

function formatPoint(point: DatePoint): string {
  if (point.month === undefined) return String(point.year);
  const month = MONTH_NAMES[point.month - 1];
  if (point.day === undefined) return `${month} ${point.year}`;
  return `${point.day} ${month} ${point.year}`;
}

/** The date as a person reads it: `21 August 1997`, `February 2011`, `2010–2018`. */
export function formatFactDate(date: FactDate): string {
  if (!date.end) return formatPoint(date.start);
  return `${formatPoint(date.start)}–${formatPoint(date.end)}`;
}

/** Every year a date touches (a range gives each year in it), for matching "in 2019" questions. */
export function yearsOf(date: FactDate): number[] {
  const last = date.end?.year ?? date.start.year;
  const years: number[] = [];
  for (let y = date.start.year; y <= last && years.length < 50; y++) years.push(y);
  return years;
}

/** A sortable number for a date (earliest point). */
export function dateOrdinal(date: FactDate): number {
  return date.start.year * 10_000 + (date.start.month ?? 0) * 100 + (date.start.day ?? 0);
}
