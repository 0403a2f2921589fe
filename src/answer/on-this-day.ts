/**
 * "On this day": the facts dated to today's month and day in any year, oldest first. Facts known
 * only to the month or year never count. When none falls on the day, a clearly labelled fallback:
 * the nearest day-dated facts within a week, and failing that a fact of the day that rotates
 * through every fact before repeating.
 */
import { MONTH_NAMES } from '../knowledge/dates.js';
import type { Fact, Knowledge } from '../knowledge/types.js';
import type { CalendarDay } from '../core/local-date.js';

export type OnThisDayKind = 'on-this-day' | 'this-week' | 'fact-of-the-day';

export interface OnThisDay {
  kind: OnThisDayKind;
  /** "On this day: 15 February", "This week in Azerbaijan–Serbia relations", … */
  title: string;
  facts: Fact[];
  /** One label per fact: "12 years ago today (2014)", "3 days from now, 18 February 2014". */
  labels: string[];
}

const WEEK = 7;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function dayOfYear(month: number, day: number): number {
  // Days counted in a leap year, so 29 February has its own place.
  return Math.round((Date.UTC(2000, month - 1, day) - Date.UTC(2000, 0, 1)) / 86_400_000);
}

function dayDated(facts: readonly Fact[]): Fact[] {
  return facts.filter((fact) => fact.date?.precision === 'day');
}

function yearsAgo(fact: Fact, today: CalendarDay): string {
  const year = fact.date!.start.year;
  const years = today.year - year;
  // The asked-about day may lie before or after today, so say "this year" rather than "today".
  if (years === 0) return `This year (${year})`;
  if (years < 0) return `${-years} year${years === -1 ? '' : 's'} later (${year})`;
  return `${years} year${years === 1 ? '' : 's'} ago today (${year})`;
}

/**
 * Within one year, the facts most worth showing first when a day has many: corroborated by more
 * sources, then naming more of who, where and which institution (the event itself tends to name
 * them all, commentary on it fewer).
 */
function salience(fact: Fact): number {
  return fact.sources.length * 100 + fact.people.length + fact.places.length + fact.orgs.length;
}

/** A stable pseudo-random order of the facts, so the fact of the day cycles through all of them. */
function rotation(facts: readonly Fact[]): Fact[] {
  const hash = (text: string) => [...text].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16_777_619) >>> 0, 2_166_136_261);
  return [...facts].sort((a, b) => hash(a.id) - hash(b.id) || a.id.localeCompare(b.id));
}

/** What to show for a calendar day: exact-day facts, else a labelled fallback (see the module comment). */
export function onThisDay(knowledge: Knowledge, today: CalendarDay): OnThisDay {
  const dated = dayDated(knowledge.facts);
  const dateName = `${today.day} ${MONTH_NAMES[today.month - 1]}`;
  return onTheDay(dated, today, dateName) ?? thisWeek(dated, today, dateName) ?? factOfTheDay(knowledge.facts, today, dateName);
}

function onTheDay(dated: readonly Fact[], today: CalendarDay, dateName: string): OnThisDay | undefined {
  // In a common year, 29 February's events are remembered on 28 February.
  const alsoLeapDay = today.month === 2 && today.day === 28 && !isLeap(today.year);
  const exact = dated
    .filter(({ date }) => date!.start.month === today.month && (date!.start.day === today.day || (alsoLeapDay && date!.start.day === 29)))
    .sort((a, b) => a.date!.start.year - b.date!.start.year || salience(b) - salience(a) || a.id.localeCompare(b.id));
  if (exact.length === 0) return undefined;
  return { kind: 'on-this-day', title: `On this day: ${dateName}`, facts: exact, labels: exact.map((fact) => yearsAgo(fact, today)) };
}

/** The nearest (at most three) day-dated facts within a week either side, in any year. */
function thisWeek(dated: readonly Fact[], today: CalendarDay, dateName: string): OnThisDay | undefined {
  const target = dayOfYear(today.month, today.day);
  const nearby = dated
    .map((fact) => {
      let offset = dayOfYear(fact.date!.start.month!, fact.date!.start.day!) - target;
      if (offset > 183) offset -= 366;
      if (offset < -183) offset += 366;
      return { fact, offset };
    })
    .filter(({ offset }) => Math.abs(offset) <= WEEK)
    .sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset) || a.fact.date!.start.year - b.fact.date!.start.year)
    .slice(0, 3);
  if (nearby.length === 0) return undefined;
  return {
    kind: 'this-week',
    title: `Nothing on ${dateName}; this week in Azerbaijan–Serbia relations`,
    facts: nearby.map(({ fact }) => fact),
    labels: nearby.map(({ fact, offset }) => {
      const when = `${fact.date!.start.day} ${MONTH_NAMES[fact.date!.start.month! - 1]} ${fact.date!.start.year}`;
      const distance = `${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'}`;
      return offset < 0 ? `${distance} before ${dateName}: ${when}` : `${distance} after ${dateName}: ${when}`;
    }),
  };
}

function factOfTheDay(facts: readonly Fact[], today: CalendarDay, dateName: string): OnThisDay {
  const order = rotation(facts);
  const dayNumber = Math.floor(Date.UTC(today.year, today.month - 1, today.day) / 86_400_000);
  const fact = order[dayNumber % Math.max(1, order.length)];
  return {
    kind: 'fact-of-the-day',
    title: `Nothing dated ${dateName}; a fact of the day instead`,
    facts: fact ? [fact] : [],
    labels: fact ? ['Fact of the day'] : [],
  };
}
