import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import azsr from '../../commands/azsr.js';
import azsrGaps from '../../commands/azsr-gaps.js';
import azsrReload from '../../commands/azsr-reload.js';
import azsrStatus from '../../commands/azsr-status.js';
import { commands } from '../../commands/index.js';
import { runCommand } from '../../src/core/dispatch.js';
import type { Services } from '../../src/answer/services.js';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { GapStore } from '../../src/moderation/gap-store.js';
import { KnowledgeReloader } from '../../src/moderation/reloader.js';
import { VoteStore } from '../../src/moderation/vote-store.js';
import { createCommandContext, createKnowledgeCopy, createServices, createTempDir, removeTempDirs } from './helpers.js';

let sharedStore: KnowledgeStore;
beforeAll(() => {
  sharedStore = new KnowledgeStore('knowledge');
  sharedStore.reload();
});
afterEach(removeTempDirs);

/** Services with real stores in a temp DATA_DIR, over the real knowledge. */
function createModerationServices(store = sharedStore): Services & { gaps: GapStore; votes: VoteStore } {
  const dataDir = createTempDir();
  const gaps = new GapStore(dataDir);
  const votes = new VoteStore(dataDir);
  const knowledge = new KnowledgeReloader({ store });
  return { ...createServices(store), gaps, votes, knowledge, gapReport: gaps, voteReport: votes };
}

describe('moderator commands', () => {
  it('are registered for moderators only, with their Slack words', () => {
    const moderatorCommands = commands.filter((c) => c.access === 'moderator');
    expect(moderatorCommands.map((c) => [c.name, c.slackWord])).toEqual(
      expect.arrayContaining([
        ['azsr-reload', 'reload'],
        ['azsr-status', 'status'],
        ['azsr-gaps', 'gaps'],
      ]),
    );
  });

  it.each([azsrReload, azsrStatus, azsrGaps])('refuses $name to non-moderators, privately, without running it', async (command) => {
    const services = createModerationServices();
    let reloaded = false;
    services.knowledge = {
      ...services.knowledge!,
      dir: 'knowledge',
      lastReload: undefined,
      lastGood: undefined,
      reload: () => {
        reloaded = true;
        return sharedStore.reload();
      },
    };
    const reply = await runCommand(command, createCommandContext(services, false), {});
    expect(reply.kind).toBe('refusal');
    expect(reply.private).toBe(true);
    expect(reply.body).toBe(`/${command.name} is for moderators only.`);
    expect(reloaded).toBe(false);
  });

  it('GIVEN declined questions THEN gaps lists them most frequent first, privately, without who asked', async () => {
    const services = createModerationServices();
    const ask = (question: string) => runCommand(azsr, createCommandContext(services, false), { question });
    expect((await ask('who won the 1998 football world cup')).kind).toBe('decline');
    await ask('Who won the 1998 football World Cup?');
    await ask('what is the capital of Peru');
    expect((await ask('when did Aliyev visit Niš')).kind).toBe('answer');

    const reply = await runCommand(azsrGaps, createCommandContext(services, true), {});
    expect(reply.private).toBe(true);
    expect(reply.body).toMatch(/^2 questions the bot declined, asked 3 times in all/);
    expect(reply.items).toEqual([
      { label: 'Who won the 1998 football World Cup?', text: 'asked 2 times, last 2026-03-01 10:00 UTC' },
      { label: 'what is the capital of Peru', text: 'asked 1 time, last 2026-03-01 10:00 UTC' },
    ]);
    expect(JSON.stringify(services.gaps.mostAsked(10))).not.toContain('u1');
  });

  it('GIVEN no declined questions THEN gaps says so', async () => {
    const reply = await runCommand(azsrGaps, createCommandContext(createModerationServices(), true), {});
    expect(reply.body).toBe('No declined questions recorded yet.');
  });

  it('GIVEN votes and gaps THEN status shows counts, the most 👎 facts with their statements, and the gap total', async () => {
    const services = createModerationServices();
    const [first, second] = sharedStore.engine().knowledge.facts;
    services.votes.record([first!.id], 'down', services.now(), 'voter-1');
    services.votes.record([first!.id, second!.id], 'down', services.now(), 'voter-2');
    services.votes.record([second!.id], 'up', services.now(), 'voter-3');
    services.votes.record(['a-fact-since-removed'], 'down', services.now(), 'voter-4');
    services.gaps.record('what is the capital of Peru', services.now());

    const reply = await runCommand(azsrStatus, createCommandContext(services, true), {});
    expect(reply.private).toBe(true);
    const { facts, sources } = sharedStore.engine().knowledge;
    expect(reply.items[0]).toEqual({ label: 'Knowledge', text: `${facts.length} facts and ${sources.size} sources answering` });
    expect(reply.items.find((i) => i.label === 'Last reload')?.text).toMatch(/^\d{4}-\d\d-\d\dT.*: loaded \(0 errors, \d+ warnings?, \d+ ms\)$/);
    const voted = reply.items.filter((i) => i.label.startsWith('👎'));
    // Equal 👎: the fact with fewer 👍 is the likelier problem, so it comes first.
    expect(voted.map((i) => i.label)).toEqual([`👎 2 👍 0: ${first!.id}`, '👎 1 👍 0: a-fact-since-removed', `👎 1 👍 1: ${second!.id}`]);
    expect(voted[0]?.text).toBe(first!.statement);
    expect(voted[1]?.text).toBe('(this fact is no longer in the knowledge)');
    expect(reply.items.at(-1)).toEqual({ label: 'Declined questions', text: '1 distinct, asked 1 time in all (see gaps)' });
  });

  it('GIVEN votes recorded through the services THEN a fresh store on the same data folder reports them', async () => {
    const services = createModerationServices();
    const fact = sharedStore.engine().knowledge.facts[3]!;
    services.votes.record([fact.id], 'down', services.now(), 'voter-5');
    const reopened = new VoteStore(join(services.votes.file, '..'));
    const reply = await runCommand(azsrStatus, createCommandContext({ ...services, voteReport: reopened }, true), {});
    expect(reply.items.find((i) => i.label.startsWith('👎'))).toEqual({ label: `👎 1 👍 0: ${fact.id}`, text: fact.statement });
  });

  it('GIVEN a broken knowledge file THEN reload reports not reloaded with file:line and the old knowledge answers', async () => {
    const dir = createKnowledgeCopy();
    const store = new KnowledgeStore(dir);
    store.reload();
    const services = createModerationServices(store);
    appendFileSync(join(dir, 'facts', 'economy.yaml'), '\n- id: bad-date\n  statement: A fact.\n  date: "2023-02-30"\n  sources: [wikipedia]\n  section: X\n');

    const reply = await runCommand(azsrReload, createCommandContext(services, true), {});
    expect(reply.private).toBe(true);
    expect(reply.title).toBe('Knowledge not reloaded');
    expect(reply.body).toMatch(/^Not reloaded: the knowledge has 1 error, \d+ warnings?\. The bot keeps answering from the last good knowledge/);
    expect(reply.items[0]?.label).toMatch(/^knowledge\/facts\/economy\.yaml:\d+:3$/);
    expect(reply.items[0]?.text).toBe(
      'error: fact "bad-date": impossible date: February 2023 has no day 30 (it has 28 days) (hint: write "YYYY", "YYYY-MM", "YYYY-MM-DD" or "FROM/TO")',
    );
    expect(store.engine().ask('when did Aliyev visit Niš').answered).toBe(true);
  });

  it('GIVEN a good knowledge folder THEN reload reports the counts', async () => {
    const reply = await runCommand(azsrReload, createCommandContext(createModerationServices(), true), {});
    expect(reply.title).toBe('Knowledge reloaded');
    expect(reply.body).toMatch(/^Reloaded: \d+ facts, \d+ sources now answering \(0 errors, \d+ warnings?\)\.$/);
  });

  it('GIVEN services without moderation parts THEN the commands say so plainly instead of failing', async () => {
    const context = createCommandContext(createServices(sharedStore), true);
    expect((await runCommand(azsrReload, context, {})).body).toMatch(/^Reloading is not available here/);
    expect((await runCommand(azsrGaps, context, {})).body).toMatch(/^Declined questions are not recorded here/);
    const status = await runCommand(azsrStatus, context, {});
    expect(status.kind).toBe('info');
    expect(status.items.map((i) => i.label)).toEqual(['Knowledge', 'Most 👎', 'Declined questions']);
  });
});
