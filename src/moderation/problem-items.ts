/**
 * Knowledge problems as reply items for moderators: `knowledge/facts/visits.yaml:12:3` and what is
 * wrong, errors before warnings. Paths are shown from the knowledge folder's parent, which is how
 * moderators see the repository (`knowledge/…`).
 */
import { dirname, relative } from 'node:path';
import type { ReplyItem } from '../core/reply.js';
import type { Problem } from '../knowledge/types.js';

/** Chat messages have length limits; the full list is one `npm run knowledge:check` away. */
export const MAX_PROBLEM_ITEMS = 15;

/** Where a problem is, as `file:line:column` relative to the knowledge folder's parent. */
export function problemPlace(problem: Problem, knowledgeDir: string): string {
  const file = relative(dirname(knowledgeDir), problem.file) || problem.file;
  return `${file}:${problem.line}:${problem.column}`;
}

/** Errors first, each with its hint; beyond `limit`, one item says how many more there are. */
export function problemItems(problems: readonly Problem[], knowledgeDir: string, limit = MAX_PROBLEM_ITEMS): ReplyItem[] {
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  const items = ordered.slice(0, limit).map((problem) => ({
    label: problemPlace(problem, knowledgeDir),
    text: `${problem.severity}: ${problem.message} (hint: ${problem.hint})`,
  }));
  if (ordered.length > limit) {
    items.push({ label: `…and ${ordered.length - limit} more`, text: 'run "npm run knowledge:check" to see them all' });
  }
  return items;
}
