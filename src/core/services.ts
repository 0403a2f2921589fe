/**
 * What commands and adapters may use, handed to them by whoever runs them (the bot's start-up, the
 * console, a test). An interface, so tests can inject a clock or a small knowledge base. The
 * optional parts are features a caller may leave out; commands say plainly when one is missing.
 */
import type { Engine } from '../answer/engine.js';

export type Vote = 'up' | 'down';

/** Questions the bot declined, kept (without who asked) so moderators can fill the gaps. */
export interface GapRecorder {
  record(question: string, at: Date): void;
}

/** 👍 / 👎 on the facts of an answer, kept per fact without who voted. */
export interface VoteRecorder {
  record(factIds: readonly string[], vote: Vote, at: Date): void;
}

export interface Services {
  /** The current answer engine (a reload swaps it; always ask for it afresh). */
  engine(): Engine;
  /** The current time; tests inject a fixed clock. */
  now(): Date;
  /** IANA time zone in which "today" is reckoned (DAILY_POST_TZ). */
  timeZone: string;
  gaps?: GapRecorder;
  votes?: VoteRecorder;
}
