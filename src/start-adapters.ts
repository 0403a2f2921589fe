/**
 * Creates the configured platforms and starts each independently: a platform that fails to start
 * is logged with a clear message and the others keep running.
 */
import type { Config } from './config.js';
import type { Adapter, AdapterDeps } from './core/adapter.js';
import { log } from './core/log.js';

/** One adapter per configured platform, not yet started. */
export async function createConfiguredAdapters(config: Config, deps: AdapterDeps): Promise<Adapter[]> {
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

/** Starts every adapter at once; returns the names of those that started. */
export async function startEach(adapters: readonly Adapter[]): Promise<string[]> {
  const results = await Promise.all(adapters.map(async (adapter) => {
    try {
      await adapter.start();
      log.info(`${adapter.name} started`);
      return adapter.name;
    } catch (error) {
      log.error(`${adapter.name} could not start; the other platforms keep running`, { error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }));
  const started = results.filter((name): name is Adapter['name'] => name !== undefined);
  if (started.length === 0) log.error('no platform is running: fix the settings named above and restart');
  return started;
}

export async function startAdapters(config: Config, deps: AdapterDeps): Promise<Adapter[]> {
  const adapters = await createConfiguredAdapters(config, deps);
  await startEach(adapters);
  return adapters;
}
