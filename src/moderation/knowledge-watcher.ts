/**
 * Watches the knowledge folder and its facts/ folder and calls back once a burst of changes has
 * settled. Directories are watched rather than files because editors often save by writing a
 * temporary file and renaming it over the original, which ends a watch on the file itself. The
 * debounce lets a save finish; a half-written file that fails to load is followed by another
 * event when the write completes, so the last reload always sees the final content.
 *
 * A deploy or restore often deletes the folder and creates it again, or renames a new one over it:
 * a watch on the old folder then goes quiet without an error. So the watcher also checks every
 * few seconds that the folder it watches is still the one at the path (same inode), and re-arms
 * itself (and reloads) when the folder has come back or been replaced.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { log } from '../core/log.js';

/** Where to watch and what to call when the files have changed. */
export interface KnowledgeWatcherOptions {
  /** The knowledge folder (KNOWLEDGE_DIR). */
  dir: string;
  /** Called once the files have been quiet for `debounceMs`; usually KnowledgeReloader.reload. */
  onChange: () => unknown;
  /** Quiet time before reloading. Default 150 ms: long enough for a save, short enough to feel live. */
  debounceMs?: number;
  /** How often to check that the watched folder is still the one at the path. Default 2,000 ms. */
  checkEveryMs?: number;
}

/** A running watch on the knowledge folder. */
export interface KnowledgeWatcher {
  /** What live reload is doing now, in words for the status report. */
  readonly state: string;
  /** Stops watching; a pending reload is dropped. */
  close(): void;
}

/** Editor swap and backup files (`.visits.yaml.swp`, `visits.yaml~`, `4913`) are not knowledge. */
function isRelevant(name: string | null): boolean {
  return name === null || name === 'facts' || /\.ya?ml$/i.test(name);
}

/** The folder's identity, or undefined when it is not there (or not a folder). */
function identity(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Starts watching; never throws: a missing folder is waited for. */
export function watchKnowledge(options: KnowledgeWatcherOptions): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 150;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let rootWatcher: FSWatcher | undefined;
  let factsWatcher: FSWatcher | undefined;
  let rootId: string | undefined;
  let factsId: string | undefined;
  let state = 'starting';

  const fire = () => {
    timer = undefined;
    if (closed) return;
    try {
      Promise.resolve(options.onChange()).catch((error: unknown) =>
        log.error('knowledge reload failed; still answering from the last good knowledge', { error }),
      );
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
    const path = join(options.dir, 'facts');
    factsId = identity(path);
    if (!factsId) return; // no facts/ folder right now; the reload reports that, the check re-arms
    try {
      factsWatcher = watch(path, (_event, name) => schedule(name === null ? null : String(name)));
      factsWatcher.on('error', () => {
        factsWatcher?.close();
        factsWatcher = undefined;
        factsId = undefined;
      });
    } catch {
      factsId = undefined;
    }
  };

  const disarm = () => {
    rootWatcher?.close();
    factsWatcher?.close();
    rootWatcher = undefined;
    factsWatcher = undefined;
    rootId = undefined;
    factsId = undefined;
  };

  const arm = (): boolean => {
    disarm();
    rootId = identity(options.dir);
    if (!rootId) return false;
    try {
      rootWatcher = watch(options.dir, (_event, name) => {
        const file = name === null ? null : String(name);
        if (file === 'facts' || !factsWatcher) watchFacts();
        schedule(file);
      });
    } catch {
      rootId = undefined;
      return false;
    }
    rootWatcher.on('error', (error) => {
      log.warn('the watch on the knowledge folder ended; it is re-armed once the folder is back', { dir: options.dir, error });
      disarm();
    });
    watchFacts();
    return true;
  };

  const check = () => {
    if (closed) return;
    const now = identity(options.dir);
    if (!now) {
      if (!state.startsWith('waiting')) {
        const wasWatching = rootId !== undefined;
        disarm();
        state = `waiting: the knowledge folder ${options.dir} is missing; live reload resumes when it is back`;
        log.warn('the knowledge folder is missing; still answering from the last good knowledge, and watching for it to come back', { dir: options.dir });
        // A reload now records the failure, so status and the moderators' channel show it.
        if (wasWatching) schedule(null);
      }
      return;
    }
    if (now !== rootId) {
      const again = state !== 'starting';
      if (!arm()) return;
      state = `watching ${options.dir} for changes`;
      if (again) {
        log.info('the knowledge folder is back (or was replaced); watching it again and reloading', { dir: options.dir });
        schedule(null);
      }
      return;
    }
    if (identity(join(options.dir, 'facts')) !== factsId) {
      watchFacts();
      schedule('facts');
    }
  };

  check();
  const interval = setInterval(check, options.checkEveryMs ?? 2_000);
  interval.unref(); // the check must not keep a finished process alive

  return {
    get state() {
      return state;
    },
    close() {
      closed = true;
      clearInterval(interval);
      if (timer) clearTimeout(timer);
      disarm();
      state = 'stopped';
    },
  };
}
