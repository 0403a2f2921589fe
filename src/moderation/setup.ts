/**
 * Wires the moderation features for start-up: the gap and vote stores in DATA_DIR, the reloader,
 * and the watcher on KNOWLEDGE_DIR, started once the adapters are up (so a failure notice has
 * somewhere to go) and stopped on shutdown.
 */
import type { Adapter } from '../core/adapter.js';
import { log } from '../core/log.js';
import type { Reply } from '../core/reply.js';
import type { Services } from '../answer/services.js';
import type { KnowledgeStore } from '../answer/knowledge-store.js';
import { GapStore } from './gap-store.js';
import { watchKnowledge, type KnowledgeWatcher } from './knowledge-watcher.js';
import { createModeratorNotifier, type ModeratorChannels } from './notify-moderators.js';
import { KnowledgeReloader } from './reloader.js';
import { VoteStore } from './vote-store.js';

/** The moderation features as start-up holds them. */
export interface Moderation {
  /** The parts of Services the moderation features provide. */
  services: Pick<Services, 'gaps' | 'votes' | 'knowledge' | 'gapReport' | 'voteReport'>;
  /** Starts watching the knowledge folder; notices go to the moderators' channels of these adapters. */
  startWatching(adapters: readonly Adapter[], channels: ModeratorChannels): void;
  stop(): void;
}

/** `store` must already hold the start-up load; `dataDir` is DATA_DIR. */
export function createModeration(store: KnowledgeStore, dataDir: string): Moderation {
  const gaps = new GapStore(dataDir);
  const votes = new VoteStore(dataDir);
  // The adapters exist only after the services they are given; the notifier is bound late.
  let notify: ((reply: Reply) => Promise<void>) | undefined;
  const reloader = new KnowledgeReloader({ store, notify: (reply) => notify?.(reply) });
  let watcher: KnowledgeWatcher | undefined;

  return {
    services: { gaps, votes, knowledge: reloader, gapReport: gaps, voteReport: votes },
    startWatching(adapters, channels) {
      notify = createModeratorNotifier(adapters, channels);
      watcher?.close();
      watcher = watchKnowledge({ dir: store.dir, onChange: () => reloader.reloadInBackground() });
      reloader.watcher = watcher;
      log.info('watching the knowledge folder for changes', { dir: store.dir, moderatorNotices: notify !== undefined });
    },
    stop() {
      watcher?.close();
      watcher = undefined;
      reloader.watcher = undefined;
    },
  };
}
