import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { defineCommand } from '../../../src/core/command.js';
import { APOLOGY } from '../../../src/core/errors.js';
import { makeReply } from '../../../src/core/reply.js';
import type { Vote } from '../../../src/core/services.js';
import type { RecordedRequest } from '../../fakes/fake-discord.js';
import { booleanOption, createTestServices, startConnectedAdapter, stringOption, type ConnectedAdapter } from './harness.js';

const EPHEMERAL = 64;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Test-only commands: a slow one (to force a defer), a slow private one, and a moderator one. */
const slow = defineCommand({
  name: 'slow',
  description: 'Answers after a while',
  options: [{ name: 'private', description: 'Only me', type: 'boolean' }],
  access: 'everyone',
  slackWord: 'slow',
  example: 'slow',
  run: async (_context, args) => {
    await wait(150);
    return makeReply({ kind: 'info', title: 'Slow', body: 'Done at last.', private: args.private === true });
  },
});
const slowDecline = defineCommand({
  name: 'slow-decline',
  description: 'Declines after a while',
  options: [],
  access: 'everyone',
  slackWord: 'slow-decline',
  example: 'slow-decline',
  run: async () => {
    await wait(150);
    return makeReply({ kind: 'decline', title: 'Nope', body: 'I do not know that.' });
  },
});
const moderatorOnly = defineCommand({
  name: 'test-moderator',
  description: 'A moderators-only test command',
  options: [],
  access: 'moderator',
  slackWord: 'test-moderator',
  example: 'test-moderator',
  run: () => makeReply({ kind: 'info', title: 'Reloaded', body: 'Knowledge reloaded.' }),
});

/** Bodies of every request that carries a message (not defers, autocomplete or deletions). */
// biome-ignore lint/suspicious/noExplicitAny: Discord's message JSON, as the fake server recorded it.
function messageBodies(requests: RecordedRequest[]): { path: string; message: any }[] {
  return requests.flatMap((request) => {
    if (request.path.endsWith('/callback'))
      return request.body.type === 4 || request.body.type === 7 ? [{ path: request.path, message: request.body.data }] : [];
    if ((request.method === 'POST' || request.method === 'PATCH') && /\/(webhooks|channels)\//.test(request.path))
      return [{ path: request.path, message: request.body }];
    return [];
  });
}

describe('Discord adapter against a fake Discord', () => {
  let bot: ConnectedAdapter;
  const votes: { factIds: readonly string[]; vote: Vote }[] = [];
  beforeAll(async () => {
    bot = await startConnectedAdapter({
      commands: [...commands, slow, slowDecline, moderatorOnly],
      services: createTestServices({ votes: { record: (factIds, vote) => votes.push({ factIds, vote }) } }),
      options: { deferAfterMs: 50 },
    });
  });
  afterAll(async () => {
    await bot?.close();
  });

  const callbackOf = (interaction: { id: string }) => bot.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`));

  it('GIVEN a question THEN replies publicly with the fact, its date and its citation link', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr', [stringOption('question', 'when did Aliyev visit Niš')]));
    expect(callback.body.type).toBe(4);
    const [embed] = callback.body.data.embeds;
    expect(embed.description).toMatch(/^2023: .*Niš/);
    expect(JSON.stringify(embed.fields)).toContain(
      '[Azerbaijan–Serbia relations](https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Serbia_relations) — by Wikipedia contributors, Wikipedia',
    );
    expect(callback.body.data.flags ?? 0).toBe(0);
    expect(callback.body.data.components[0].components[0].custom_id).toMatch(/^vote:up:aliyev-working-visit-nis-2023/);
  });

  it('GIVEN the private option THEN the answer is ephemeral', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr', [stringOption('question', 'when did Aliyev visit Niš'), booleanOption('private', true)]));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].description).toContain('2023');
  });

  it('GIVEN a question it cannot answer THEN declines privately with suggestions', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr', [stringOption('question', 'what is the airspeed velocity of an unladen swallow')]));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].description).toBe("I don't have that in my sources.");
    expect(callback.body.data.embeds[0].fields[0].name).toBe('You could ask about');
    expect(callback.body.data.components).toEqual([]);
  });

  it('GIVEN a half-typed question THEN autocompletes with matching facts within the limits', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr', [stringOption('question', 'aliyev ni', true)], { type: 4 }));
    expect(callback.body.type).toBe(8);
    const { choices } = callback.body.data as { choices: { name: string; value: string }[] };
    expect(choices.length).toBeGreaterThan(2);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices[0]?.value).toBe('aliyev ni');
    expect(choices.some((choice) => choice.value.includes('Niš'))).toBe(true);
  });

  it('GIVEN nothing typed yet THEN autocomplete offers example questions and topics', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr', [stringOption('question', '', true)], { type: 4 }));
    const { choices } = callback.body.data as { choices: { name: string; value: string }[] };
    expect(choices[0]?.value).toBe('when did Aliyev visit Niš');
    expect(choices.length).toBeGreaterThan(3);
  });

  it('GIVEN a slow command THEN defers within the deadline and edits the reply in', async () => {
    const interaction = bot.fake.interact('slow', []);
    const edit = await bot.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    const [defer] = bot.fake.responsesTo(interaction);
    expect(defer?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit.path).toBe(`/api/v10/webhooks/${bot.fake.applicationId}/${interaction.token}/messages/@original`);
    expect(edit.body.embeds[0].description).toBe('Done at last.');
  });

  it('GIVEN a slow private command THEN defers ephemerally', async () => {
    const interaction = bot.fake.interact('slow', [booleanOption('private', true)]);
    await bot.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(bot.fake.responsesTo(interaction)[0]?.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
  });

  it('GIVEN a slow command that declines THEN the public placeholder is replaced by a private follow-up', async () => {
    const interaction = bot.fake.interact('slow-decline', []);
    const followUp = await bot.fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${bot.fake.applicationId}/${interaction.token}`);
    expect(followUp.body.flags).toBe(EPHEMERAL);
    expect(followUp.body.embeds[0].description).toBe('I do not know that.');
    expect(bot.fake.responsesTo(interaction).map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
  });

  it('GIVEN a member without Manage Server THEN a moderator command is refused privately', async () => {
    const callback = await callbackOf(bot.fake.interact('test-moderator', []));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].description).toBe('/test-moderator is for moderators only.');
  });

  it('GIVEN a member with Manage Server THEN a moderator command runs', async () => {
    const callback = await callbackOf(bot.fake.interact('test-moderator', [], { permissions: '32' }));
    expect(callback.body.data.embeds[0].description).toBe('Knowledge reloaded.');
  });

  it('GIVEN a command Discord knows but the bot does not THEN apologises privately', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr-gone', []));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].description).toBe(APOLOGY);
  });

  it('GIVEN a click on 👍 THEN records the vote and thanks the member privately', async () => {
    const click = bot.fake.click('vote:up:aliyev-working-visit-nis-2023,howitzer-purchase-rumours-after-nis-visit-2023');
    const callback = await callbackOf(click);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'Thanks for the feedback.', flags: EPHEMERAL } });
    expect(votes).toContainEqual({ factIds: ['aliyev-working-visit-nis-2023', 'howitzer-purchase-rumours-after-nis-visit-2023'], vote: 'up' });
  });

  it('GIVEN post() THEN sends the embed to the channel', async () => {
    await bot.adapter.post(
      '555555555555555555',
      makeReply({ kind: 'info', title: 'On this day: 15 February', body: '@everyone 2026: Aliyev visited Belgrade.' }),
    );
    const sent = await bot.fake.waitFor((r) => r.method === 'POST' && r.path === '/api/v10/channels/555555555555555555/messages');
    expect(sent.authorization).toBe(`Bot ${bot.fake.token}`);
    expect(sent.body.embeds[0].title).toBe('On this day: 15 February');
  });

  it('GIVEN @everyone in a question THEN every message sent so far allows no mentions', async () => {
    await callbackOf(bot.fake.interact('azsr', [stringOption('question', '@everyone <@&123> when did Aliyev visit Niš')]));
    const bodies = messageBodies(bot.fake.requests);
    expect(bodies.length).toBeGreaterThanOrEqual(12);
    for (const { path, message } of bodies) expect({ path, allowed: message.allowed_mentions }).toEqual({ path, allowed: { parse: [] } });
  });
});

describe('Discord adapter with a moderator role', () => {
  let bot: ConnectedAdapter;
  beforeAll(async () => {
    bot = await startConnectedAdapter({ commands: [moderatorOnly], moderatorRole: 'Fact checkers' });
    bot.fake.createGuild('222222222222222222', { '777777777777777777': 'Fact checkers', '666666666666666666': 'Members' });
  });
  afterAll(async () => {
    await bot?.close();
  });

  const run = async (roles: string[]) => {
    const interaction = bot.fake.interact('test-moderator', [], { roles });
    return (await bot.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`))).body.data.embeds[0].description;
  };

  it('GIVEN a member with the configured role THEN a moderator command runs', async () => {
    expect(await run(['777777777777777777'])).toBe('Knowledge reloaded.');
  });

  it('GIVEN a member with other roles only THEN it is refused', async () => {
    expect(await run(['666666666666666666'])).toBe('/test-moderator is for moderators only.');
  });
});

describe('Discord adapter when the answer engine fails', () => {
  let bot: ConnectedAdapter;
  beforeAll(async () => {
    bot = await startConnectedAdapter({
      services: createTestServices({
        engine: () => {
          throw new Error('index corrupted');
        },
      }),
    });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('GIVEN an internal error THEN the member gets one short private apology', async () => {
    const interaction = bot.fake.interact('azsr', [stringOption('question', 'when did Aliyev visit Niš')]);
    const callback = await bot.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].description).toBe(APOLOGY);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(callback.body)).not.toContain('index corrupted');
    expect(bot.fake.responsesTo(interaction)).toHaveLength(1);
  });

  it('GIVEN autocomplete with a failing engine THEN nothing crashes and later commands still work', async () => {
    bot.fake.interact('azsr', [stringOption('question', 'ali', true)], { type: 4 });
    const interaction = bot.fake.interact('azsr-help', []);
    const callback = await bot.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`));
    expect(callback.body.data.embeds[0].description).toBe(APOLOGY);
  });
});
