import { afterEach, describe, expect, it } from 'vitest';
import azsrToday from '../../commands/azsr-today.js';
import { runCommand } from '../../src/core/dispatch.js';
import { onThisDayReply } from '../../src/daily/compose-post.js';
import { belgrade, createKnowledge, createRecordingAdapter, createScheduler, createTempDir, realKnowledge, removeTempDirs } from './helpers.js';

afterEach(removeTempDirs);

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('daily post content', () => {
  it("GIVEN 15 February THEN the post has Aliyev's 2026 Statehood Day visit and the first Strategic Partnership Council meeting, cited", async () => {
    const discord = createRecordingAdapter('discord');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [discord], channels: [belgrade('discord', 'D1')] });
    await scheduler.runDue(new Date('2026-02-15T08:00:00Z'));
    const [post] = discord.posts;
    expect(post?.reply.title).toBe('On this day: 15 February');
    const ids = post!.reply.facts.map((f) => f.id);
    expect(ids.slice(0, 2)).toEqual(['aliyev-official-visit-belgrade-statehood-day-2026', 'strategic-partnership-council-first-meeting-2026']);
    expect(post!.reply.body).toContain('Statehood Day');
    expect(post!.reply.body).toContain('Strategic Partnership Council');
    expect(post!.reply.body.split('\n')[0]).toMatch(/^This year \(2026\): Azerbaijani President Ilham Aliyev made an official visit to Belgrade/);
    for (const fact of post!.reply.facts) expect(fact.citations.length).toBeGreaterThan(0);
    expect(post!.reply.private).toBe(false);
  });

  it('GIVEN the same day a year later THEN the label counts the years', () => {
    const reply = onThisDayReply(realKnowledge(), day(2027, 2, 15));
    expect(reply.body.split('\n')[0]).toMatch(/^1 year ago today \(2026\): /);
  });

  it('is the same as /azsr-today for that day', async () => {
    const discord = createRecordingAdapter('discord');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [discord], channels: [belgrade('discord', 'D1')] });
    await scheduler.runDue(new Date('2026-02-15T08:00:00Z'));
    const services = { engine: () => ({ knowledge: realKnowledge() }) as never, now: () => new Date('2026-02-15T08:00:00Z'), timeZone: 'Europe/Belgrade' };
    const onDemand = await runCommand(azsrToday, { platform: 'console', user: { id: 'u', isModerator: false }, place: {}, services }, {});
    expect(onDemand).toEqual(discord.posts[0]?.reply);
  });

  it('GIVEN more facts on a day than fit THEN the oldest come first and the rest are counted', () => {
    const knowledge = createKnowledge([
      ...Array.from({ length: 7 }, (_, i) => ({ id: `event-2020-${i}`, date: '2020-05-09' })),
      { id: 'event-1999', date: '1999-05-09' },
    ]);
    const reply = onThisDayReply(knowledge, day(2026, 5, 9));
    expect(reply.facts).toHaveLength(5);
    expect(reply.facts[0]?.id).toBe('event-1999');
    const lines = reply.body.split('\n');
    expect(lines[0]).toBe('27 years ago today (1999): Statement of event-1999.');
    expect(lines.at(-1)).toBe('…and 3 more on this day.');
  });
});

describe('29 February', () => {
  const knowledge = createKnowledge([{ id: 'leap-day-2024', date: '2024-02-29' }, { id: 'undated' }]);

  it("GIVEN a leap year THEN 29 February's facts are posted on 29 February", async () => {
    const slack = createRecordingAdapter('slack');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [slack], channels: [belgrade('slack', 'C1')], knowledge });
    await scheduler.runDue(new Date('2028-02-28T08:00:00Z'));
    await scheduler.runDue(new Date('2028-02-29T08:00:00Z'));
    await scheduler.runDue(new Date('2028-03-01T08:00:00Z'));
    expect(slack.posts.map((p) => p.reply.title)).toEqual([
      expect.stringMatching(/^Nothing on 28 February; this week/),
      'On this day: 29 February',
      expect.stringMatching(/^Nothing on 1 March; this week/),
    ]);
    expect(slack.posts[1]?.reply.body).toBe('4 years ago today (2024): Statement of leap-day-2024.');
  });

  it("GIVEN a common year THEN 29 February's facts are remembered on 28 February", () => {
    const reply = onThisDayReply(knowledge, day(2027, 2, 28));
    expect(reply.title).toBe('On this day: 28 February');
    expect(reply.facts.map((f) => f.id)).toEqual(['leap-day-2024']);
  });

  it('GIVEN the real knowledge, which has nothing on 29 February THEN the post is a labelled fallback', () => {
    const reply = onThisDayReply(realKnowledge(), day(2028, 2, 29));
    expect(reply.title).not.toMatch(/^On this day/);
    expect(reply.title).toMatch(/^Nothing (on|dated) 29 February/);
    expect(reply.facts.length).toBeGreaterThan(0);
  });
});

describe('a day with no facts', () => {
  it('GIVEN a day-dated fact within a week THEN it is labelled "this week", with its distance', () => {
    const knowledge = createKnowledge([{ id: 'june-first', date: '2020-06-01' }, { id: 'undated' }]);
    const reply = onThisDayReply(knowledge, day(2026, 6, 5));
    expect(reply.title).toBe('Nothing on 5 June; this week in Azerbaijan–Serbia relations');
    expect(reply.body).toBe('4 days before 5 June: 1 June 2020: Statement of june-first.');
  });

  it('GIVEN nothing within a week THEN a labelled fact of the day, never passed off as "on this day"', async () => {
    const discord = createRecordingAdapter('discord');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [discord], channels: [belgrade('discord', 'D1')] });
    await scheduler.runDue(new Date('2026-07-01T07:00:00Z'));
    const reply = discord.posts[0]!.reply;
    expect(reply.title).toBe('Nothing dated 1 July; a fact of the day instead');
    expect(reply.body).toMatch(/^Fact of the day: /);
    expect(reply.facts).toHaveLength(1);
    expect(reply.facts[0]!.citations.length).toBeGreaterThan(0);
  });

  it('GIVEN N facts THEN the fact of the day does not come back within N days', () => {
    const knowledge = createKnowledge(Array.from({ length: 10 }, (_, i) => ({ id: `fact-${i}` })));
    const ids = Array.from({ length: 30 }, (_, i) => {
      const date = new Date(Date.UTC(2026, 0, 1 + i));
      return onThisDayReply(knowledge, day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).facts[0]!.id;
    });
    for (let start = 0; start + 10 <= ids.length; start++) expect(new Set(ids.slice(start, start + 10)).size).toBe(10);
  });
});
