/**
 * Helpers for driving the real Slack adapter against the fake Slack: the real knowledge and
 * commands, slash-command payloads, and requests signed the way Slack signs them.
 */
import { createHmac } from 'node:crypto';
import { commands } from '../../../commands/index.js';
import type { SlackConfig } from '../../../src/config.js';
import type { CommandDefinition } from '../../../src/core/command.js';
import type { Vote } from '../../../src/core/services.js';
import type { Services } from '../../../src/answer/services.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { KnowledgeStore } from '../../../src/answer/knowledge-store.js';
import type { FakeSlack } from '../../fakes/fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const ASKER = 'U0ASKER';
export const MODERATOR = 'U0MOD';

let store: KnowledgeStore | undefined;

/** Services over the real knowledge in ./knowledge, a fixed clock (15 February 2026) and recorded votes. */
export function createTestServices(): Services & { votesCast: { factIds: readonly string[]; vote: Vote }[] } {
  if (!store) {
    store = new KnowledgeStore('./knowledge');
    const outcome = store.reload();
    if (!outcome.ok) throw new Error('the knowledge in ./knowledge does not load');
  }
  const knowledge = store;
  const votesCast: { factIds: readonly string[]; vote: Vote }[] = [];
  return {
    engine: () => knowledge.engine(),
    now: () => new Date('2026-02-15T10:00:00Z'),
    timeZone: 'Europe/Belgrade',
    votes: {
      record: (factIds, vote) => {
        votesCast.push({ factIds, vote });
      },
    },
    votesCast,
  };
}

export interface TestAdapterSettings {
  fake: FakeSlack;
  services: Services;
  mode: 'http' | 'socket';
  commands?: readonly CommandDefinition[];
  ackDeadlineMs?: number;
}

/** The real adapter, pointed at the fake, on 127.0.0.1, failing fast rather than retrying. */
export function createTestAdapter(settings: TestAdapterSettings): SlackAdapter {
  const config: SlackConfig = {
    botToken: 'xoxb-test',
    port: 0,
    apiUrl: settings.fake.apiUrl,
    moderatorIds: [MODERATOR],
    ...(settings.mode === 'socket' ? { appToken: 'xapp-test' } : { signingSecret: SIGNING_SECRET }),
  };
  return createSlackAdapter(
    config,
    { commands: settings.commands ?? commands, services: settings.services },
    {
      retryConfig: { retries: 0 },
      host: '127.0.0.1',
      clientPingTimeoutMs: 1000,
      ...(settings.ackDeadlineMs !== undefined ? { ackDeadlineMs: settings.ackDeadlineMs } : {}),
    },
  );
}

/** A slash-command payload as Slack sends it. */
export function slashCommand(text: string, responseUrl: string, userId = ASKER): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: 'C0CHANNEL',
    channel_name: 'general',
    user_id: userId,
    user_name: 'asker',
    command: '/azsr',
    text,
    api_app_id: 'A0FAKE',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

export interface SignOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Replace the signature (a wrong one), or leave it out with null. */
  signature?: string | null;
  secret?: string;
}

/** POSTs a form-encoded body to the app's /slack/events, signed as Slack signs (v0 HMAC-SHA256). */
export async function postSigned(port: number, body: string, options: SignOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  const headers: Record<string, string> = {
    // Exactly this: with `; charset=utf-8` Bolt answers 400.
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
  };
  if (options.signature !== null) headers['x-slack-signature'] = options.signature ?? signature;
  return fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
}

/** Sends `/azsr text` over HTTP and returns Bolt's response body (the ack payload), parsed. */
export async function runSlashCommand(port: number, text: string, responseUrl: string, userId = ASKER): Promise<Record<string, unknown>> {
  const response = await postSigned(port, new URLSearchParams(slashCommand(text, responseUrl, userId)).toString());
  if (response.status !== 200) throw new Error(`slash command answered ${response.status}`);
  const body = await response.text();
  return body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
}

/** All the text of a message (fallback, blocks, button values), for searching. */
export function textOf(message: unknown): string {
  return JSON.stringify(message);
}

/** Network handles still open (sockets, servers), after a moment for closes to land. */
export async function openNetworkHandles(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return process.getActiveResourcesInfo().filter((kind) => kind.startsWith('TCP'));
}
