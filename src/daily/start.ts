/**
 * Wires the daily post for `npm start` once the adapters run: the scheduler and its croner jobs,
 * with a catch-up run at once so a bot started after the post time still posts today. (The
 * settings store comes first, before the adapters, since the moderator command needs it: see
 * DailySettingsFile.in.) Imported only when a platform runs: the console posts nothing.
 */
import type { Adapter } from '../core/adapter.js';
import { log } from '../core/log.js';
import type { Knowledge } from '../knowledge/types.js';
import { dailyChannels } from './channels.js';
import { onThisDayReply } from './compose-post.js';
import { startCronDriver, type CronDriver } from './cron-driver.js';
import { PostedLog } from './posted-log.js';
import type { RetryPolicy } from './retry.js';
import { createDailyScheduler, type DailyScheduler } from './scheduler.js';
import type { DailySettingsStore } from '../core/daily-settings.js';

export interface DailyPostsOptions {
  settings: DailySettingsStore;
  /** The adapters that were started (one that failed to start simply fails its posts). */
  adapters: readonly Adapter[];
  dataDir: string;
  /** The current knowledge (a reload swaps it). */
  knowledge(): Knowledge;
  /** The clock; the real one unless a test injects another. */
  now?: () => Date;
  /** How failed posts are retried; the default suits production, tests shorten the waits. */
  retry?: RetryPolicy;
}

export interface DailyPosts {
  scheduler: DailyScheduler;
  driver: CronDriver;
  stop(): void;
}

/** Starts posting daily; call `stop()` on shutdown. */
export function startDailyPosts(options: DailyPostsOptions): DailyPosts {
  const { settings } = options;
  const now = options.now ?? (() => new Date());
  const scheduler = createDailyScheduler({
    adapters: options.adapters,
    channels: () => dailyChannels(settings),
    postTime: settings.time,
    compose: (day) => onThisDayReply(options.knowledge(), day),
    postedLog: PostedLog.in(options.dataDir),
    ...(options.retry ? { retry: options.retry } : {}),
  });
  const tick = () => scheduler.runDue(now());
  const driver = startCronDriver({
    time: settings.time,
    zones: () => [...new Set(dailyChannels(settings).map((channel) => channel.timeZone))],
    tick,
  });
  const runNow = () => void tick().catch((error: unknown) => log.error('daily post run failed', { error }));
  settings.onChange(() => {
    driver.reconcile();
    runNow();
  });
  runNow();
  log.info('daily post scheduled', { time: settings.time, channels: dailyChannels(settings).length, zones: driver.zones() });
  return {
    scheduler,
    driver,
    stop() {
      driver.stop();
      scheduler.stop();
    },
  };
}
