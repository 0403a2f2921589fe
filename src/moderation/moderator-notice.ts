/**
 * What the moderators' channels are told when a knowledge change fails to load, and when it loads
 * again after a failure. Plain neutral replies: each adapter renders them as it renders answers.
 */
import { makeReply, type Reply } from '../core/reply.js';
import { summarizeProblems } from '../knowledge/format-problems.js';
import type { ReloadOutcome } from '../core/services.js';
import { problemItems } from './problem-items.js';

/** Tells moderators a change has errors and that the last good knowledge keeps answering. */
export function reloadFailedNotice(outcome: ReloadOutcome, knowledgeDir: string): Reply {
  return makeReply({
    kind: 'info',
    title: 'Knowledge change not loaded',
    body:
      `The latest change to the knowledge has errors (${summarizeProblems(outcome.problems)}), so the bot keeps ` +
      `answering from the last good knowledge (${outcome.facts} facts, ${outcome.sources} sources). ` +
      'Fix the files below and save; the bot reloads by itself.',
    items: problemItems(
      outcome.problems.filter((p) => p.severity === 'error'),
      knowledgeDir,
    ),
  });
}

/** Tells moderators the problems they were told about are fixed. */
export function reloadRecoveredNotice(outcome: ReloadOutcome): Reply {
  return makeReply({
    kind: 'info',
    title: 'Knowledge loaded again',
    body: `The knowledge loads without errors again: ${outcome.facts} facts, ${outcome.sources} sources (${summarizeProblems(outcome.problems)}).`,
  });
}

/**
 * Identifies a failure by its errors, so the same broken file saved twice is reported once while
 * a different mistake is reported anew.
 */
export function failureKey(outcome: ReloadOutcome): string {
  return outcome.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)
    .sort()
    .join('\n');
}
