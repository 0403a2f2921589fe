/**
 * The moderators' status report: what knowledge is answering, how the last reload went and its
 * problems, the facts with the most 👎, and how many declined questions are waiting in `gaps`.
 */
import { makeReply, type Reply, type ReplyItem } from '../core/reply.js';
import type { Services } from '../answer/services.js';
import type { ReloadOutcome } from '../core/services.js';
import { summarizeProblems } from '../knowledge/format-problems.js';
import { problemItems } from './problem-items.js';

/** How many of the most 👎 facts the report shows. */
export const TOP_DOWNVOTED = 5;

function describeReload(outcome: ReloadOutcome): string {
  const verdict = outcome.ok ? 'loaded' : 'FAILED, the previous knowledge is still answering';
  return `${outcome.at.toISOString()}: ${verdict} (${summarizeProblems(outcome.problems)}, ${Math.round(outcome.ms)} ms)`;
}

function knowledgeItems(services: Services): ReplyItem[] {
  const { knowledge } = services.engine();
  const items: ReplyItem[] = [{ label: 'Knowledge', text: `${knowledge.facts.length} facts and ${knowledge.sources.size} sources answering` }];
  const control = services.knowledge;
  if (!control) return items;
  const last = control.lastReload;
  items.push({ label: 'Last reload', text: last ? describeReload(last) : 'none yet' });
  if (control.watchState !== undefined) items.push({ label: 'Live reload', text: control.watchState });
  if (last && !last.ok && control.lastGood) items.push({ label: 'Last good reload', text: describeReload(control.lastGood) });
  if (last) items.push(...problemItems(last.problems, control.dir));
  return items;
}

function voteItems(services: Services): ReplyItem[] {
  if (!services.voteReport) return [{ label: 'Most 👎', text: 'votes are not recorded here' }];
  const worst = services.voteReport.mostDownvoted(TOP_DOWNVOTED);
  if (worst.length === 0) return [{ label: 'Most 👎', text: 'no fact has a 👎 yet' }];
  const { factsById } = services.engine().knowledge;
  return worst.map(({ factId, up, down }) => ({
    label: `👎 ${down} 👍 ${up}: ${factId}`,
    text: factsById.get(factId)?.statement ?? '(this fact is no longer in the knowledge)',
  }));
}

function gapItem(services: Services): ReplyItem {
  if (!services.gapReport) return { label: 'Declined questions', text: 'not recorded here' };
  const { questions, asks } = services.gapReport.totals();
  return { label: 'Declined questions', text: `${questions} distinct, asked ${asks} time${asks === 1 ? '' : 's'} in all (see gaps)` };
}

/** Builds the private status reply from whatever the services provide. */
export function buildStatusReply(services: Services): Reply {
  const last = services.knowledge?.lastReload;
  const body =
    last && !last.ok
      ? 'The latest knowledge change has errors; the bot keeps answering from the last good knowledge. Fix the problems below and save.'
      : 'The knowledge is loaded and answering.';
  return makeReply({
    kind: 'info',
    title: 'azsr status',
    body,
    items: [...knowledgeItems(services), ...voteItems(services), gapItem(services)],
    private: true,
  });
}
