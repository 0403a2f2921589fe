/** Builders shared by the moderation tests: temp knowledge and data folders, contexts, polling. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../../src/core/command.js';
import type { Services } from '../../src/answer/services.js';
import type { KnowledgeStore } from '../../src/answer/knowledge-store.js';

const made: string[] = [];

/** A fresh empty temp folder, removed by `removeTempDirs`. */
export function createTempDir(prefix = 'azsr-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the real ./knowledge folder in a temp folder, named `knowledge` like the original. */
export function createKnowledgeCopy(): string {
  const dir = join(createTempDir(), 'knowledge');
  cpSync('knowledge', dir, { recursive: true });
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Services over a store with a fixed clock; extra parts (gaps, votes, knowledge) as given. */
export function createServices(store: KnowledgeStore, extra: Partial<Services> = {}): Services {
  return { engine: () => store.engine(), now: () => new Date('2026-03-01T10:00:00Z'), timeZone: 'Europe/Belgrade', ...extra };
}

export function createCommandContext(services: Services, isModerator: boolean): CommandContext {
  return { platform: 'console', user: { id: 'u1', isModerator }, place: { channelId: 'c1' }, services };
}

/** Polls until `check` is true; resolves with the milliseconds it took, or rejects at the timeout. */
export async function waitFor(check: () => boolean, timeoutMs = 3000, everyMs = 10): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`waitFor: not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return performance.now() - started;
}

/** A new fact with a made-up word no real fact uses, so only this fact can answer it. */
export const NEW_FACT_ID = 'quokkaberry-festival-belgrade-2024';
export const NEW_FACT_QUESTION = 'what is the quokkaberry festival';
export const NEW_FACT_YAML = `- id: ${NEW_FACT_ID}
  statement: Azerbaijan and Serbia held the first Quokkaberry festival in Belgrade in 2024.
  date: "2024"
  sources: [wikipedia]
  section: Culture
  places: [Belgrade]
  tags: [quokkaberry, festival]
`;
