/** What members and operators see in the Discord adapter's rarer situations. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNKNOWN_BUTTON } from '../../../src/adapters/discord/interactions.js';
import { defineCommand } from '../../../src/core/command.js';
import { log } from '../../../src/core/log.js';
import { makeReply } from '../../../src/core/reply.js';
import { VOTE_REPLIES } from '../../../src/moderation/vote-handler.js';
import { createTestServices, startConnectedAdapter, stringOption, type ConnectedAdapter } from './harness.js';

const EPHEMERAL = 64;
const USER_ID = '444444444444444444';
const moderatorOnly = defineCommand({
  name: 'test-moderator',
  description: 'A moderators-only test command',
  options: [],
  access: 'moderator',
  slackWord: 'test-moderator',
  example: 'test-moderator',
  run: () => makeReply({ kind: 'info', title: 'Reloaded', body: 'Knowledge reloaded.' }),
});

function captureLogs() {
  const lines: { level: string; message: string; context?: Record<string, unknown> }[] = [];
  for (const level of ['debug', 'info', 'warn', 'error'] as const) {
    vi.spyOn(log, level).mockImplementation((message, context) => {
      lines.push({ level, message, ...(context ? { context } : {}) });
    });
  }
  return lines;
}

let bot: ConnectedAdapter | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  vi.restoreAllMocks();
});

describe('Discord buttons', () => {
  it('GIVEN a button the bot does not know THEN the member gets a polite private answer, not "This interaction failed"', async () => {
    bot = await startConnectedAdapter();
    const click = bot.fake.click('some-old-button:42');
    const callback = await bot.fake.waitFor((r) => r.path === `/api/v10/interactions/${click.id}/${click.token}/callback`);
    expect(callback.body).toMatchObject({ type: 4, data: { content: UNKNOWN_BUTTON, flags: EPHEMERAL } });
  });

  it('GIVEN a vote button with a vote the bot never writes THEN the member is told it could not be read', async () => {
    bot = await startConnectedAdapter();
    const click = bot.fake.click('vote:sideways:aliyev-working-visit-nis-2023');
    const callback = await bot.fake.waitFor((r) => r.path === `/api/v10/interactions/${click.id}/${click.token}/callback`);
    expect(callback.body).toMatchObject({ type: 4, data: { content: VOTE_REPLIES.malformed, flags: EPHEMERAL } });
  });
});

describe('Discord moderator role', () => {
  it('GIVEN DISCORD_MODERATOR_ROLE is a role id THEN a member with that role id is a moderator, without the server cached', async () => {
    bot = await startConnectedAdapter({ commands: [moderatorOnly], moderatorRole: '777777777777777777' });
    const run = async (roles: string[]) => {
      const interaction = bot!.fake.interact('test-moderator', [], { roles });
      return (await bot!.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`))).body.data.embeds[0].description;
    };
    expect(await run(['777777777777777777'])).toBe('Knowledge reloaded.');
    expect(await run(['666666666666666666'])).toBe('/test-moderator is for moderators only.');
  });

  it('GIVEN DISCORD_MODERATOR_ROLE is a name THEN it still works, with a deprecation warning saying how to find the id', async () => {
    const lines = captureLogs();
    bot = await startConnectedAdapter({ commands: [moderatorOnly], moderatorRole: 'Fact checkers' });
    expect(lines.find((line) => line.level === 'warn')?.message).toMatch(
      /^DISCORD_MODERATOR_ROLE is a role name; matching by name is deprecated .*Copy Role ID$/,
    );
    bot.fake.createGuild('222222222222222222', { '777777777777777777': 'Fact checkers' });
    const interaction = bot.fake.interact('test-moderator', [], { roles: ['777777777777777777'] });
    const callback = await bot.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`));
    expect(callback.body.data.embeds[0].description).toBe('Knowledge reloaded.');
  });
});

describe('Discord rate limits', () => {
  it('GIVEN a 429 on the reply that holds it past the 3 s window THEN the rate limit and the late reply are logged for the operator', async () => {
    const lines = captureLogs();
    // A short window stands in for Discord's 3 s, so the test does not wait 3 s.
    bot = await startConnectedAdapter({ fake: { rateLimitCallbacks: { count: 1, retryAfterSeconds: 0.3 } }, options: { replyWindowMs: 100 } });
    const interaction = bot.fake.interact('azsr-help', []);
    const callbacks = () => bot!.fake.requests.filter((r) => r.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`);
    await bot.fake.waitFor(() => callbacks().length === 2);
    await vi.waitFor(() => expect(lines.some((line) => line.message.startsWith('Discord: the reply was sent'))).toBe(true));
    const limited = lines.find((line) => line.message === 'Discord: rate limited; waiting before sending');
    expect(limited?.context).toMatchObject({ route: '/interactions/:id/:token/callback', method: 'POST' });
    const late = lines.find((line) => line.message.startsWith('Discord: the reply was sent'));
    expect(late?.level).toBe('warn');
    expect(late?.message).toMatch(/past Discord's 100 ms window; the asker probably saw "The application did not respond"$/);
    expect(JSON.stringify(lines)).not.toContain(interaction.token);
  });
});

describe('Discord logs', () => {
  it('GIVEN a command fails THEN the error log says what and where, never who asked', async () => {
    const lines = captureLogs();
    bot = await startConnectedAdapter({
      services: createTestServices({
        engine: () => {
          throw new Error('index corrupted');
        },
      }),
    });
    const interaction = bot.fake.interact('azsr', [stringOption('question', 'when did Aliyev visit Niš')], { userId: USER_ID });
    await bot.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`));
    await vi.waitFor(() => expect(lines.some((line) => line.level === 'error')).toBe(true));
    expect(JSON.stringify(lines)).not.toContain(USER_ID);
  });
});
