import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../src/core/reply.js';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { KnowledgeReloader } from '../../src/moderation/reloader.js';
import { createKnowledgeCopy, removeTempDirs } from './helpers.js';

// The reloader's wait before telling moderators runs on a fake clock: no real-time windows.
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  removeTempDirs();
});

const NOTIFY_AFTER_MS = 2000;
const settle = () => vi.advanceTimersByTimeAsync(NOTIFY_AFTER_MS * 3);

/** A reloader over a knowledge copy, with helpers to break and mend one fact file. */
function createReloader() {
  const dir = createKnowledgeCopy();
  const store = new KnowledgeStore(dir);
  store.reload();
  const notices: Reply[] = [];
  const reloader = new KnowledgeReloader({ store, notify: (reply) => void notices.push(reply), notifyAfterMs: NOTIFY_AFTER_MS });
  const file = join(dir, 'facts', 'energy.yaml');
  const good = readFileSync(file, 'utf8');
  const breakWith = (line: string) => writeFileSync(file, `${good}\n${line}\n`);
  const mend = () => writeFileSync(file, good);
  return { reloader, notices, breakWith, mend };
}

describe('KnowledgeReloader', () => {
  it('GIVEN the start-up load THEN it is the last good reload', () => {
    const { reloader } = createReloader();
    expect(reloader.lastGood?.ok).toBe(true);
    expect(reloader.lastReload).toBe(reloader.lastGood);
  });

  it('GIVEN a failure that a reload fixes at once THEN moderators are not bothered', async () => {
    const { reloader, notices, breakWith, mend } = createReloader();
    breakWith('- id: half-saved');
    expect(reloader.reload().ok).toBe(false);
    mend();
    expect(reloader.reload().ok).toBe(true);
    await settle();
    expect(notices).toEqual([]);
  });

  it('GIVEN a failure that stands THEN one notice with the errors, and one when fixed', async () => {
    const { reloader, notices, breakWith, mend } = createReloader();
    breakWith('- id: Not An Id');
    const failed = reloader.reload();
    expect(reloader.lastGood).not.toBe(failed);
    reloader.reload();
    await settle();
    expect(notices.map((n) => n.title)).toEqual(['Knowledge change not loaded']);
    expect(notices[0]?.body).toMatch(/keeps answering from the last good knowledge/);
    expect(notices[0]?.items.every((item) => item.text.startsWith('error:'))).toBe(true);

    mend();
    reloader.reload();
    await settle();
    expect(notices.map((n) => n.title)).toEqual(['Knowledge change not loaded', 'Knowledge loaded again']);
  });

  it('GIVEN a different failure after a posted one THEN it is posted too', async () => {
    const { reloader, notices, breakWith } = createReloader();
    breakWith('- id: Not An Id');
    reloader.reload();
    await settle();
    breakWith('- id: also bad: yes');
    reloader.reload();
    await settle();
    expect(notices).toHaveLength(2);
    expect(notices[1]?.items[0]?.text).toMatch(/YAML cannot be read/);
  });

  it('GIVEN a failure going back to the one already posted THEN a pending different one is dropped', async () => {
    const { reloader, notices, breakWith } = createReloader();
    breakWith('- id: Not An Id');
    reloader.reload();
    await settle();
    breakWith('- id: also bad: yes');
    reloader.reload();
    breakWith('- id: Not An Id');
    reloader.reload();
    await settle();
    expect(notices).toHaveLength(1);
  });
});
