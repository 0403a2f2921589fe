import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeJsonAtomic, type DataFs } from '../../src/core/data-file.js';
import { flushUnsavedRecords } from '../../src/core/durable-record.js';
import { log } from '../../src/core/log.js';
import { PostedLog } from '../../src/daily/posted-log.js';
import { DailySettingsFile } from '../../src/daily/settings-file.js';
import { GapStore } from '../../src/moderation/gap-store.js';
import { VoteStore } from '../../src/moderation/vote-store.js';
import { createTempDir, removeTempDirs } from '../moderation/helpers.js';

afterEach(() => {
  removeTempDirs();
  vi.restoreAllMocks();
});

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** The real fs, but writes fail as on a full disk while `full` is true (after writing a little). */
function fullDisk(): DataFs & { full: boolean } {
  const fake = {
    ...fs,
    full: false,
    writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
      if (!fake.full) return fs.writeSync(fd, buffer, offset, length);
      if (length > 10) return fs.writeSync(fd, buffer, offset, 10); // a short write first, then the error
      throw enospc();
    }) as typeof fs.writeSync,
  };
  return fake;
}

function fillGaps(store: GapStore, count: number): void {
  for (let i = 0; i < count; i++) store.record(`question number ${i} about something`, at(i % 60));
}

describe('GIVEN a full disk', () => {
  it('THEN the declined questions on disk stay whole, the new ones wait in memory, the operator gets a hint, and they land once there is room', () => {
    const dir = createTempDir();
    const disk = fullDisk();
    const errors = vi.spyOn(log, 'error');
    const gaps = new GapStore(dir, { fs: disk });
    fillGaps(gaps, 1000);
    const before = readFileSync(gaps.file, 'utf8');

    disk.full = true;
    gaps.record('a question asked while the disk is full', at(5));
    gaps.record('another one', at(6));
    expect(readFileSync(gaps.file, 'utf8')).toBe(before);
    expect(JSON.parse(before).gaps).toHaveLength(1000);
    expect(gaps.unsaved).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(1); // one line for the failure, not one per question
    expect(errors.mock.calls[0]?.[0]).toMatch(/^could not save the declined questions; keeping them in memory and trying again in 30 s$/);
    expect(errors.mock.calls[0]?.[1]).toMatchObject({ hint: expect.stringMatching(/is full: free some space/) });

    disk.full = false;
    expect(flushUnsavedRecords()).toBe(true);
    expect(gaps.unsaved).toBe(false);
    const after = new GapStore(dir);
    expect(after.mostAsked(2000).map((gap) => gap.question)).toContain('a question asked while the disk is full');
  });

  it('THEN votes, daily channels and the posted log go through the same path and keep their old file', () => {
    const dir = createTempDir();
    const disk = fullDisk();
    const votes = new VoteStore(dir, { fs: disk });
    votes.record(['fact-a'], 'down', at(1), 'voter-1');
    disk.full = true;
    votes.record(['fact-b'], 'down', at(2), 'voter-1');
    expect(JSON.parse(readFileSync(votes.file, 'utf8')).facts).toHaveProperty('fact-a');
    expect(votes.mostDownvoted(5).map((v) => v.factId)).toEqual(['fact-a', 'fact-b']);

    // These two use the real disk, with a folder in the way, to show the same path keeps memory.
    const settings = DailySettingsFile.in(dir, { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: [], slackChannelIds: [] });
    mkdirSync(`${settings.file}`);
    settings.set('discord', '1', { channelId: '2', setBy: 'moderator', setAt: at(1).toISOString() });
    expect(settings.choice('discord', '1')?.channelId).toBe('2');
    const posted = PostedLog.in(join(dir, 'missing', 'deeper'));
    posted.record('discord:2', '2026-03-01', at(3));
    expect(posted.lastDay('discord:2')).toBe('2026-03-01');
  });
});

describe('GIVEN a real full disk (a 64 KB tmpfs)', () => {
  it('THEN the gaps file is always the old or the new one, never broken, and saving resumes once space is freed', (context) => {
    const mountPoint = fs.mkdtempSync(join(tmpdir(), 'azsr-tmpfs-'));
    try {
      // Only root can mount; elsewhere the injected full disk above covers the same path.
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    } catch {
      fs.rmSync(mountPoint, { recursive: true, force: true });
      context.skip('mounting a tmpfs is not permitted here');
      return;
    }
    try {
      fillUntilFull(mountPoint);
    } finally {
      execFileSync('umount', [mountPoint]);
      fs.rmSync(mountPoint, { recursive: true, force: true });
    }
  });
});

function fillUntilFull(mountPoint: string): void {
  const gaps = new GapStore(mountPoint, { retryMs: 60_000 });
  const filler = join(mountPoint, 'filler');
  writeFileSync(filler, Buffer.alloc(30 * 1024));
  let asked = 0;
  while (!gaps.unsaved && asked < 5000) {
    gaps.record(`question ${asked} asked while the disk fills up with declined questions`, at(asked % 60));
    asked++;
    expect(() => JSON.parse(readFileSync(gaps.file, 'utf8'))).not.toThrow();
  }
  expect(gaps.unsaved).toBe(true);
  expect(readdirSync(mountPoint).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  expect(JSON.parse(readFileSync(gaps.file, 'utf8')).gaps.length).toBe(asked - 1);

  fs.unlinkSync(filler);
  flushUnsavedRecords();
  expect(gaps.unsaved).toBe(false);
  expect(JSON.parse(readFileSync(gaps.file, 'utf8')).gaps.length).toBe(asked);
}

describe('GIVEN odd state files', () => {
  it('GIVEN gaps.json and votes.json are folders THEN each is set aside with a warning and the bot carries on', () => {
    const dir = createTempDir();
    mkdirSync(join(dir, 'gaps.json'));
    mkdirSync(join(dir, 'votes.json'));
    const warnings = vi.spyOn(log, 'warn');
    const gaps = new GapStore(dir);
    const votes = new VoteStore(dir);
    gaps.record('who is the mayor', at(1));
    votes.record(['fact-a'], 'up', at(1), 'voter-1');
    expect(gaps.unsaved).toBe(false);
    expect(new GapStore(dir).totals()).toEqual({ questions: 1, asks: 1 });
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(2);
    expect(warnings.mock.calls.map((call) => call[0])).toContain('a data file was unreadable; set it aside and started afresh');
  });

  it('GIVEN DATA_DIR is a file THEN start-up carries on in memory and says what to fix, without a stack trace', () => {
    const dataDir = join(createTempDir(), 'data');
    writeFileSync(dataDir, 'oops');
    const errors = vi.spyOn(log, 'error');
    const gaps = new GapStore(dataDir, { retryMs: 60_000 });
    gaps.record('who is the mayor', at(1));
    expect(gaps.totals()).toEqual({ questions: 1, asks: 1 });
    expect(gaps.unsaved).toBe(true);
    const hints = errors.mock.calls.map((call) => String((call[1] as { hint?: string }).hint));
    expect(hints.some((hint) => hint.includes(`${dataDir} (DATA_DIR) or a folder above it is a file, not a folder`))).toBe(true);
    expect(JSON.stringify(errors.mock.calls)).not.toMatch(/\n\s+at /);
    gaps.record('second', at(2));
    expect(readFileSync(dataDir, 'utf8')).toBe('oops');
  });

  it('GIVEN a state file the bot may not read THEN it is set aside with a permission hint', () => {
    const dir = createTempDir();
    writeFileSync(join(dir, 'votes.json'), '{"version":1,"facts":{}}');
    const denied: DataFs = {
      ...fs,
      readFileSync: (() => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }) as typeof fs.readFileSync,
    };
    const warnings = vi.spyOn(log, 'warn');
    new VoteStore(dir, { fs: denied });
    expect(warnings.mock.calls[0]?.[1]).toMatchObject({
      reason: expect.stringMatching(/^EACCES: the bot may not write or read .*check the owner and permissions/),
    });
    expect(readdirSync(dir).some((name) => name.startsWith('votes.json.corrupt-'))).toBe(true);
  });

  it('GIVEN temporary files left by a killed write THEN they are removed at start', () => {
    const dir = createTempDir();
    writeFileSync(join(dir, 'gaps.json.4242.1700000000000.tmp'), '{"version":1,"ga');
    writeFileSync(join(dir, 'keep.tmp'), 'not ours');
    new GapStore(dir);
    expect(readdirSync(dir).sort()).toEqual(['keep.tmp']);
  });

  it('GIVEN a write that fails THEN writeJsonAtomic throws with a hint and leaves neither a temp file nor a changed file', () => {
    const dir = createTempDir();
    const file = join(dir, 'x.json');
    writeJsonAtomic(file, { a: 1 });
    const failing: DataFs = {
      ...fs,
      fsyncSync: () => {
        throw enospc();
      },
    };
    expect(() => writeJsonAtomic(file, { a: 2 }, failing)).toThrow(/x\.json: ENOSPC/);
    expect(readdirSync(dir)).toEqual(['x.json']);
    expect(existsSync(file) && JSON.parse(readFileSync(file, 'utf8'))).toEqual({ a: 1 });
  });
});

describe('GIVEN the process is killed (SIGKILL) while writing', () => {
  it('THEN the file is always a whole old or new version, and the left-over temporary file is cleaned at the next start', async () => {
    const dir = createTempDir();
    const file = join(dir, 'gaps.json');
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/core/write-loop.ts', file], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Kill after a different number of completed writes each round, so the kill lands mid-write at varied points.
      const writes = 3 + round * 7;
      await new Promise<void>((resolve) => {
        let lines = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          lines += chunk.toString().split('\n').length - 1;
          if (lines >= writes) resolve();
        });
      });
      child.kill('SIGKILL');
      await once(child, 'exit');
      const content = JSON.parse(readFileSync(file, 'utf8')) as { tag: string; gaps: unknown[] };
      expect(['old', 'new']).toContain(content.tag);
      expect(content.gaps).toHaveLength(2000);
    }
    writeFileSync(join(dir, 'gaps.json.999999.1700000000000.tmp'), '{"half":');
    new GapStore(dir); // set aside: the loop's record is not a gaps file, which is fine here
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
