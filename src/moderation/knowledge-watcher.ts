/**
 * Watches the knowledge folder and its facts/ folder and calls back once a burst of changes has
 * settled. Directories are watched rather than files because editors often save by writing a
 * temporary file and renaming it over the original, which ends a watch on the file itself. The
 * debounce lets a save finish; a half-written file that fails to load is followed by another
 * event when the write completes, so the last reload always sees the final content.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { log } from '../core/log.js';

/** Where to watch and what to call when the files have changed. */
export interface KnowledgeWatcherOptions {
  /** The knowledge folder (KNOWLEDGE_DIR). */
  dir: string;
  /** Called once the files have been quiet for `debounceMs`; usually KnowledgeReloader.reload. */
  onChange: () => void;
  /** Quiet time before reloading. Default 150 ms: long enough for a save, short enough to feel live. */
  debounceMs?: number;
}

/** A running watch on the knowledge folder. */
export interface KnowledgeWatcher {
  /** Stops watching; a pending reload is dropped. */
  close(): void;
}

/** Editor swap and backup files (`.visits.yaml.swp`, `visits.yaml~`, `4913`) are not knowledge. */
function isRelevant(name: string | null): boolean {
  return name === null || name === 'facts' || /\.ya?ml$/i.test(name);
}

/** Starts watching; throws when the folder cannot be watched (it does not exist). */
export function watchKnowledge(options: KnowledgeWatcherOptions): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 150;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let factsWatcher: FSWatcher | undefined;

  const fire = () => {
    timer = undefined;
    if (closed) return;
    try {
      options.onChange();
    } catch (error) {
      log.error('knowledge reload threw; still answering from the last good knowledge', { error });
    }
  };
  const schedule = (name: string | null) => {
    if (closed || !isRelevant(name)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  // facts/ may be deleted and re-created (a branch switch, a restore): then it is watched anew.
  const watchFacts = () => {
    factsWatcher?.close();
    factsWatcher = undefined;
    try {
      factsWatcher = watch(join(options.dir, 'facts'), (_event, name) => schedule(name === null ? null : String(name)));
      factsWatcher.on('error', () => {
        factsWatcher?.close();
        factsWatcher = undefined;
      });
    } catch {
      // No facts/ folder right now; the reload reports that, and its return re-arms this watch.
    }
  };

  const rootWatcher = watch(options.dir, (_event, name) => {
    const file = name === null ? null : String(name);
    if (file === 'facts' || !factsWatcher) watchFacts();
    schedule(file);
  });
  rootWatcher.on('error', (error) => log.error('stopped watching the knowledge folder', { dir: options.dir, error }));
  watchFacts();

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      rootWatcher.close();
      factsWatcher?.close();
    },
  };
}
