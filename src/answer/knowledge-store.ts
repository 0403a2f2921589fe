/**
 * Holds the knowledge the bot answers from. Loading validates first and swaps the engine in only
 * when the new knowledge has no errors, so a bad edit never replaces good knowledge.
 */
import { createEngine, type Engine } from './engine.js';
import { prepareKnowledge, type PreparedKnowledge, type PrepareOptions } from './prepare-knowledge.js';
import type { ReloadOutcome } from '../core/services.js';

/** File limits, and where to keep a snapshot that makes the next start quick (see knowledge-snapshot.ts). */
export type KnowledgeStoreOptions = PrepareOptions;

export class KnowledgeStore {
  private current: Engine | undefined;
  private last: ReloadOutcome | undefined;
  /** What reloadForStartUp() left for finishStartUp(). */
  private unfinished: (() => void) | undefined;

  constructor(
    readonly dir: string,
    private readonly options: KnowledgeStoreOptions = {},
  ) {}

  /** Loads the folder (from the snapshot when it matches); on success the new engine answers the next question. */
  reload(): ReloadOutcome {
    const started = performance.now();
    return this.apply(prepareKnowledge(this.dir, this.options), started);
  }

  /**
   * reload() for start-up, which answers sooner: when the files are loaded (no snapshot matches),
   * their warnings, the new snapshot and the parsed files are left for finishStartUp(), to run
   * once the bot is ready.
   */
  reloadForStartUp(): ReloadOutcome {
    const started = performance.now();
    const prepared = prepareKnowledge(this.dir, this.options, { later: true });
    const outcome = this.apply(prepared, started);
    this.unfinished = prepared.finish;
    return outcome;
  }

  /**
   * Does what reloadForStartUp() left: the outcome's problems gain the warnings, the snapshot is
   * saved (unless the files changed since: then it would not describe them), and the parsed
   * files. Nothing when nothing is left, or when a later reload has replaced that knowledge.
   */
  finishStartUp(): void {
    const finish = this.unfinished;
    this.unfinished = undefined;
    finish?.();
  }

  /**
   * The same, with the files read, validated and indexed in a worker thread, and the result taken
   * in here in slices, so questions asked meanwhile are answered at once from the old knowledge.
   */
  async reloadOffThread(): Promise<ReloadOutcome> {
    const started = performance.now();
    // Worker threads are loaded with the first reload, not at start-up.
    const { prepareKnowledgeOffThread } = await import('./prepare-off-thread.js');
    return this.apply(await prepareKnowledgeOffThread(this.dir, this.options), started);
  }

  private apply({ result, index, fromSnapshot }: PreparedKnowledge, started: number): ReloadOutcome {
    this.unfinished = undefined;
    if (result.knowledge) this.current = createEngine(result.knowledge, index ? { index } : {});
    this.last = {
      ok: result.knowledge !== undefined,
      at: new Date(),
      problems: result.problems,
      facts: this.current?.knowledge.facts.length ?? 0,
      sources: this.current?.knowledge.sources.size ?? 0,
      ms: performance.now() - started,
      ...(fromSnapshot ? { fromSnapshot } : {}),
    };
    return this.last;
  }

  /** The engine in use; throws when no knowledge has ever loaded. */
  engine(): Engine {
    if (!this.current) throw new Error(`KnowledgeStore: no valid knowledge loaded from ${this.dir}`);
    return this.current;
  }

  get lastReload(): ReloadOutcome | undefined {
    return this.last;
  }
}
