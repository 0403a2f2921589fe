/**
 * What commands may use, handed to them by whoever runs them (the bot's start-up, the console, a
 * test). Kept as an interface so tests can inject a clock or a small knowledge base.
 */
import type { Engine } from '../answer/engine.js';

export interface Services {
  /** The current answer engine (a reload swaps it; always ask for it afresh). */
  engine(): Engine;
  /** The current time; tests inject a fixed clock. */
  now(): Date;
  /** IANA time zone in which "today" is reckoned (DAILY_POST_TZ). */
  timeZone: string;
}
