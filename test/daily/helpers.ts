/** Builders for the daily-post tests: fake adapters that record posts, small knowledge, temp DATA_DIRs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Adapter } from '../../src/core/adapter.js';
import type { Reply } from '../../src/core/reply.js';
import type { DailyChannel } from '../../src/daily/channels.js';
import { onThisDayReply } from '../../src/daily/compose-post.js';
import { PostedLog } from '../../src/daily/posted-log.js';
import { createDailyScheduler, type DailyScheduler } from '../../src/daily/scheduler.js';
import { parseFactDate, type FactDate } from '../../src/knowledge/dates.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Fact, Knowledge } from '../../src/knowledge/types.js';

const made: string[] = [];

/** A fresh empty folder to serve as DATA_DIR; removed by `removeTempDirs`. */
export function createTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'azsr-daily-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let real: Knowledge | undefined;
/** The real ./knowledge, loaded once. */
export function realKnowledge(): Knowledge {
  real ??= loadKnowledge('knowledge').knowledge;
  if (!real) throw new Error('test: ./knowledge did not load');
  return real;
}

/** A small knowledge base of made-up facts (id and date), all citing one test source. */
export function createKnowledge(facts: Array<{ id: string; date?: string; statement?: string; people?: string[] }>): Knowledge {
  const built: Fact[] = facts.map(({ id, date, statement, people }) => {
    const parsed = date === undefined ? undefined : parseFactDate(date);
    if (typeof parsed === 'string') throw new Error(`test: bad date ${date}: ${parsed}`);
    return {
      id,
      statement: statement ?? `Statement of ${id}.`,
      ...(parsed ? { date: parsed as FactDate } : {}),
      sources: ['test-source'],
      section: 'Test',
      people: people ?? [],
      places: [],
      orgs: [],
      tags: [],
      disagreesWith: [],
      file: 'test.yaml',
      line: 1,
    };
  });
  return {
    sources: new Map([
      [
        'test-source',
        {
          id: 'test-source',
          title: 'Test source',
          publisher: 'Tests',
          author: 'A',
          published: '2020',
          names: [],
          url: 'https://example.org/test',
          licence: 'test',
        },
      ],
    ]),
    facts: built,
    factsById: new Map(built.map((fact) => [fact.id, fact])),
    aliases: [],
  };
}

/** A fake adapter that records every post and every attempt. */
export interface RecordingAdapter extends Adapter {
  posts: Array<{ channelId: string; reply: Reply }>;
  attempts: string[];
}

/**
 * A fake adapter; `failures` says how many times a post to a channel fails before it succeeds
 * (`Infinity`: always), like a deleted channel or a rate limit.
 */
export function createRecordingAdapter(name: Adapter['name'], failures: Record<string, number> = {}): RecordingAdapter {
  const failed = new Map<string, number>();
  const adapter: RecordingAdapter = {
    name,
    posts: [],
    attempts: [],
    start: async () => {},
    stop: async () => {},
    async post(channelId, reply) {
      adapter.attempts.push(channelId);
      const count = failed.get(channelId) ?? 0;
      if (count < (failures[channelId] ?? 0)) {
        failed.set(channelId, count + 1);
        throw new Error(`${name}: Missing Access to ${channelId}`);
      }
      adapter.posts.push({ channelId, reply });
    },
  };
  return adapter;
}

export const belgrade = (platform: DailyChannel['platform'], channelId: string, timeZone = 'Europe/Belgrade'): DailyChannel => ({
  platform,
  channelId,
  timeZone,
  origin: 'settings',
});

export interface SchedulerHarness {
  scheduler: DailyScheduler;
  /** Back-off delays the scheduler asked to sleep, in order. */
  sleeps: number[];
}

/** A scheduler as production builds it, over DATA_DIR `dataDir`, with sleeps recorded instead of waited. */
export function createScheduler(options: {
  dataDir: string;
  adapters: Adapter[];
  channels: DailyChannel[];
  time?: string;
  knowledge?: Knowledge;
}): SchedulerHarness {
  const sleeps: number[] = [];
  const scheduler = createDailyScheduler({
    adapters: options.adapters,
    channels: () => options.channels,
    postTime: options.time ?? '09:00',
    compose: (day) => onThisDayReply(options.knowledge ?? realKnowledge(), day),
    postedLog: PostedLog.in(options.dataDir),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { scheduler, sleeps };
}

/** Polls until `check` is true, or rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`waitFor: not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
