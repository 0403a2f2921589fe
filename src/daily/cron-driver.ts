/**
 * Drives the scheduler from croner. One job per time zone fires at the post time on that zone's
 * wall clock (croner follows its daylight-saving changes). An hourly sweep catches what an exact
 * job cannot: a post time that a spring-forward skips (croner skips times in the gap), a channel
 * added in a new zone, a machine that slept through the time. The scheduler's `runDue` decides
 * what is actually due, so an extra tick never posts twice.
 */
import { Cron } from 'croner';
import { log } from '../core/log.js';
import { parsePostTime } from './local-clock.js';

export interface CronDriverOptions {
  /** Local post time, 'HH:MM'. */
  time: string;
  /** The zones that currently have channels. */
  zones(): string[];
  /** Runs the scheduler at the current time. */
  tick(): Promise<unknown>;
}

export interface CronDriver {
  /** Adds jobs for new zones and stops those of zones no longer used. */
  reconcile(): void;
  /** The zones with a job, for tests and the log. */
  zones(): string[];
  stop(): void;
}

/** The cron pattern (seconds first) for a daily 'HH:MM'. */
export function dailyPattern(time: string): string {
  const minutes = parsePostTime(time);
  return `0 ${minutes % 60} ${Math.floor(minutes / 60)} * * *`;
}

/** The hourly sweep's pattern: on the hour. */
export const SWEEP_PATTERN = '0 0 * * * *';

export function startCronDriver(options: CronDriverOptions): CronDriver {
  const pattern = dailyPattern(options.time);
  const jobs = new Map<string, Cron>();
  // The settings' change listener outlives stop(); it must not bring jobs back.
  let stopped = false;
  const onError = (error: unknown) => log.error('daily post tick failed', { error });
  const tick = async (): Promise<void> => {
    await options.tick().catch(onError);
  };

  function reconcile(): void {
    if (stopped) return;
    const wanted = new Set(options.zones());
    for (const [zone, job] of jobs) {
      if (wanted.has(zone)) continue;
      job.stop();
      jobs.delete(zone);
    }
    for (const zone of wanted) {
      if (!jobs.has(zone)) jobs.set(zone, new Cron(pattern, { timezone: zone, protect: true, catch: onError }, tick));
    }
  }

  const sweep = new Cron(SWEEP_PATTERN, { protect: true, catch: onError }, () => {
    reconcile();
    return tick();
  });
  reconcile();

  return {
    reconcile,
    zones: () => [...jobs.keys()],
    stop() {
      stopped = true;
      sweep.stop();
      for (const job of jobs.values()) job.stop();
      jobs.clear();
    },
  };
}
