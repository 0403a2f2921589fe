/**
 * One bad character should give one error, not a thousand: after a YAML syntax error the parser's
 * further errors are nearly always its echoes, and a file of broken entries needs its first few
 * problems shown, not all of them (a 247 KB log line helps nobody).
 */
import type { Problem } from './types.js';

/** YAML syntax errors shown per file: the first; the rest are counted in its message. */
export const MAX_SYNTAX_ERRORS_PER_FILE = 1;
/** Problems with entries (missing fields, wrong types) shown per file before the rest are counted. */
export const MAX_ENTRY_PROBLEMS_PER_FILE = 20;

/** The first `max` problems; the last one shown says how many more were left out. */
export function capProblems(problems: Problem[], max: number, kind: string): Problem[] {
  if (problems.length <= max) return problems;
  const shown = problems.slice(0, max);
  const hidden = problems.length - max;
  const last = shown[max - 1]!;
  shown[max - 1] = {
    ...last,
    message: `${last.message} (and ${hidden} more ${kind}${hidden === 1 ? '' : 's'} in this file, most likely caused by this one: fix it first)`,
  };
  return shown;
}

/** A hint for a syntax error on this line of the text: tabs get their own, the commonest mistake. */
export function syntaxHint(text: string, line: number): string {
  const source = text.split('\n', line)[line - 1] ?? '';
  if (/^\s*\t/.test(source) || /\t/.test(source)) return 'YAML does not allow tab characters for indentation: replace the tab on this line with spaces';
  return 'check the indentation and that text containing ":" or "#" is in quotes';
}
