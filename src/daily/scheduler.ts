/**
 * Decides and does the daily posts. `runDue(now)` takes the clock as an argument, so production
 * drives it from croner (cron-driver.ts) and tests call it with any instant they like.
 */
import type { CalendarDay } from '../core/local-date.js';
import type { Adapter } from '../core/adapter.js';
import { log } from '../core/log.js';
import type { Reply } from '../core/reply.js';
import { channelKey, type DailyChannel } from './channels.js';
import { dueDay } from './due.js';
import { parsePostTime } from './local-clock.js';
import type { PostedLog } from './posted-log.js';
import { DEFAULT_RETRY, realSleep, withRetries, type RetryPolicy, type Sleep } from './retry.js';

export interface DailySchedulerOptions {
  /** The running adapters; a channel's platform picks its adapter by name. */
  adapters: readonly Adapter[];
  /** The channels to serve, asked afresh on every run so moderators' changes apply at once. */
  channels(): DailyChannel[];
  /** Local post time, 'HH:MM'. */
  postTime: string;
  /** The post for a local calendar day. */
  compose(day: CalendarDay): Reply;
  postedLog: PostedLog;
  retry?: RetryPolicy;
  sleep?: Sleep;
}

/** What one run did, by channel key (`discord:123`). */
export interface DailyRunReport {
  posted: string[];
  failed: string[];
}

export interface DailyScheduler {
  /** Posts to every channel whose post is due at `now`; runs never overlap. */
  runDue(now: Date): Promise<DailyRunReport>;
  /** Stops retrying; runs after this do nothing. */
  stop(): void;
}

export function createDailyScheduler(options: DailySchedulerOptions): DailyScheduler {
  const postMinutes = parsePostTime(options.postTime);
  const retry = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? realSleep;
  // Channels given up on (or posted but not recorded) for a day, so later runs that day leave them be.
  const settled = new Map<string, string>();
  let stopped = false;
  let queue: Promise<unknown> = Promise.resolve();

  async function postOne(channel: DailyChannel, day: string, reply: Reply, now: Date): Promise<boolean> {
    const key = channelKey(channel);
    const adapter = options.adapters.find((a) => a.name === channel.platform);
    if (!adapter) {
      log.error('daily post: no running adapter for this channel; skipped for today', { channel: key, day });
      settled.set(key, day);
      return false;
    }
    const outcome = await withRetries(() => adapter.post(channel.channelId, reply), {
      policy: retry,
      sleep,
      cancelled: () => stopped,
      onFailure: (error, attempt, willRetry) => log.warn('daily post failed', { channel: key, day, attempt, willRetry, error }),
    });
    settled.set(key, day);
    if (!outcome.ok) {
      log.error('daily post gave up for today', { channel: key, day, attempts: outcome.attempts, error: outcome.error });
      return false;
    }
    try {
      options.postedLog.record(key, day, now);
    } catch (error) {
      // Posted but not recorded: `settled` stops a repeat in this process; a restart may repeat once.
      log.error('daily post sent but could not be recorded', { channel: key, day, error });
    }
    log.info('daily post sent', { channel: key, day, attempts: outcome.attempts });
    return true;
  }

  async function run(now: Date): Promise<DailyRunReport> {
    const report: DailyRunReport = { posted: [], failed: [] };
    if (stopped) return report;
    const replies = new Map<string, Reply>();
    const tasks = options.channels().map(async (channel) => {
      const key = channelKey(channel);
      const recorded = options.postedLog.lastDay(key);
      const lastDay = [recorded, settled.get(key)]
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1);
      const due = dueDay({ now, timeZone: channel.timeZone, postMinutes, lastDay });
      if (!due) return;
      let reply = replies.get(due.key);
      try {
        // Channels on the same local day share one composed post.
        reply ??= options.compose(due.day);
        replies.set(due.key, reply);
      } catch (error) {
        // Not settled: a knowledge reload may fix it before the next run.
        log.error('daily post could not be composed', { channel: key, day: due.key, error });
        report.failed.push(key);
        return;
      }
      ((await postOne(channel, due.key, reply, now)) ? report.posted : report.failed).push(key);
    });
    await Promise.all(tasks);
    return report;
  }

  return {
    runDue(now) {
      const next = queue.then(() => run(now));
      queue = next.catch(() => undefined);
      return next;
    },
    stop() {
      stopped = true;
    },
  };
}
