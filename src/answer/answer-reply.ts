/** Turns an engine Answer into the neutral Reply the adapters render. */
import { makeReply, type Reply } from '../core/reply.js';
import { toReplyFact } from './cite.js';
import type { Answer, Engine } from './engine.js';

export function answerReply(engine: Engine, answer: Answer, options: { private?: boolean } = {}): Reply {
  const { knowledge } = engine;
  const facts = answer.facts.map((fact) => toReplyFact(knowledge, fact));
  const related = answer.related.map((fact) => toReplyFact(knowledge, fact));
  if (!answer.answered) {
    return makeReply({
      kind: 'decline',
      title: answer.question || 'No question',
      body: answer.text,
      related,
      suggestions: answer.suggestions,
      notes: answer.notes,
    });
  }
  const ids = new Set(answer.facts.map((fact) => fact.id));
  return makeReply({
    kind: 'answer',
    title: answer.question,
    body: answer.text,
    facts,
    related,
    notes: answer.notes,
    private: options.private ?? false,
    disagreement: answer.facts.some((fact) => fact.disagreesWith.some((id) => ids.has(id))),
  });
}
