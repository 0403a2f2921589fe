/** The one-object JSON form of an answer, for scripts and the evaluation. */
import type { Engine } from './engine.js';
import { answerReply } from './answer-reply.js';
import { replyCitations } from '../core/reply.js';

export interface AnswerJson {
  question: string;
  answered: boolean;
  answer: string;
  /** `author` only when the source names one. */
  citations: { source: string; title: string; author?: string; publisher: string; published: string; url: string }[];
  facts: { id: string; statement: string; date: string | null; sources: string[] }[];
  ms: number;
}

export function answerJson(engine: Engine, question: string): AnswerJson {
  const started = performance.now();
  const answer = engine.ask(question);
  const ms = performance.now() - started;
  const reply = answerReply(engine, answer);
  return {
    question,
    answered: answer.answered,
    answer: answer.text,
    citations: replyCitations(reply, { related: false }).map(({ source, title, author, publisher, published, url }) => ({
      source,
      title,
      ...(author ? { author } : {}),
      publisher,
      published,
      url,
    })),
    facts: [...answer.facts, ...answer.related].map((fact) => ({
      id: fact.id,
      statement: fact.statement,
      date: fact.date?.raw ?? null,
      sources: fact.sources,
    })),
    ms: Math.round(ms * 1000) / 1000,
  };
}
