/** Prints knowledge problems the way compilers do: `file:line:column  error  message`, then the hint. */
import { relative } from 'node:path';
import type { Problem } from './types.js';

/** One problem as two lines: where, severity and message; then the hint, indented. */
export function formatProblem(problem: Problem): string {
  const where = `${relative(process.cwd(), problem.file) || problem.file}:${problem.line}:${problem.column}`;
  return `${where}  ${problem.severity}  ${problem.message}\n    hint: ${problem.hint}`;
}

/** `2 errors, 1 warning`. */
export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** What a knowledge check found: the verdict, its problems and what loaded. */
export interface CheckResult {
  ok: boolean;
  problems: readonly Problem[];
  facts: number;
  sources: number;
}

/** Reading order: file by file, top to bottom, so fixing them is one pass through each file. */
function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

function section(title: string, problems: readonly Problem[]): string[] {
  if (problems.length === 0) return [];
  return [`${title} (${problems.length}):`, ...[...problems].sort(byPlace).map(formatProblem), ''];
}

/**
 * The full report of `npm run knowledge:check`: errors first, then warnings, each group with its
 * count, then a one-line verdict. Errors stop the bot from loading the change; warnings do not.
 */
export function formatCheckReport(result: CheckResult): string {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const verdict = result.ok
    ? `knowledge check passed: ${result.facts} facts, ${result.sources} sources; ${summarizeProblems(result.problems)}`
    : `knowledge check failed: ${summarizeProblems(result.problems)}. The bot will not load this knowledge until the errors are fixed.`;
  return [...section('Errors', errors), ...section('Warnings', warnings), verdict].join('\n');
}
