/**
 * Creates the configured platforms and starts each independently: a platform that fails to start
 * is logged with a clear message and the others keep running. When every configured platform has
 * failed for good (at start or later), the process exits non-zero so a supervisor notices.
 */
import type { Config } from './config.js';
import type { Adapter, AdapterDeps } from './core/adapter.js';
import type { Services } from './answer/services.js';
import { log } from './core/log.js';

/** One adapter per configured platform, not yet started. */
export async function createConfiguredAdapters(config: Config, deps: AdapterDeps<Services>): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  if (config.discord) {
    const { createDiscordAdapter } = await import('./adapters/discord/index.js');
    adapters.push(createDiscordAdapter(config.discord, deps));
  }
  if (config.slack) {
    const { createSlackAdapter } = await import('./adapters/slack/index.js');
    adapters.push(createSlackAdapter(config.slack, deps));
  }
  return adapters;
}

/** What to do when no platform is left; the default exits with status 1. */
export interface StartOptions {
  onAllFailed?: (message: string) => void;
}

const exitForSupervisor = (message: string) => {
  log.error(message);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
  // Let the log line reach standard error first.
  setImmediate(() => process.exit(1));
};

/** Starts every adapter at once; returns the names of those that started. */
export async function startEach(adapters: readonly Adapter[], options: StartOptions = {}): Promise<string[]> {
  const failed = new Map<string, string>();
  const onAllFailed = options.onAllFailed ?? exitForSupervisor;
  const failedForGood = (name: string, error: unknown) => {
    if (failed.has(name)) return;
    failed.set(name, error instanceof Error ? error.message : String(error));
    if (adapters.length > 0 && failed.size === adapters.length) {
      onAllFailed(`azsr: every configured platform has failed for good, so the bot is stopping: ${[...failed.values()].join(' ')}`);
    }
  };
  for (const adapter of adapters) adapter.onFailedForGood?.((error) => failedForGood(adapter.name, error));
  const results = await Promise.all(
    adapters.map(async (adapter) => {
      try {
        await adapter.start();
        log.info(`${adapter.name} started`);
        return adapter.name;
      } catch (error) {
        log.error(`${adapter.name} could not start; the other platforms keep running`, { error: error instanceof Error ? error.message : String(error) });
        failedForGood(adapter.name, error);
        return undefined;
      }
    }),
  );
  return results.filter((name): name is Adapter['name'] => name !== undefined);
}

export async function startAdapters(config: Config, deps: AdapterDeps<Services>, options: StartOptions = {}): Promise<Adapter[]> {
  const adapters = await createConfiguredAdapters(config, deps);
  await startEach(adapters, options);
  return adapters;
}
