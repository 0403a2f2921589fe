/**
 * The small interfaces the features implement and commands use: recording and reporting gaps and
 * votes, reloading the knowledge, the daily settings; and `Services`, the bundle of them handed to
 * commands and adapters. The core owns them so it imports no feature. The answer engine is a type
 * parameter because src/answer defines it: src/answer/services.ts names the bundle with it.
 */
import type { DailySettingsStore } from './daily-settings.js';
import type { Problem } from './problem.js';

export type Vote = 'up' | 'down';

/** Questions the bot declined, kept (without who asked) so moderators can fill the gaps. */
export interface GapRecorder {
  record(question: string, at: Date): void;
}

/**
 * 👍 / 👎 on the facts of an answer, one per person per fact (a second vote replaces the first).
 * `voter` is `<platform>:<user id>`; recorders keep only a salted hash of it, never the id.
 */
export interface VoteRecorder {
  record(factIds: readonly string[], vote: Vote, at: Date, voter: string): void;
}

/** How one load of the knowledge folder went. */
export interface ReloadOutcome {
  ok: boolean;
  at: Date;
  problems: Problem[];
  facts: number;
  sources: number;
  /** Milliseconds spent loading and indexing. */
  ms: number;
  /** Read from the snapshot of an earlier load of the same files (see src/answer/knowledge-snapshot.ts). */
  fromSnapshot?: boolean;
}

/** Reloading the knowledge and how it last went, for the moderators' reload and status commands. */
export interface KnowledgeControl {
  /** The knowledge folder, so problems can be shown relative to it. */
  readonly dir: string;
  /** Validates the folder and swaps it in when valid; the last good knowledge answers otherwise. */
  reload(): ReloadOutcome;
  /** The same with the files parsed off the main thread, so answering never waits for it. */
  reloadInBackground?(): Promise<ReloadOutcome>;
  /** What live reload is doing (watching, or why not), for status. */
  readonly watchState?: string;
  /** The latest reload, good or bad (start-up counts). */
  readonly lastReload: ReloadOutcome | undefined;
  /** The latest reload without errors: what is answering now. */
  readonly lastGood: ReloadOutcome | undefined;
}

/** One declined question as moderators see it: normalised, counted, without who asked. */
export interface GapEntry {
  question: string;
  count: number;
  /** ISO time it was last asked. */
  lastAsked: string;
}

/** The recorded gaps, read back for `gaps` and `status`. */
export interface GapReport {
  /** Most often asked first (then most recently asked). */
  mostAsked(limit: number): GapEntry[];
  /** Distinct questions recorded and how often they were asked in all. */
  totals(): { questions: number; asks: number };
}

/** 👍 / 👎 counts of one fact. */
export interface FactVotes {
  factId: string;
  up: number;
  down: number;
}

/** The recorded votes, read back for `status`. */
export interface VoteReport {
  /** Facts with at least one 👎, most 👎 first. */
  mostDownvoted(limit: number): FactVotes[];
}

/**
 * What commands and adapters may use, handed to them by whoever runs them (the bot's start-up, the
 * console, a test). An interface, so tests can inject a clock or a small knowledge base. The
 * optional parts are features a caller may leave out; commands say plainly when one is missing.
 * `TEngine` is the answer engine (src/answer/services.ts fills it in).
 */
export interface Services<TEngine = unknown> {
  /** The current answer engine (a reload swaps it; always ask for it afresh). */
  engine(): TEngine;
  /** The current time; tests inject a fixed clock. */
  now(): Date;
  /** IANA time zone in which "today" is reckoned (DAILY_POST_TZ). */
  timeZone: string;
  gaps?: GapRecorder;
  votes?: VoteRecorder;
  /** Moderators' access to reloading; left out where there is nothing to reload (tests, CLI). */
  knowledge?: KnowledgeControl;
  gapReport?: GapReport;
  voteReport?: VoteReport;
  /** The daily post's settings and moderators' channel choices; left out where it does not run. */
  daily?: DailySettingsStore;
}
