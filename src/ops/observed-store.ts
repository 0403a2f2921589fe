/**
 * The knowledge store, counting its loads in the metrics: every reload (start-up, the watcher, the
 * moderators' reload command) goes through `reload()`, so nothing else needs to know.
 */
import { KnowledgeStore, type ReloadOutcome } from '../knowledge/store.js';
import type { BotMetrics } from './metrics.js';

export class ObservedKnowledgeStore extends KnowledgeStore {
  constructor(dir: string, private readonly metrics: BotMetrics | undefined) {
    super(dir);
  }

  override reload(): ReloadOutcome {
    const outcome = super.reload();
    this.metrics?.knowledgeReloads.inc({ outcome: outcome.ok ? 'ok' : 'failed' });
    if (!outcome.ok) this.metrics?.knowledgeReloadFailures.inc();
    return outcome;
  }
}
