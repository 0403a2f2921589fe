/**
 * Checks the bot token with auth.test before the app is built. Bolt would otherwise call auth.test
 * from the App constructor, where an `ok: false` answer becomes an unhandled rejection that ends
 * the whole process (and Discord with it); here it becomes a clear, rejected start().
 */
import { webApi } from '@slack/bolt';

/** Who the token belongs to; handing these to the App keeps Bolt from calling auth.test itself. */
export interface BotIdentity {
  botId: string;
  botUserId: string;
  teamId?: string;
}

function explain(error: unknown, apiUrl: string): string {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code === 'invalid_auth' || code === 'not_authed' || code === 'account_inactive' || code === 'token_revoked' || code === 'token_expired') {
    return `Slack: the bot token was rejected (${code}). Check SLACK_BOT_TOKEN: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and reinstall the app to the workspace if it was revoked.`;
  }
  if (code) return `Slack: auth.test failed (${code}). Check SLACK_BOT_TOKEN and the app's installation.`;
  const message = error instanceof Error ? error.message : String(error);
  return `Slack: could not reach the Web API at ${apiUrl} (${message}). Check the network, or SLACK_API_URL if it is set.`;
}

/** Calls auth.test; rejects with a message that says what is wrong and which setting to fix. */
export async function verifyBotToken(token: string, clientOptions: webApi.WebClientOptions): Promise<BotIdentity> {
  const client = new webApi.WebClient(token, clientOptions);
  try {
    const result = await client.auth.test();
    if (!result.user_id || !result.bot_id) {
      throw new Error('Slack: SLACK_BOT_TOKEN is not a bot token (auth.test names no bot). Use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.');
    }
    return { botId: result.bot_id, botUserId: result.user_id, ...(result.team_id ? { teamId: result.team_id } : {}) };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Slack:')) throw error;
    throw new Error(explain(error, client.slackApiUrl), { cause: error });
  }
}
