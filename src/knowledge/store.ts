/**
 * Holds the knowledge the bot answers from. Loading validates first and swaps the engine in only
 * when the new knowledge has no errors, so a bad edit never replaces good knowledge.
 */
import { createEngine, type Engine } from '../answer/engine.js';
import { loadKnowledge } from './load.js';
import type { Problem } from './types.js';

export interface ReloadOutcome {
  ok: boolean;
  at: Date;
  problems: Problem[];
  facts: number;
  sources: number;
  /** Milliseconds spent loading and indexing. */
  ms: number;
}

export class KnowledgeStore {
  private current: Engine | undefined;
  private last: ReloadOutcome | undefined;

  constructor(readonly dir: string) {}

  /** Loads the folder; on success the new engine answers the next question. */
  reload(): ReloadOutcome {
    const started = performance.now();
    const result = loadKnowledge(this.dir);
    if (result.knowledge) this.current = createEngine(result.knowledge);
    this.last = {
      ok: result.knowledge !== undefined,
      at: new Date(),
      problems: result.problems,
      facts: this.current?.knowledge.facts.length ?? 0,
      sources: this.current?.knowledge.sources.size ?? 0,
      ms: performance.now() - started,
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
