/**
 * Builders for the Discord adapter tests: the real knowledge, services around it, and a started
 * adapter connected to a fresh FakeDiscord.
 */
import { KnowledgeStore } from '../../../src/answer/knowledge-store.js';
import { commands } from '../../../commands/index.js';
import type { Adapter } from '../../../src/core/adapter.js';
import type { CommandDefinition } from '../../../src/core/command.js';
import type { Services } from '../../../src/answer/services.js';
import { createDiscordAdapter, type DiscordAdapterOptions } from '../../../src/adapters/discord/index.js';
import { FakeDiscord, type FakeDiscordOptions } from '../../fakes/fake-discord.js';

let store: KnowledgeStore | undefined;

/** The real knowledge in ./knowledge, loaded once per test file. */
export function realKnowledge(): KnowledgeStore {
  if (!store) {
    store = new KnowledgeStore('./knowledge');
    const outcome = store.reload();
    if (!outcome.ok) throw new Error(`test harness: ./knowledge did not load: ${outcome.problems.map((p) => p.message).join('; ')}`);
  }
  return store;
}

export function createTestServices(overrides: Partial<Services> = {}): Services {
  const knowledge = realKnowledge();
  return { engine: () => knowledge.engine(), now: () => new Date('2026-02-15T10:00:00Z'), timeZone: 'Europe/Belgrade', ...overrides };
}

export interface ConnectedAdapter {
  fake: FakeDiscord;
  adapter: Adapter;
  close(): Promise<void>;
}

/** A FakeDiscord and a Discord adapter started against it. */
export async function startConnectedAdapter(
  setup: {
    services?: Services;
    commands?: readonly CommandDefinition[];
    fake?: FakeDiscordOptions;
    options?: DiscordAdapterOptions;
    moderatorRole?: string;
  } = {},
): Promise<ConnectedAdapter> {
  const fake = await FakeDiscord.start(setup.fake);
  const adapter = createDiscordAdapter(
    { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, ...(setup.moderatorRole ? { moderatorRole: setup.moderatorRole } : {}) },
    { commands: setup.commands ?? commands, services: setup.services ?? createTestServices() },
    setup.options,
  );
  try {
    await adapter.start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    adapter,
    close: async () => {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** A slash-command option as Discord sends it. */
export const stringOption = (name: string, value: string, focused?: boolean) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });
export const booleanOption = (name: string, value: boolean) => ({ name, type: 5, value });
