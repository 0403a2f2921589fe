/** Shared test helpers: the real knowledge, loaded once per test file, and command contexts. */
import type { Engine } from '../src/answer/engine.js';
import type { CommandContext } from '../src/core/command.js';
import type { Services } from '../src/answer/services.js';
import { KnowledgeStore } from '../src/answer/knowledge-store.js';

let cached: KnowledgeStore | undefined;

/** The project's own knowledge folder, loaded (and checked to be valid) once. */
export function realKnowledge(): KnowledgeStore {
  if (!cached) {
    cached = new KnowledgeStore('knowledge');
    const outcome = cached.reload();
    if (!outcome.ok) throw new Error(`test knowledge has errors: ${JSON.stringify(outcome.problems.filter((p) => p.severity === 'error'))}`);
  }
  return cached;
}

export function realEngine(): Engine {
  return realKnowledge().engine();
}

/** Services over the real knowledge with a fixed clock. */
export function createTestServices(overrides: Partial<Services> = {}): Services {
  return { engine: () => realEngine(), now: () => new Date('2026-11-24T08:00:00Z'), timeZone: 'Europe/Belgrade', ...overrides };
}

export function createTestContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    platform: 'console',
    user: { id: 'tester', name: 'Tester', isModerator: false },
    place: { serverId: 'server', channelId: 'channel' },
    services: createTestServices(),
    ...overrides,
  };
}
