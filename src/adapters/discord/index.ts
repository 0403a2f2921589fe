import type { DiscordConfig } from '../../config.js';
import type { Adapter, AdapterDeps } from '../../core/adapter.js';

/** Placeholder until the Discord adapter lands: says plainly that it is not built yet. */
export function createDiscordAdapter(_config: DiscordConfig, _deps: AdapterDeps): Adapter {
  const unavailable = async () => { throw new Error('the Discord adapter is not built yet'); };
  return { name: 'discord', start: unavailable, stop: async () => {}, post: unavailable };
}
