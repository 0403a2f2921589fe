/**
 * Every setting, validated once at the edge: nothing else reads process.env. Errors name the
 * variable and say how to fix it, and all of them are reported together.
 * `.env.example` documents each setting.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { isValidTimeZone } from './core/local-date.js';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const idList = optionalText.transform((value) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
);

const url = (name: string) =>
  optionalText.refine((value) => value === undefined || /^https?:\/\/\S+$/.test(value), {
    message: `${name} must be a full URL such as http://127.0.0.1:8080/api`,
  });

const envSchema = z.object({
  KNOWLEDGE_DIR: optionalText.transform((v) => v ?? './knowledge'),
  DATA_DIR: optionalText.transform((v) => v ?? './data'),
  KNOWLEDGE_MAX_FILE_MB: optionalText
    .transform((v) => (v === undefined ? 5 : Number(v)))
    .refine((v) => Number.isFinite(v) && v > 0 && v <= 1024, { message: 'KNOWLEDGE_MAX_FILE_MB must be a size in megabytes, such as 5' }),
  LOG_LEVEL: optionalText
    .transform((v) => v ?? 'info')
    .pipe(z.enum(['debug', 'info', 'warn', 'error'], { error: 'LOG_LEVEL must be one of debug, info, warn, error' })),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'DISCORD_APPLICATION_ID must be the numeric application id from the Developer Portal (General Information)',
  }),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'DISCORD_GUILD_ID must be a numeric server id (right-click the server, Copy Server ID)',
  }),
  DISCORD_API_URL: url('DISCORD_API_URL'),
  DISCORD_MODERATOR_ROLE: optionalText,

  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'SLACK_BOT_TOKEN must be the bot token starting with xoxb- (OAuth & Permissions)',
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information, App-Level Tokens)',
  }),
  SLACK_PORT: optionalText
    .transform((v) => (v === undefined ? 3000 : Number(v)))
    .refine((v) => Number.isInteger(v) && v >= 0 && v <= 65535, { message: 'SLACK_PORT must be a port number from 0 to 65535' }),
  SLACK_API_URL: url('SLACK_API_URL'),
  SLACK_MODERATOR_IDS: idList,

  DAILY_POST_TIME: optionalText
    .transform((v) => v ?? '09:00')
    .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { message: 'DAILY_POST_TIME must be HH:MM in 24-hour time, such as 09:00' }),
  DAILY_POST_TZ: optionalText
    .transform((v) => v ?? 'Europe/Belgrade')
    .refine(isValidTimeZone, { message: 'DAILY_POST_TZ must be an IANA time zone such as Europe/Belgrade or Asia/Baku' }),
  DAILY_DISCORD_CHANNEL_IDS: idList,
  DAILY_SLACK_CHANNEL_IDS: idList,
  MODERATOR_DISCORD_CHANNEL_ID: optionalText,
  MODERATOR_SLACK_CHANNEL_ID: optionalText,
});

/**
 * The health and metrics endpoints (HEALTH_*): a block of its own, validated with the rest.
 * Off unless HEALTH_PORT is set; 9464 is the port Prometheus exporters conventionally use.
 */
const healthEnvSchema = z.object({
  HEALTH_PORT: optionalText
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .refine((v) => v === undefined || (Number.isInteger(v) && v >= 0 && v <= 65535), {
      message: 'HEALTH_PORT must be a port number from 0 to 65535 (9464 is usual), or empty to turn /healthz and /metrics off',
    }),
  HEALTH_HOST: optionalText
    .transform((v) => v ?? '127.0.0.1')
    .refine((v) => /^[\w.:-]+$/.test(v), {
      message: 'HEALTH_HOST must be an address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (every interface, as in a container)',
    }),
});

/** Where /healthz and /metrics are served; `port` undefined means not at all (Slack's HTTP server still serves them). */
export interface HealthConfig {
  port?: number;
  host: string;
}

function readHealthConfig(env: Record<string, string | undefined>): { health?: HealthConfig; problems: string[] } {
  const parsed = healthEnvSchema.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => issue.message) };
  const { HEALTH_PORT: port, HEALTH_HOST: host } = parsed.data;
  return { health: { host, ...(port !== undefined ? { port } : {}) }, problems: [] };
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  moderatorRole?: string;
}

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  apiUrl?: string;
  moderatorIds: string[];
}

export interface Config {
  knowledgeDir: string;
  /** The largest knowledge file accepted (KNOWLEDGE_MAX_FILE_MB), in bytes. */
  knowledgeMaxFileBytes: number;
  dataDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Present when Discord is configured. */
  discord?: DiscordConfig;
  /** Present when Slack is configured. */
  slack?: SlackConfig;
  /** `off` when a DAILY_ setting is wrong and the daily post is skipped (see `skipped`). */
  daily: { time: string; timeZone: string; discordChannelIds: string[]; slackChannelIds: string[]; off?: boolean };
  moderatorChannels: { discord?: string; slack?: string };
  health: HealthConfig;
  /** With `skipBadParts`: the parts left out because their settings are wrong. */
  skipped?: SkippedPart[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `azsr: the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSet these in .env (see .env.example) or the environment.`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads `.env` into the environment (without overriding what is already set). */
export function readDotenv(path = '.env'): void {
  loadDotenv({ path, quiet: true });
}

/** The parts of the settings that can be skipped on their own: a platform, or the daily post. */
export type SettingsPart = 'Discord' | 'Slack' | 'daily posts';

/** A part left out at start-up because its settings are wrong, with what is wrong. */
export interface SkippedPart {
  part: SettingsPart;
  problems: string[];
}

/** Which part a variable belongs to; undefined for settings everything needs (folders, logging). */
function partOf(variable: string): SettingsPart | undefined {
  if (variable.startsWith('DISCORD_') || variable === 'MODERATOR_DISCORD_CHANNEL_ID') return 'Discord';
  if (variable.startsWith('SLACK_') || variable === 'MODERATOR_SLACK_CHANNEL_ID') return 'Slack';
  if (variable.startsWith('DAILY_')) return 'daily posts';
  return undefined;
}

interface Problem {
  part: SettingsPart | undefined;
  message: string;
}

/** Options for loadConfig. */
export interface LoadConfigOptions {
  /**
   * Leave out a platform (or the daily post) whose settings are wrong instead of failing, and
   * list it in `skipped`, so one bad setting never stops a correctly configured other platform.
   * Still throws when a shared setting is wrong, or when every configured platform is wrong.
   * Default false: tools (register, CLI) want every problem as an error.
   */
  skipBadParts?: boolean;
}

export function loadConfig(env: Record<string, string | undefined>, options: LoadConfigOptions = {}): Config {
  const first = parseConfig(env);
  if (first.problems.length === 0) return first.config!;
  if (!options.skipBadParts) throw new ConfigError(first.problems.map((p) => p.message));

  // Drop each bad part's variables and parse again, until what is left is good (a part's own
  // cross-checks only run once the schema passes, hence more than one round).
  const found: Problem[] = [];
  let result = first;
  let kept = env;
  while (result.problems.length > 0) {
    found.push(...result.problems);
    if (result.problems.some((p) => p.part === undefined)) throw new ConfigError(found.map((p) => p.message));
    const badParts = new Set(found.map((p) => p.part));
    kept = Object.fromEntries(Object.entries(env).filter(([name]) => !badParts.has(partOf(name))));
    result = parseConfig(kept);
  }
  const config = result.config!;
  const badParts = [...new Set(found.map((p) => p.part as SettingsPart))];
  const platformsConfigured = Boolean(optionalValue(env.DISCORD_TOKEN) || optionalValue(env.SLACK_BOT_TOKEN));
  if (platformsConfigured && !config.discord && !config.slack) {
    throw new ConfigError([...found.map((p) => p.message), 'every configured platform has a wrong setting, so nothing could start']);
  }
  const skipped = badParts.map((part) => ({ part, problems: found.filter((p) => p.part === part).map((p) => p.message) }));
  return { ...config, skipped, ...(badParts.includes('daily posts') ? { daily: { ...config.daily, off: true } } : {}) };
}

const optionalValue = (value: string | undefined) => (value?.trim() ? value : undefined);

type Env = z.output<typeof envSchema>;

function parseConfig(env: Record<string, string | undefined>): { config?: Config; problems: Problem[] } {
  // HEALTH_* belong to no part: a wrong one stops start-up, as a wrong folder setting does.
  const { health, problems: healthProblems } = readHealthConfig(env);
  const shared = healthProblems.map((message) => ({ part: undefined, message }));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { problems: [...parsed.error.issues.map(schemaProblem), ...shared] };
  const e = parsed.data;
  const problems: Problem[] = [];
  const discord = readDiscordConfig(e, problems);
  const slack = readSlackConfig(e, problems);
  problems.push(...shared);
  if (problems.length > 0 || !health) return { problems };
  return { problems, config: assembleConfig(e, { discord, slack, health }) };
}

function schemaProblem(issue: z.core.$ZodIssue): Problem {
  const name = String(issue.path[0] ?? '');
  return { part: partOf(name), message: issue.message.includes(name) ? issue.message : `${name}: ${issue.message}` };
}

/** Discord's settings when DISCORD_TOKEN is set and they are complete; what is missing goes to `problems`. */
function readDiscordConfig(e: Env, problems: Problem[]): DiscordConfig | undefined {
  if (e.DISCORD_TOKEN) {
    if (e.DISCORD_APPLICATION_ID) {
      return {
        token: e.DISCORD_TOKEN,
        applicationId: e.DISCORD_APPLICATION_ID,
        ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
        ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
        ...(e.DISCORD_MODERATOR_ROLE ? { moderatorRole: e.DISCORD_MODERATOR_ROLE } : {}),
      };
    }
    problems.push({
      part: 'Discord',
      message: 'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set: copy it from the Developer Portal (General Information)',
    });
  } else if (e.DISCORD_APPLICATION_ID || e.DISCORD_GUILD_ID) {
    problems.push({
      part: 'Discord',
      message:
        'DISCORD_TOKEN is required when other DISCORD_ settings are set: copy the bot token from the Developer Portal (Bot, Reset Token), or remove the other DISCORD_ settings',
    });
  }
  return undefined;
}

/** Slack's settings when SLACK_BOT_TOKEN is set and they are complete; what is missing goes to `problems`. */
function readSlackConfig(e: Env, problems: Problem[]): SlackConfig | undefined {
  if (e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
      return {
        botToken: e.SLACK_BOT_TOKEN,
        port: e.SLACK_PORT,
        moderatorIds: e.SLACK_MODERATOR_IDS,
        ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
        ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
        ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
      };
    }
    problems.push({
      part: 'Slack',
      message:
        'SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) is required when SLACK_BOT_TOKEN is set: see Basic Information in your Slack app',
    });
  } else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
    problems.push({
      part: 'Slack',
      message: 'SLACK_BOT_TOKEN is required when other SLACK_ settings are set: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions',
    });
  }
  return undefined;
}

function assembleConfig(e: Env, parts: { discord: DiscordConfig | undefined; slack: SlackConfig | undefined; health: HealthConfig }): Config {
  const { discord, slack, health } = parts;
  return {
    knowledgeDir: e.KNOWLEDGE_DIR,
    knowledgeMaxFileBytes: Math.round(e.KNOWLEDGE_MAX_FILE_MB * 1024 * 1024),
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    ...(discord ? { discord } : {}),
    ...(slack ? { slack } : {}),
    daily: { time: e.DAILY_POST_TIME, timeZone: e.DAILY_POST_TZ, discordChannelIds: e.DAILY_DISCORD_CHANNEL_IDS, slackChannelIds: e.DAILY_SLACK_CHANNEL_IDS },
    moderatorChannels: {
      ...(e.MODERATOR_DISCORD_CHANNEL_ID ? { discord: e.MODERATOR_DISCORD_CHANNEL_ID } : {}),
      ...(e.MODERATOR_SLACK_CHANNEL_ID ? { slack: e.MODERATOR_SLACK_CHANNEL_ID } : {}),
    },
    health,
  };
}
