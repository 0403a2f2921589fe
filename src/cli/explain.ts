/**
 * `azsr explain "question"`: why the bot answered or declined. Shows the question's search terms
 * with their weights (unknown words marked ?) and the best candidate facts with how much of the
 * question each covers, so a moderator can see which alias or fact is missing.
 */
import type { Engine } from '../answer/engine.js';
import { cleanQuestion } from '../answer/clean-question.js';
import { readIntent } from '../answer/intent.js';
import { rank, type QuestionTerm } from '../answer/rank.js';

export function explain(engine: Engine, question: string): string {
  const { text } = cleanQuestion(question);
  const intent = readIntent(text);
  const { terms, candidates } = rank(engine.index, text, intent);
  const term = (t: QuestionTerm) => `${t.term}${t.kind === 'known' ? '' : t.kind === 'ordinary' ? '~' : '?'} (${t.weight.toFixed(1)})`;
  const lines = [
    `question: ${text}`,
    `intent:   ${intent.kind}${intent.years.length ? `, years ${intent.years.join(', ')}` : ''}${intent.list ? ', list' : ''}${intent.future ? ', future' : ''}${intent.first ? ', first' : ''}`,
    `terms:    ${terms.map(term).join('  ') || '(none)'}   (? = a name or thing not in the knowledge, ~ = an ordinary word it does not use)`,
    ...terms.filter((t) => t.head).map((t) => `asks for: ${t.term}${t.kind === 'known' ? '' : ' (not in the knowledge, so no fact can answer)'}`),
    `answered when a fact that fits the intent covers at least ${Math.round(engine.confidence * 100)}%:`,
  ];
  for (const c of candidates.slice(0, 5)) {
    lines.push(`  ${Math.round(c.coverage * 100)}%${c.fits ? '' : ' (does not fit the intent)'}  ${c.fact.id}  matched: ${c.matched.join(', ')}`);
    lines.push(`      ${c.fact.statement.slice(0, 140)}${c.fact.statement.length > 140 ? '…' : ''}  [${c.fact.file}:${c.fact.line}]`);
  }
  if (candidates.length === 0) lines.push('  (no fact shares a word with the question)');
  return lines.join('\n');
}
