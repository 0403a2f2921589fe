/** Whether a channel's post is due: the pure decision at the heart of the scheduler. */
import { dayKey } from '../core/local-date.js';
import { localTime, type LocalTime } from './local-clock.js';

export interface DueCheck {
  now: Date;
  timeZone: string;
  /** Minutes after local midnight of the post time. */
  postMinutes: number;
  /** The local day ('YYYY-MM-DD') the channel last got its post, if ever. */
  lastDay: string | undefined;
}

/** The local day to post for, or undefined when nothing is due now. */
export function dueDay(check: DueCheck): { day: LocalTime['day']; key: string } | undefined {
  const local = localTime(check.now, check.timeZone);
  // At or after the post time rather than at it: a bot that was down, a clock that skipped the
  // time (spring forward) or a late tick still posts that day, once.
  if (local.minutes < check.postMinutes) return undefined;
  const key = dayKey(local.day);
  // Only today, and never a day older than one already posted (a channel moved to a zone that is
  // behind): missed days are not made up, so a channel is never flooded.
  if (check.lastDay !== undefined && check.lastDay >= key) return undefined;
  return { day: local.day, key };
}
