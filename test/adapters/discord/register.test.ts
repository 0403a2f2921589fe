import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { registerCommands } from '../../../src/adapters/discord/register-commands.js';
import { FakeDiscord } from '../../fakes/fake-discord.js';

const execFileAsync = promisify(execFile);
const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('src/adapters/discord/register.ts');
// An empty working directory, so a developer's own .env (perhaps with a real token) is never read.
const cwd = mkdtempSync(resolve(tmpdir(), 'azsr-register-'));
const runScript = (env: Record<string, string>, args: string[] = []) =>
  execFileAsync(TSX, [SCRIPT, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 15_000 });

describe('registering the slash commands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  const config = () => ({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl });

  it('GIVEN a guild id THEN PUTs every command to that server', async () => {
    const registration = await registerCommands({ ...config(), guildId: '999999999999999999' }, commands);
    const put = fake.requests.at(-1);
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(`/api/v10/applications/${fake.applicationId}/guilds/999999999999999999/commands`);
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
    expect(put?.body.map((c: { name: string }) => c.name)).toEqual(commands.map((c) => c.name));
    expect(registration).toMatchObject({ scope: 'guild 999999999999999999', names: commands.map((c) => c.name) });

    const azsr = put?.body.find((c: { name: string }) => c.name === 'azsr');
    expect(azsr).toMatchObject({ type: 1, default_member_permissions: null, dm_permission: false });
    expect(azsr.options).toEqual([
      { name: 'question', description: expect.any(String), type: 3, required: true, max_length: 1000, autocomplete: true },
      { name: 'private', description: 'Show the answer only to you', type: 5, required: false },
    ]);

    // /azsr-daily as real subcommands (type 1): a channel picker (7) for postable channels, a time zone with autocomplete.
    const daily = put?.body.find((c: { name: string }) => c.name === 'azsr-daily');
    expect(daily).toMatchObject({ default_member_permissions: '32' });
    expect(daily.options).toEqual([
      {
        type: 1,
        name: 'set',
        description: expect.any(String),
        options: [
          { name: 'channel', description: expect.any(String), type: 7, required: false, channel_types: [0, 5] },
          { name: 'timezone', description: expect.any(String), type: 3, required: false, max_length: 60, autocomplete: true },
        ],
      },
      {
        type: 1,
        name: 'clear',
        description: expect.any(String),
        options: [{ name: 'channel', description: expect.any(String), type: 7, required: false, channel_types: [0, 5] }],
      },
      { type: 1, name: 'show', description: expect.any(String), options: [] },
    ]);
  });

  it('GIVEN no guild id THEN PUTs globally', async () => {
    const registration = await registerCommands(config(), commands);
    expect(fake.requests.at(-1)?.path).toBe(`/api/v10/applications/${fake.applicationId}/commands`);
    expect(registration.scope).toBe('global');
  });

  it('GIVEN the npm script THEN it reads the settings, registers and prints what it did', async () => {
    const { stdout } = await runScript({
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: '888888888888888888',
    });
    expect(stdout).toContain(`Registered ${commands.length} commands (guild 888888888888888888): /azsr, /azsr-today`);
    expect(fake.requests.at(-1)?.path).toBe(`/api/v10/applications/${fake.applicationId}/guilds/888888888888888888/commands`);
  });

  it('GIVEN --clear THEN PUTs an empty list to that scope', async () => {
    const { stdout } = await runScript(
      { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '888888888888888888' },
      ['--clear'],
    );
    expect(stdout).toBe('Removed every command (guild 888888888888888888).\n');
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/api/v10/applications/${fake.applicationId}/guilds/888888888888888888/commands`,
      body: [],
    });
  });

  it('GIVEN no Discord settings THEN the script says which are needed', async () => {
    const failure = await runScript({ DISCORD_API_URL: fake.apiUrl }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('DISCORD_TOKEN and DISCORD_APPLICATION_ID are required') });
  });
});
