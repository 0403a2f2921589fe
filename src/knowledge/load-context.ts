/** What every step of loading a knowledge folder shares: the folder, and what it has found so far. */
import type { Problem } from './types.js';
import type { YamlCache } from './yaml-file.js';

export interface LoadContext {
  dir: string;
  /** Every problem found so far, in the order found. */
  problems: Problem[];
  /** The files read so far, for the status report. */
  files: string[];
  /** The file's text, or undefined with a problem added (unreadable, or over the size limit). */
  readText(file: string): string | undefined;
  /** Files parsed by an earlier load, when there is such a cache. */
  yamlCache?: YamlCache | undefined;
}
