/**
 * What a person can do about a known failure, for the `hint` field of a log line. Recognised by the
 * error's code alone (Discord's numeric API codes, Slack's error strings, Node's system codes), so
 * the core needs no platform library.
 */
const DISCORD: Record<number, string> = {
  10003: 'the channel does not exist or the bot cannot see it: check the channel id (DAILY_DISCORD_CHANNEL_IDS, MODERATOR_DISCORD_CHANNEL_ID or /azsr-daily)',
  50001: 'the bot cannot see this channel: give its role View Channel there, or choose another channel with /azsr-daily',
  50013: 'the bot may not post in this channel: give its role Send Messages and Embed Links there, or choose another channel with /azsr-daily',
};

const SLACK: Record<string, string> = {
  not_in_channel: 'the bot is not a member of this channel: invite it with /invite @azsr there, or choose another channel',
  channel_not_found: 'no such channel for this workspace: check the channel id (C…) in DAILY_SLACK_CHANNEL_IDS or MODERATOR_SLACK_CHANNEL_ID',
  is_archived: 'the channel is archived: unarchive it or choose another channel',
  missing_scope: 'the Slack app lacks a scope: add chat:write (and commands) under OAuth & Permissions, then reinstall the app',
  invalid_auth: 'the Slack token was rejected: copy the Bot User OAuth Token (xoxb-…) into SLACK_BOT_TOKEN',
  account_inactive: 'the Slack token was revoked: reinstall the app and copy the new bot token into SLACK_BOT_TOKEN',
};

const SYSTEM: Record<string, string> = {
  ENOSPC: 'the disk is full: free space where DATA_DIR is',
  EACCES: 'permission denied: let the user the bot runs as read and write DATA_DIR and read KNOWLEDGE_DIR',
  EPERM: 'permission denied: let the user the bot runs as read and write DATA_DIR and read KNOWLEDGE_DIR',
  EROFS: 'the file system is read-only: point DATA_DIR at a writable folder (a volume, in a container)',
  EADDRINUSE: 'the port is taken by another program: stop it, or set SLACK_PORT or HEALTH_PORT to a free port',
};

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** A hint for a known, fixable failure; undefined for anything else. */
export function hintFor(error: unknown): string | undefined {
  const code = field(error, 'code');
  if (typeof code === 'number' && DISCORD[code]) return DISCORD[code];
  if (typeof code === 'string' && SYSTEM[code]) return SYSTEM[code];
  const slackError = field(field(error, 'data'), 'error');
  if (typeof slackError === 'string' && SLACK[slackError]) return SLACK[slackError];
  const cause = field(error, 'cause');
  return cause !== undefined && cause !== error ? hintFor(cause) : undefined;
}
