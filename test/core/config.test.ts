import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('loadConfig', () => {
  it('GIVEN nothing set THEN defaults and no platform (the console)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ knowledgeDir: './knowledge', dataDir: './data', daily: { time: '09:00', timeZone: 'Europe/Belgrade' } });
    expect(config.discord).toBeUndefined();
    expect(config.slack).toBeUndefined();
  });

  it('GIVEN empty values as in .env.example THEN they count as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', DAILY_DISCORD_CHANNEL_IDS: '' }).discord).toBeUndefined();
  });

  it('GIVEN a Discord token without an application id THEN the error names the variable and says where to find it', () => {
    expect(problemsOf({ DISCORD_TOKEN: 'abc' })).toEqual([
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set: copy it from the Developer Portal (General Information)',
    ]);
  });

  it('GIVEN several wrong settings THEN every one is reported at once', () => {
    const problems = problemsOf({ DAILY_POST_TIME: '9am', DAILY_POST_TZ: 'Mars/Olympus', SLACK_PORT: 'eighty', SLACK_BOT_TOKEN: 'nope' });
    expect(problems.join('\n')).toMatch(/DAILY_POST_TIME must be HH:MM/);
    expect(problems.join('\n')).toMatch(/DAILY_POST_TZ must be an IANA time zone/);
    expect(problems.join('\n')).toMatch(/SLACK_PORT must be a port number/);
    expect(problems.join('\n')).toMatch(/SLACK_BOT_TOKEN must be the bot token starting with xoxb-/);
  });

  it('GIVEN Slack with an app token THEN Socket Mode settings', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_MODERATOR_IDS: 'U1, U2' });
    expect(config.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1', moderatorIds: ['U1', 'U2'] });
  });

  it('GIVEN skipBadParts and a bad Discord and daily setting THEN Slack is kept, and the bad parts are listed as skipped', () => {
    const config = loadConfig(
      { DISCORD_TOKEN: 'abc', DAILY_POST_TZ: 'Mars/Olympus', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' },
      { skipBadParts: true },
    );
    expect(config.discord).toBeUndefined();
    expect(config.slack).toMatchObject({ botToken: 'xoxb-1' });
    expect(config.daily.off).toBe(true);
    expect(config.skipped).toEqual([
      { part: 'daily posts', problems: [expect.stringMatching(/^DAILY_POST_TZ must be an IANA time zone/)] },
      { part: 'Discord', problems: ['DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set: copy it from the Developer Portal (General Information)'] },
    ]);
  });

  it('GIVEN skipBadParts and a bad shared setting THEN it still fails', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }, { skipBadParts: true })).toThrow(
      /LOG_LEVEL must be one of/,
    );
  });
});
