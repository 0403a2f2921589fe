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
  const scheduling: Scheduling = {
    options,
    postMinutes: parsePostTime(options.postTime),
    retry: options.retry ?? DEFAULT_RETRY,
    sleep: options.sleep ?? realSleep,
    settled: new Map(),
    stopped: false,
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    runDue(now) {
      const next = queue.then(() => run(scheduling, now));
      queue = next.catch(() => undefined);
      return next;
    },
    stop() {
      scheduling.stopped = true;
    },
  };
}

/** What every run of one scheduler shares. */
interface Scheduling {
  options: DailySchedulerOptions;
  postMinutes: number;
  retry: RetryPolicy;
  sleep: Sleep;
  /** Channels given up on (or posted but not recorded) for a day, so later runs that day leave them be. */
  settled: Map<string, string>;
  stopped: boolean;
}

/** One run: its instant, the posts composed so far (by local day) and what it did. */
interface Run {
  scheduling: Scheduling;
  now: Date;
  replies: Map<string, Reply>;
  report: DailyRunReport;
}

async function run(scheduling: Scheduling, now: Date): Promise<DailyRunReport> {
  const report: DailyRunReport = { posted: [], failed: [] };
  if (scheduling.stopped) return report;
  const thisRun: Run = { scheduling, now, replies: new Map(), report };
  const tasks = scheduling.options.channels().map((channel) => serveChannel(channel, thisRun));
  await Promise.all(tasks);
  return report;
}

async function serveChannel(channel: DailyChannel, thisRun: Run): Promise<void> {
  const { scheduling, now, report } = thisRun;
  const key = channelKey(channel);
  const due = dueDay({ now, timeZone: channel.timeZone, postMinutes: scheduling.postMinutes, lastDay: lastDayDone(scheduling, key) });
  if (!due) return;
  const reply = composeOnce(due, key, thisRun);
  if (!reply) return;
  ((await postOne(scheduling, { channel, day: due.key, reply, now })) ? report.posted : report.failed).push(key);
}

/** The later of the day recorded as posted and the day given up on in this process. */
function lastDayDone(scheduling: Scheduling, key: string): string | undefined {
  const recorded = scheduling.options.postedLog.lastDay(key);
  return [recorded, scheduling.settled.get(key)]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

/** The post for a due day, composed once for every channel on the same local day; undefined when it cannot be. */
function composeOnce(due: { day: CalendarDay; key: string }, key: string, { scheduling, replies, report }: Run): Reply | undefined {
  let reply = replies.get(due.key);
  try {
    reply ??= scheduling.options.compose(due.day);
    replies.set(due.key, reply);
    return reply;
  } catch (error) {
    // Not settled: a knowledge reload may fix it before the next run.
    log.error('daily post could not be composed', { channel: key, day: due.key, error });
    report.failed.push(key);
    return undefined;
  }
}

interface DuePost {
  channel: DailyChannel;
  /** The local day, 'YYYY-MM-DD'. */
  day: string;
  reply: Reply;
  now: Date;
}

/** Posts to one channel with retries; whether it was posted. */
async function postOne(scheduling: Scheduling, { channel, day, reply, now }: DuePost): Promise<boolean> {
  const key = channelKey(channel);
  const adapter = scheduling.options.adapters.find((a) => a.name === channel.platform);
  if (!adapter) {
    log.error('daily post: no running adapter for this channel; skipped for today', { channel: key, day });
    scheduling.settled.set(key, day);
    return false;
  }
  const outcome = await withRetries(() => adapter.post(channel.channelId, reply), {
    policy: scheduling.retry,
    sleep: scheduling.sleep,
    cancelled: () => scheduling.stopped,
    onFailure: (error, attempt, willRetry) => log.warn('daily post failed', { channel: key, day, attempt, willRetry, error }),
  });
  scheduling.settled.set(key, day);
  if (!outcome.ok) {
    log.error('daily post gave up for today', { channel: key, day, attempts: outcome.attempts, error: outcome.error });
    return false;
  }
  recordPosted(scheduling, key, day, now);
  log.info('daily post sent', { channel: key, day, attempts: outcome.attempts });
  return true;
}

function recordPosted(scheduling: Scheduling, key: string, day: string, now: Date): void {
  try {
    scheduling.options.postedLog.record(key, day, now);
  } catch (error) {
    // Posted but not recorded: `settled` stops a repeat in this process; a restart may repeat once.
    log.error('daily post sent but could not be recorded', { channel: key, day, error });
  }
}
