import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import azsrStatus from '../../commands/azsr-status.js';
import { runCommand } from '../../src/core/dispatch.js';
import type { Reply } from '../../src/core/reply.js';
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

const KNOWN_QUESTION = 'when did Aliyev visit Niš';

let watcher: KnowledgeWatcher | undefined;
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  removeTempDirs();
});

/** A knowledge copy served by a store, a reloader and a running watcher, as in the bot. */
function startLiveKnowledge() {
  const dir = createKnowledgeCopy();
  const store = new KnowledgeStore(dir);
  expect(store.reload().ok).toBe(true);
  const notices: Reply[] = [];
  const reloader = new KnowledgeReloader({ store, notify: (reply) => void notices.push(reply), notifyAfterMs: 50 });
  watcher = watchKnowledge({ dir, onChange: () => reloader.reload() });
  const answers = (question: string, factId?: string) => {
    const answer = store.engine().ask(question);
    return answer.answered && (factId === undefined || answer.facts[0]?.id === factId);
  };
  return { dir, store, reloader, notices, answers };
}

/** Breaks visits.yaml with a YAML syntax error on a known line; returns that line. */
function breakVisits(dir: string): number {
  const file = join(dir, 'facts', 'visits.yaml');
  const lines = readFileSync(file, 'utf8').split('\n').length;
  // The file ends in a newline, so `lines` counts the empty last line: the blank line below is
  // line `lines`, "- id" is `lines + 1` and the statement, where the error is, `lines + 2`.
  appendFileSync(file, '\n- id: broken\n  statement: one: two\n');
  return lines + 2;
}

describe('live reload', () => {
  // How fast is measured by `npm run bench` (reload latency), not asserted here: this machine is shared.
  it('GIVEN a running watcher WHEN a new fact file is saved THEN the fact is answered, with no restart', async () => {
    const { dir, answers } = startLiveKnowledge();
    expect(answers(NEW_FACT_QUESTION, NEW_FACT_ID)).toBe(false);
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    await waitFor(() => answers(NEW_FACT_QUESTION, NEW_FACT_ID), 10_000);
  });

  it('GIVEN an editor that saves by renaming a temporary file THEN the change is picked up', async () => {
    const { dir, answers } = startLiveKnowledge();
    const target = join(dir, 'facts', 'culture.yaml');
    writeFileSync(`${target}.tmp~`, `${readFileSync(target, 'utf8')}\n${NEW_FACT_YAML}`);
    renameSync(`${target}.tmp~`, target);
    await waitFor(() => answers(NEW_FACT_QUESTION, NEW_FACT_ID), 3000);
  });

  it('GIVEN a broken file THEN the old knowledge keeps answering and status shows the problem with file and line', async () => {
    const { dir, store, reloader, answers } = startLiveKnowledge();
    const factsBefore = store.engine().knowledge.facts.length;
    const line = breakVisits(dir);
    await waitFor(() => reloader.lastReload?.ok === false);

    expect(answers(KNOWN_QUESTION)).toBe(true);
    expect(store.engine().knowledge.facts).toHaveLength(factsBefore);
    const reply = await runCommand(azsrStatus, createCommandContext(createServices(store, { knowledge: reloader }), true), {});
    expect(reply.private).toBe(true);
    expect(reply.body).toMatch(/last good knowledge/);
    const problem = reply.items.find((item) => item.text.startsWith('error:'));
    expect(problem?.label).toBe(`knowledge/facts/visits.yaml:${line}:14`);
    expect(problem?.text).toMatch(/the YAML cannot be read/);
    expect(reply.items.find((item) => item.label === 'Last reload')?.text).toMatch(/FAILED/);
  });

  it('GIVEN a half-written file followed by the complete one THEN the end state is the new knowledge', async () => {
    const { dir, reloader, answers } = startLiveKnowledge();
    const file = join(dir, 'facts', 'festivals.yaml');
    writeFileSync(file, NEW_FACT_YAML.slice(0, 60)); // cut inside the statement
    await waitFor(() => reloader.lastReload?.ok === false);
    appendFileSync(file, NEW_FACT_YAML.slice(60));
    await waitFor(() => answers(NEW_FACT_QUESTION, NEW_FACT_ID), 3000);
    expect(reloader.lastReload?.ok).toBe(true);
  });

  it('GIVEN the same failure saved twice THEN moderators are told once, and once more when it is fixed', async () => {
    const { dir, reloader, notices } = startLiveKnowledge();
    const file = join(dir, 'facts', 'visits.yaml');
    const good = readFileSync(file, 'utf8');
    breakVisits(dir);
    await waitFor(() => reloader.lastReload?.ok === false);
    const brokenAt = reloader.lastReload?.at;
    writeFileSync(file, readFileSync(file, 'utf8')); // saved again, unchanged
    await waitFor(() => reloader.lastReload?.at !== brokenAt);
    expect(notices.map((n) => n.title)).toEqual(['Knowledge change not loaded']);
    expect(notices[0]?.items[0]?.label).toMatch(/^knowledge\/facts\/visits\.yaml:\d+:\d+$/);

    writeFileSync(file, good);
    await waitFor(() => reloader.lastReload?.ok === true);
    await waitFor(() => notices.length === 2);
    expect(notices[1]?.title).toBe('Knowledge loaded again');
  });

  it('GIVEN a closed watcher THEN saves no longer reload', async () => {
    const { dir, reloader } = startLiveKnowledge();
    watcher?.close();
    const before = reloader.lastReload;
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reloader.lastReload).toBe(before);
  });
});
