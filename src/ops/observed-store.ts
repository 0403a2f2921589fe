/**
 * The knowledge store, counting its loads in the metrics: every load (start-up, the watcher, the
 * moderators' reload command) goes through `reload()`, `reloadForStartUp()` or
 * `reloadOffThread()`, so nothing else needs to know.
 */
import { KnowledgeStore, type KnowledgeStoreOptions } from '../answer/knowledge-store.js';
import type { ReloadOutcome } from '../core/services.js';
import type { BotMetrics } from './metrics.js';

export class ObservedKnowledgeStore extends KnowledgeStore {
  constructor(
    dir: string,
    private readonly metrics: BotMetrics | undefined,
    options: KnowledgeStoreOptions = {},
  ) {
    super(dir, options);
  }

  override reload(): ReloadOutcome {
    return this.count(super.reload());
  }

  override reloadForStartUp(): ReloadOutcome {
    return this.count(super.reloadForStartUp());
  }

  override async reloadOffThread(): Promise<ReloadOutcome> {
    return this.count(await super.reloadOffThread());
  }

  private count(outcome: ReloadOutcome): ReloadOutcome {
    this.metrics?.knowledgeReloads.inc({ outcome: outcome.ok ? 'ok' : 'failed' });
    if (!outcome.ok) this.metrics?.knowledgeReloadFailures.inc();
    return outcome;
  }
}
