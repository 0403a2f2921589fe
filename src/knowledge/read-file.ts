/**
 * Reading knowledge files within limits: a file over the size limit is refused with a clear error
 * naming it (a 50 MB file would otherwise take the bot's memory and seconds of parsing), and the
 * facts folder's listing tells a missing folder from a symbolic-link loop or a permission problem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './types.js';

/** Default size limit for one knowledge file: far above a real one (tens of KB), far below trouble. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Limits for loading a knowledge folder. */
export interface KnowledgeReadOptions {
  /** Largest knowledge file accepted, in bytes (KNOWLEDGE_MAX_FILE_MB; default 5 MB). */
  maxFileBytes?: number;
}

const YAML_FILE = /\.ya?ml$/i;
const megabytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`);

function problem(file: string, message: string, hint: string): Problem {
  return { severity: 'error', file, line: 1, column: 1, message, hint };
}

/** What an fs error code means for a knowledge file, in words a moderator can act on. */
function unreadable(file: string, code: string | undefined): Problem {
  if (code === 'ELOOP')
    return problem(
      file,
      'cannot be read: it is a symbolic link loop (it points back to itself)',
      'replace the link with the file itself, or point it at a real file',
    );
  if (code === 'EACCES' || code === 'EPERM') return problem(file, 'cannot be read: permission denied', 'let the bot’s user read the file (chmod or chown)');
  if (code === 'EISDIR') return problem(file, 'cannot be read: it is a folder, not a file', 'move the folder away or rename it without .yaml');
  return problem(file, `cannot be read: ${code ?? 'unknown error'}`, 'check that the file exists and is readable');
}

/** The file's text, or undefined with a problem added (unreadable, or over the size limit). */
export function readKnowledgeText(file: string, problems: Problem[], options: KnowledgeReadOptions = {}): string | undefined {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const { size } = statSync(file);
    if (size > limit) {
      problems.push(
        problem(
          file,
          `cannot be read: it is ${megabytes(size)}, over the ${megabytes(limit)} limit for one knowledge file`,
          'split it into several files in facts/ (one per theme), or raise KNOWLEDGE_MAX_FILE_MB if it really must be this large',
        ),
      );
      return undefined;
    }
    return readFileSync(file, 'utf8');
  } catch (error) {
    problems.push(unreadable(file, (error as NodeJS.ErrnoException).code));
    return undefined;
  }
}

/** The YAML files in `dir`/facts, sorted; a missing, looping or unreadable folder or entry is a problem. */
export function listFactFiles(dir: string, problems: Problem[]): string[] {
  const factsDir = join(dir, 'facts');
  let names: string[];
  try {
    names = readdirSync(factsDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') problems.push(problem(factsDir, 'the facts folder is missing', `create ${factsDir}/ with at least one .yaml file of facts`));
    else if (code === 'ELOOP')
      problems.push(
        problem(
          factsDir,
          'the facts folder cannot be read: it is a symbolic link loop (it points back to itself)',
          `replace ${factsDir} with a real folder, or a link to one`,
        ),
      );
    else if (code === 'ENOTDIR')
      problems.push(
        problem(factsDir, 'the facts folder cannot be read: it is a file, not a folder', `move it away and create ${factsDir}/ with .yaml files of facts`),
      );
    else problems.push(unreadable(factsDir, code));
    return [];
  }
  const files: string[] = [];
  for (const name of names.filter((candidate) => YAML_FILE.test(candidate)).sort()) {
    const file = join(factsDir, name);
    try {
      if (statSync(file).isFile()) files.push(file);
    } catch (error) {
      problems.push(unreadable(file, (error as NodeJS.ErrnoException).code));
    }
  }
  return files;
}
