/**
 * The contract: one list of scenarios every front end (Discord, Slack over HTTP and Socket Mode,
 * the console) must pass, so a behaviour cannot drift between platforms. Each asserts what a
 * person is shown. The daily post itself has tests of its own; here only /azsr-daily's access and
 * privacy, which every chat platform must share.
 */
import { expect } from 'vitest';
import { commands } from '../../commands/index.js';
import { VOTE_REPLIES } from '../../src/moderation/vote-handler.js';
import type { Capability, Driver, Outcome } from './front-end.js';
import type { World } from './world.js';

export interface Scenario {
  name: string;
  /** What a front end must be able to do for this scenario. */
  needs?: Capability[];
  run(driver: Driver, world: World): Promise<void>;
}

const ANSWERED = 'when did Aliyev visit Niš';
const ANSWER_FACT = 'aliyev-working-visit-nis-2023';
// Declined (the sources name no mayor), with related facts about Novi Pazar.
const DECLINED = 'who is the mayor of novi pazar';
const RELATED_HEADING = 'On the same subject (not an answer to your question)';

function expectWikipediaCitation(outcome: Outcome, world: World): void {
  const source = world.knowledge.sources.get('wikipedia')!;
  for (const part of [source.title, source.author, source.publisher, source.published]) expect(outcome.text).toContain(part);
  expect(outcome.links).toContain(source.url);
}

const buttonLabelled = (outcome: Outcome, emoji: string) => {
  const button = outcome.buttons.find((candidate) => candidate.label.startsWith(emoji));
  if (!button) throw new Error(`no ${emoji} button; buttons: ${outcome.buttons.map((b) => b.label).join(', ') || 'none'}`);
  return button;
};

export const scenarios: readonly Scenario[] = [
  {
    name: 'an answered question shows the answer and its citation: title, author, publisher, date and link',
    async run(driver, world) {
      const answer = await driver.send('azsr', { question: ANSWERED });
      expect(answer.text).toMatch(/2023: .*Niš/);
      expectWikipediaCitation(answer, world);
    },
  },
  {
    name: 'an answer is public, and only for the asker when asked privately',
    needs: ['privacy'],
    async run(driver) {
      expect((await driver.send('azsr', { question: ANSWERED })).private).toBe(false);
      const asked = await driver.send('azsr', { question: ANSWERED, private: true });
      expect(asked.private).toBe(true);
      expect(asked.text).toContain('2023');
    },
  },
  {
    name: 'a question with no answer is declined, with related facts marked as not the answer',
    async run(driver, world) {
      const decline = await driver.send('azsr', { question: DECLINED });
      expect(decline.text).toContain("I don't have that in my sources.");
      expect(decline.text).toContain(RELATED_HEADING);
      expect(decline.text).toContain('Novi Pazar');
      expect(decline.links).toContain(world.knowledge.sources.get('wikipedia')?.url);
    },
  },
  {
    name: 'declines, errors and the help are shown only to the asker',
    needs: ['privacy'],
    async run(driver) {
      expect((await driver.send('azsr', { question: DECLINED })).private).toBe(true);
      expect((await driver.send('azsr-today', { date: '31 February' })).private).toBe(true);
      expect((await driver.send('azsr', { question: '' })).private).toBe(true);
      expect((await driver.send('azsr-help')).private).toBe(true);
    },
  },
  {
    name: 'an empty question gets a message showing how to ask',
    async run(driver) {
      expect((await driver.send('azsr', { question: '' })).text).toContain('when did Aliyev visit Niš');
    },
  },
  {
    name: 'a question without words is asked to be put in words',
    async run(driver) {
      expect((await driver.send('azsr', { question: '?! …' })).text).toContain('Please ask a question in words, for example: when did Aliyev visit Niš?');
    },
  },
  {
    name: 'mentions and markup in a question ping no one and do not stop the answer',
    async run(driver) {
      const answered = await driver.send('azsr', { question: '@everyone @here <@&123456789012345678> <@U0OTHER> <!channel> **when** did Aliyev visit _Niš_' });
      expect(answered.text).toContain('2023');
      const declined = await driver.send('azsr', { question: 'who is the <@U0OTHER> @everyone <!here> *mayor* of <#C0GENERAL> novi pazar' });
      expect(declined.text).toContain("I don't have that in my sources.");
      for (const outcome of [answered, declined]) {
        expect(outcome.pings).toEqual([]);
        expect(outcome.text).not.toMatch(/@everyone|@here|@channel/);
      }
    },
  },
  {
    name: '/azsr-help lists the commands everyone may use, as this front end spells them',
    async run(driver) {
      const help = await driver.send('azsr-help');
      for (const command of commands.filter((c) => c.access === 'everyone')) expect(help.text).toContain(driver.spell(command));
    },
  },
  {
    name: "a member's /azsr-help leaves out the moderators' commands",
    needs: ['members'],
    async run(driver) {
      const help = await driver.send('azsr-help', {}, 'member');
      for (const command of commands.filter((c) => c.access === 'moderator')) expect(help.text).not.toContain(driver.spell(command));
    },
  },
  {
    name: '/azsr-sources lists the five sources, each with its link',
    async run(driver, world) {
      const sources = await driver.send('azsr-sources');
      expect(world.knowledge.sources.size).toBe(5);
      for (const source of world.knowledge.sources.values()) {
        expect(sources.text).toContain(source.title);
        expect(sources.links).toContain(source.url);
      }
    },
  },
  {
    name: '/azsr-today 15 February shows what happened that day, with sources',
    async run(driver) {
      const today = await driver.send('azsr-today', { date: '15 February' });
      expect(today.text).toContain('On this day: 15 February');
      expect(today.text).toContain('Statehood Day');
      expect(today.links.length).toBeGreaterThan(0);
    },
  },
  {
    name: '/azsr-today with a date it cannot read says how to write one',
    async run(driver) {
      const error = await driver.send('azsr-today', { date: '31 February' });
      expect(error.text).toContain('"31 February" is not a date I can read. Use a day and month');
    },
  },
  {
    name: 'an answer offers 👍 and 👎; a decline offers no buttons',
    needs: ['buttons'],
    async run(driver) {
      const answer = await driver.send('azsr', { question: ANSWERED });
      expect(answer.buttons.map((button) => button.label)).toEqual(['👍 Helpful', '👎 Not helpful']);
      expect((await driver.send('azsr', { question: DECLINED })).buttons).toEqual([]);
    },
  },
  {
    name: 'a vote is recorded once per person, a second one replacing the first, each thanked privately',
    needs: ['buttons', 'members', 'privacy'],
    async run(driver, world) {
      const answer = await driver.send('azsr', { question: ANSWERED });
      const [up, down] = [buttonLabelled(answer, '👍'), buttonLabelled(answer, '👎')];
      const before = world.votes.votesFor(ANSWER_FACT);
      for (let i = 0; i < 2; i++) expect(await up.press('member')).toMatchObject({ text: VOTE_REPLIES.recorded, private: true });
      expect(world.votes.votesFor(ANSWER_FACT)).toEqual({ ...before, up: before.up + 1 });
      await up.press('another member');
      expect(world.votes.votesFor(ANSWER_FACT)).toEqual({ ...before, up: before.up + 2 });
      await down.press('member');
      expect(world.votes.votesFor(ANSWER_FACT)).toEqual({ ...before, up: before.up + 1, down: before.down + 1 });
    },
  },
  {
    name: 'a malformed vote is told it could not be read, privately, and nothing is recorded',
    needs: ['buttons', 'privacy'],
    async run(driver, world) {
      const before = world.recordedVotes();
      for (const facts of ['', ',', '../../etc,,%%', 'Not A Fact Id', `${ANSWER_FACT},<@U0OTHER>`]) {
        expect(await driver.pressVote!('up', facts)).toMatchObject({ text: VOTE_REPLIES.malformed, private: true, pings: [] });
      }
      expect(world.recordedVotes()).toBe(before);
    },
  },
  {
    name: 'a vote on facts no longer in the knowledge records nothing and says so',
    needs: ['buttons'],
    async run(driver, world) {
      const before = world.recordedVotes();
      expect((await driver.pressVote!('down', 'a-fact-since-removed')).text).toBe(VOTE_REPLIES.goneFacts);
      expect(world.recordedVotes()).toBe(before);
    },
  },
  {
    name: "a member is refused a moderator's command, privately",
    needs: ['members', 'privacy'],
    async run(driver) {
      expect(await driver.send('azsr-gaps', {}, 'member')).toMatchObject({ text: '/azsr-gaps is for moderators only.', private: true });
    },
  },
  {
    name: "a moderator may run a moderator's command",
    async run(driver) {
      expect((await driver.send('azsr-gaps', {}, 'moderator')).text).toContain('Declined questions');
    },
  },
  {
    name: '/azsr-daily show is refused to a member and shown to a moderator, privately both times',
    needs: ['daily', 'members', 'privacy'],
    async run(driver, world) {
      expect(await driver.send('azsr-daily', { subcommand: 'show' }, 'member')).toMatchObject({ text: '/azsr-daily is for moderators only.', private: true });
      const shown = await driver.send('azsr-daily', { subcommand: 'show' }, 'moderator');
      expect(shown.private).toBe(true);
      expect(shown.text).toContain(`Posted every day at ${world.daily.time}, local time of each channel's zone.`);
      expect(shown.text).toContain('no daily channel set');
      expect(shown.text).toContain(world.daily.defaultTimeZone);
    },
  },
];
