import type { SlackConfig } from '../../config.js';
import type { Adapter, AdapterDeps } from '../../core/adapter.js';

/** Placeholder until the Slack adapter lands: says plainly that it is not built yet. */
export function createSlackAdapter(_config: SlackConfig, _deps: AdapterDeps): Adapter {
  const unavailable = async () => { throw new Error('the Slack adapter is not built yet'); };
  return { name: 'slack', start: unavailable, stop: async () => {}, post: unavailable };
}
