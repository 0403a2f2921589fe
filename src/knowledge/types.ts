import type { FactDate } from './dates.js';

/** A document facts are taken from. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  author: string;
  published: string;
  publishedNote?: string;
  /** What people call the document or its publisher ("RUSI", "Jamestown"): "according to RUSI". */
  names: string[];
  url: string;
  licence: string;
}

/** One fact, validated, with where it was written. */
export interface Fact {
  id: string;
  statement: string;
  date?: FactDate;
  /** Why the date follows from the text when the source does not state it outright. */
  derived?: string;
  sources: string[];
  section: string;
  people: string[];
  places: string[];
  orgs: string[];
  tags: string[];
  disagreesWith: string[];
  /** Knowledge file (relative to the knowledge folder) and line of the entry. */
  file: string;
  line: number;
}

/** Everything the bot knows, as loaded from one knowledge folder. */
export interface Knowledge {
  sources: Map<string, Source>;
  facts: Fact[];
  factsById: Map<string, Fact>;
  /** Groups of spellings that mean the same (first is the usual one). */
  aliases: string[][];
}

export type { Problem } from '../core/problem.js';
