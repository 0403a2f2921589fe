/** Prints knowledge problems the way compilers do: `file:line:column  error  message`, then the hint. */
import { relative } from 'node:path';
import type { Problem } from './types.js';

export function formatProblem(problem: Problem): string {
  const where = `${relative(process.cwd(), problem.file) || problem.file}:${problem.line}:${problem.column}`;
  return `${where}  ${problem.severity}  ${problem.message}\n    hint: ${problem.hint}`;
}

export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
