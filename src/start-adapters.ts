/**
 * Starts each configured platform independently: a platform that fails to start is logged with a
 * clear message and the others keep running.
 */
import type { Config } from './config.js';
import type { Adapter, AdapterDeps } from './core/adapter.js';
import { log } from './core/log.js';

export async function startAdapters(config: Config, deps: AdapterDeps): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  if (config.discord) {
    const { createDiscordAdapter } = await import('./adapters/discord/index.js');
    adapters.push(createDiscordAdapter(config.discord, deps));
  }
  if (config.slack) {
    const { createSlackAdapter } = await import('./adapters/slack/index.js');
    adapters.push(createSlackAdapter(config.slack, deps));
  }
  await Promise.all(adapters.map(async (adapter) => {
    try {
      await adapter.start();
      log.info(`${adapter.name} started`);
    } catch (error) {
      log.error(`${adapter.name} could not start; the other platforms keep running`, { error: error instanceof Error ? error.message : String(error) });
    }
  }));
  return adapters;
}
