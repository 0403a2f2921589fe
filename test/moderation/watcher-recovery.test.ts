/** Live reload that survives the knowledge folder being deleted, re-created or replaced, and says so in status. */
import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '../../src/core/log.js';
import azsrStatus from '../../commands/azsr-status.js';
import { runCommand } from '../../src/core/dispatch.js';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/moderation/knowledge-watcher.js';
import { KnowledgeReloader } from '../../src/moderation/reloader.js';
import {
  createCommandContext,
  createKnowledgeCopy,
  createServices,
  NEW_FACT_ID,
  NEW_FACT_QUESTION,
  NEW_FACT_YAML,
  removeTempDirs,
  waitFor,
} from './helpers.js';

let watcher: KnowledgeWatcher | undefined;
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  removeTempDirs();
});

function startLive() {
  const dir = createKnowledgeCopy();
  const store = new KnowledgeStore(dir);
  expect(store.reload().ok).toBe(true);
  const reloader = new KnowledgeReloader({ store, notifyAfterMs: 50 });
  // A short check interval stands in for the default 2 s.
  watcher = watchKnowledge({ dir, onChange: () => reloader.reloadInBackground(), checkEveryMs: 20 });
  reloader.watcher = watcher;
  const answers = () => {
    const answer = store.engine().ask(NEW_FACT_QUESTION);
    return answer.answered && answer.facts[0]?.id === NEW_FACT_ID;
  };
  const status = async () => (await runCommand(azsrStatus, createCommandContext(createServices(store, { knowledge: reloader }), true), {})).items;
  return { dir, store, reloader, answers, status };
}

describe('live reload when the knowledge folder is replaced', () => {
  it('GIVEN the folder is deleted THEN status says live reload waits for it and the last reload failed; WHEN it is re-created THEN changes are live again', async () => {
    const { dir, reloader, answers, status } = startLive();
    const backup = `${dir}-backup`;
    cpSync(dir, backup, { recursive: true });
    rmSync(dir, { recursive: true });
    await waitFor(() => reloader.lastReload?.ok === false);
    const whileMissing = await status();
    expect(whileMissing.find((item) => item.label === 'Live reload')?.text).toBe(
      `waiting: the knowledge folder ${dir} is missing; live reload resumes when it is back`,
    );
    expect(whileMissing.find((item) => item.label === 'Last reload')?.text).toMatch(/FAILED/);
    expect(answers()).toBe(false);

    renameSync(backup, dir);
    await waitFor(() => reloader.lastReload?.ok === true);
    expect((await status()).find((item) => item.label === 'Live reload')?.text).toBe(`watching ${dir} for changes`);
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    await waitFor(answers, 5000);
  });

  it('GIVEN a deploy renames a new folder over the old one THEN the new content is loaded and later saves are picked up', async () => {
    const { dir, answers, reloader } = startLive();
    const next = `${dir}-next`;
    cpSync(dir, next, { recursive: true });
    writeFileSync(join(next, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    rmSync(dir, { recursive: true });
    renameSync(next, dir);
    await waitFor(answers, 5000);
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), '- broken: [\n');
    await waitFor(() => reloader.lastReload?.ok === false, 5000);
  });
});

describe('reloading off the main thread', () => {
  it('GIVEN reloadInBackground THEN the knowledge is read in a worker and swapped in, and overlapping calls end with the latest files', async () => {
    const warnings = vi.spyOn(log, 'warn');
    const dir = createKnowledgeCopy();
    const store = new KnowledgeStore(dir);
    store.reload();
    const reloader = new KnowledgeReloader({ store });
    const first = reloader.reloadInBackground();
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    const second = reloader.reloadInBackground();
    const third = reloader.reloadInBackground();
    expect(second).toBe(third);
    expect((await first).ok).toBe(true);
    expect((await third).ok).toBe(true);
    expect(store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
    expect(warnings.mock.calls.map((call) => call[0])).not.toContain('knowledge: could not load in a worker thread; loading on the main thread instead');
    warnings.mockRestore();
  });
});
