/**
 * Word lists the build works out once instead of at every start: `npm run build` writes them as
 * plain text, a word a line, beside the compiled search modules (see src/cli/precompute.ts). Run
 * from the sources (tsx, the tests) there are no such files, and each list is worked out as it was
 * before; a test checks that both ways give the same lists.
 */
import { readFileSync } from 'node:fs';

/** The text of the build's list `name`, or undefined when the build has not written it. */
export function readPrecomputed(name: string): string | undefined {
  try {
    return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

/** The words of a list's text. */
export function wordsOf(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}
