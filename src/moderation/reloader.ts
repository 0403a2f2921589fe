/**
 * Reloads the knowledge for the watcher and the `reload` command alike: logs the outcome, remembers
 * the last good load for `status`, and notifies the moderators' channels once per distinct failure
 * (and once when it is fixed). The KnowledgeStore already keeps the last good engine answering.
 * A failure is posted only if it is still the latest after a short wait: a `git pull` or an
 * editor's save can be caught half done, and the reload that follows a moment later succeeds.
 */
import { log } from '../core/log.js';
import type { Reply } from '../core/reply.js';
import { formatProblem, summarizeProblems } from '../knowledge/format-problems.js';
import type { KnowledgeStore } from '../answer/knowledge-store.js';
import type { KnowledgeControl, ReloadOutcome } from '../core/services.js';
import { failureKey, reloadFailedNotice, reloadRecoveredNotice } from './moderator-notice.js';

/** What a KnowledgeReloader reloads and whom it tells. */
export interface KnowledgeReloaderOptions {
  store: KnowledgeStore;
  /** Posts a notice to the moderators' channels; leave out when there are none. */
  notify?: (reply: Reply) => void | Promise<void>;
  /** How long a failure must stand before it is posted. Default 2000 ms. */
  notifyAfterMs?: number;
}

/** The one way the running bot reloads its knowledge: services.knowledge, and the watcher's callback. */
export class KnowledgeReloader implements KnowledgeControl {
  private readonly store: KnowledgeStore;
  private readonly notify: ((reply: Reply) => void | Promise<void>) | undefined;
  private readonly notifyAfterMs: number;
  private good: ReloadOutcome | undefined;
  /** The failure moderators were last told about; cleared once a reload succeeds. */
  private notifiedFailure: string | undefined;
  /** A failure waiting to be posted, dropped if a reload succeeds or fails differently first. */
  private pending: { key: string; timer: NodeJS.Timeout } | undefined;
  private running: Promise<ReloadOutcome> | undefined;
  private queued: Promise<ReloadOutcome> | undefined;

  constructor(options: KnowledgeReloaderOptions) {
    this.store = options.store;
    this.notify = options.notify;
    this.notifyAfterMs = options.notifyAfterMs ?? 2000;
    // The start-up load happened before the reloader existed; it is the first good one.
    if (options.store.lastReload?.ok) this.good = options.store.lastReload;
  }

  get dir(): string {
    return this.store.dir;
  }

  get lastReload(): ReloadOutcome | undefined {
    return this.store.lastReload;
  }

  get lastGood(): ReloadOutcome | undefined {
    return this.good;
  }

  /** The watcher feeding this reloader, if any, for status. */
  watcher: { readonly state: string } | undefined;

  get watchState(): string {
    return this.watcher?.state ?? 'not watching: changes need the reload command';
  }

  reload(): ReloadOutcome {
    return this.settle(this.store.reload());
  }

  /**
   * Reloads with the files parsed off the main thread. One reload at a time: a call while one
   * runs waits for it and then reloads once more (so the last change is always seen), however
   * many calls come meanwhile.
   */
  reloadInBackground(): Promise<ReloadOutcome> {
    if (!this.running) {
      this.running = this.store
        .reloadOffThread()
        .then((outcome) => this.settle(outcome))
        .finally(() => {
          this.running = undefined;
        });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.reloadInBackground();
    });
    return this.queued;
  }

  private settle(outcome: ReloadOutcome): ReloadOutcome {
    if (outcome.ok) this.succeeded(outcome);
    else this.failed(outcome);
    return outcome;
  }

  private succeeded(outcome: ReloadOutcome): void {
    this.good = outcome;
    this.cancelPending();
    log.info('knowledge reloaded', { facts: outcome.facts, sources: outcome.sources, warnings: outcome.problems.length, ms: Math.round(outcome.ms) });
    if (this.notifiedFailure !== undefined) {
      this.notifiedFailure = undefined;
      this.send(reloadRecoveredNotice(outcome));
    }
  }

  private failed(outcome: ReloadOutcome): void {
    const errors = outcome.problems.filter((p) => p.severity === 'error');
    log.warn(`knowledge reload failed (${summarizeProblems(outcome.problems)}); still answering from the last good knowledge`, {
      problems: errors.map((problem) => formatProblem(problem).replace(/\n\s*/g, ' ')),
    });
    const key = failureKey(outcome);
    if (key === this.pending?.key) return;
    this.cancelPending();
    if (key === this.notifiedFailure) return;
    const timer = setTimeout(() => {
      this.pending = undefined;
      this.notifiedFailure = key;
      this.send(reloadFailedNotice(outcome, this.store.dir));
    }, this.notifyAfterMs);
    timer.unref(); // a notice still waiting must not keep a finished process alive
    this.pending = { key, timer };
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
  }

  private send(reply: Reply): void {
    if (!this.notify) return;
    // Posting is best effort and must not hold up or break the reload itself.
    Promise.resolve()
      .then(() => this.notify?.(reply))
      .catch((error: unknown) => log.error('could not notify the moderators', { error }));
  }
}
