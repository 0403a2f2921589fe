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
  const folder: WatchedFolder = {
    options,
    debounceMs: options.debounceMs ?? 150,
    timer: undefined,
    closed: false,
    rootWatcher: undefined,
    factsWatcher: undefined,
    rootId: undefined,
    factsId: undefined,
    state: 'starting',
  };
  check(folder);
  const interval = setInterval(() => check(folder), options.checkEveryMs ?? 2_000);
  interval.unref(); // the check must not keep a finished process alive

  return {
    get state() {
      return folder.state;
    },
    close() {
      folder.closed = true;
      clearInterval(interval);
      if (folder.timer) clearTimeout(folder.timer);
      disarm(folder);
      folder.state = 'stopped';
    },
  };
}

/** One watch on a knowledge folder: its watchers, the identities they were armed on, a pending reload. */
interface WatchedFolder {
  options: KnowledgeWatcherOptions;
  debounceMs: number;
  /** The reload waiting for the files to be quiet. */
  timer: NodeJS.Timeout | undefined;
  closed: boolean;
  rootWatcher: FSWatcher | undefined;
  factsWatcher: FSWatcher | undefined;
  rootId: string | undefined;
  factsId: string | undefined;
  state: string;
}

function fire(folder: WatchedFolder): void {
  folder.timer = undefined;
  if (folder.closed) return;
  try {
    Promise.resolve(folder.options.onChange()).catch((error: unknown) =>
      log.error('knowledge reload failed; still answering from the last good knowledge', { error }),
    );
  } catch (error) {
    log.error('knowledge reload threw; still answering from the last good knowledge', { error });
  }
}

/** A reload once the files have been quiet for debounceMs, if the changed file is knowledge. */
function schedule(folder: WatchedFolder, name: string | null): void {
  if (folder.closed || !isRelevant(name)) return;
  if (folder.timer) clearTimeout(folder.timer);
  folder.timer = setTimeout(() => fire(folder), folder.debounceMs);
}

/** Watches the folder and its facts/ folder afresh; false when the folder is not there to watch. */
function arm(folder: WatchedFolder): boolean {
  const { dir } = folder.options;
  disarm(folder);
  folder.rootId = identity(dir);
  if (!folder.rootId) return false;
  try {
    folder.rootWatcher = watch(dir, (_event, name) => {
      const file = name === null ? null : String(name);
      if (file === 'facts' || !folder.factsWatcher) watchFacts(folder);
      schedule(folder, file);
    });
  } catch {
    folder.rootId = undefined;
    return false;
  }
  folder.rootWatcher.on('error', (error) => {
    log.warn('the watch on the knowledge folder ended; it is re-armed once the folder is back', { dir, error });
    disarm(folder);
  });
  watchFacts(folder);
  return true;
}

// facts/ may be deleted and re-created (a branch switch, a restore): then it is watched anew.
function watchFacts(folder: WatchedFolder): void {
  folder.factsWatcher?.close();
  folder.factsWatcher = undefined;
  const path = join(folder.options.dir, 'facts');
  folder.factsId = identity(path);
  if (!folder.factsId) return; // no facts/ folder right now; the reload reports that, the check re-arms
  try {
    folder.factsWatcher = watch(path, (_event, name) => schedule(folder, name === null ? null : String(name)));
    folder.factsWatcher.on('error', () => {
      folder.factsWatcher?.close();
      folder.factsWatcher = undefined;
      folder.factsId = undefined;
    });
  } catch {
    folder.factsId = undefined;
  }
}

function disarm(folder: WatchedFolder): void {
  folder.rootWatcher?.close();
  folder.factsWatcher?.close();
  folder.rootWatcher = undefined;
  folder.factsWatcher = undefined;
  folder.rootId = undefined;
  folder.factsId = undefined;
}

/** Whether the folders watched are still the ones at their paths; re-arms (and reloads) when not. */
function check(folder: WatchedFolder): void {
  if (folder.closed) return;
  const now = identity(folder.options.dir);
  if (!now) {
    if (!folder.state.startsWith('waiting')) onFolderMissing(folder);
    return;
  }
  if (now !== folder.rootId) {
    onFolderBack(folder);
    return;
  }
  if (identity(join(folder.options.dir, 'facts')) !== folder.factsId) {
    watchFacts(folder);
    schedule(folder, 'facts');
  }
}

function onFolderMissing(folder: WatchedFolder): void {
  const { dir } = folder.options;
  const wasWatching = folder.rootId !== undefined;
  disarm(folder);
  folder.state = `waiting: the knowledge folder ${dir} is missing; live reload resumes when it is back`;
  log.warn('the knowledge folder is missing; still answering from the last good knowledge, and watching for it to come back', { dir });
  // A reload now records the failure, so status and the moderators' channel show it.
  if (wasWatching) schedule(folder, null);
}

/** The folder is there at first, has come back, or was replaced by another. */
function onFolderBack(folder: WatchedFolder): void {
  const { dir } = folder.options;
  const again = folder.state !== 'starting';
  if (!arm(folder)) return;
  folder.state = `watching ${dir} for changes`;
  if (again) {
    log.info('the knowledge folder is back (or was replaced); watching it again and reloading', { dir });
    schedule(folder, null);
  }
}
