/**
 * Scores the bot on a question file (the format of ../shared/eval/dev.yaml): answerable questions
 * answered right (every expected string in the answer), right and citing an expected source, and
 * out-of-scope questions declined.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Engine } from '../answer/engine.js';
import { answerJson, type AnswerJson } from '../answer/answer-json.js';

const questionSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  q: z.string(),
  expect: z.array(z.union([z.union([z.string(), z.number()]).transform(String), z.array(z.union([z.string(), z.number()]).transform(String))])).default([]),
  source: z.array(z.string()).default([]),
  kind: z.string().default('what'),
  /** en | en-typo | sr-latn | sr-cyrl | az | ru: for the split by language. */
  lang: z.string().default('en'),
  note: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export interface EvalMiss {
  id: string;
  question: string;
  why: string;
  answer: string;
}

export interface LanguageScore {
  /** Answerable questions and those answered right and cited. */
  answerable: number;
  rightAndCited: number;
  outOfScope: number;
  declined: number;
}

export interface EvalScore {
  answerable: number;
  right: number;
  rightAndCited: number;
  outOfScope: number;
  declined: number;
  /** Answerable questions the bot declined: the declines that were wrong. */
  wronglyDeclined: number;
  byLanguage: Map<string, LanguageScore>;
  misses: EvalMiss[];
}

export function readQuestions(file: string): EvalQuestion[] {
  return z.array(questionSchema).parse(parse(readFileSync(file, 'utf8')));
}

/** Case- and accent-insensitive comparison form. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/g, 'dj').toLowerCase();

function contains(answer: string, expected: string | string[]): boolean {
  const alternatives = Array.isArray(expected) ? expected : [expected];
  return alternatives.some((alt) => fold(answer).includes(fold(alt)));
}

export function scoreQuestions(engine: Engine, questions: readonly EvalQuestion[]): EvalScore {
  const score: EvalScore = { answerable: 0, right: 0, rightAndCited: 0, outOfScope: 0, declined: 0, wronglyDeclined: 0, byLanguage: new Map(), misses: [] };
  for (const item of questions) {
    const result: AnswerJson = answerJson(engine, item.q);
    const miss = (why: string) => score.misses.push({ id: item.id, question: item.q, why, answer: result.answer });
    let language = score.byLanguage.get(item.lang);
    if (!language) {
      language = { answerable: 0, rightAndCited: 0, outOfScope: 0, declined: 0 };
      score.byLanguage.set(item.lang, language);
    }
    if (item.kind === 'out-of-scope') {
      score.outOfScope++;
      language.outOfScope++;
      if (!result.answered) {
        score.declined++;
        language.declined++;
      } else miss('should have declined');
      continue;
    }
    score.answerable++;
    language.answerable++;
    if (!result.answered) {
      score.wronglyDeclined++;
      miss('declined');
      continue;
    }
    const missing = item.expect.filter((expected) => !contains(result.answer, expected));
    if (missing.length > 0) {
      miss(`answer lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
      continue;
    }
    score.right++;
    if (item.source.length === 0 || result.citations.some((c) => item.source.includes(c.source))) {
      score.rightAndCited++;
      language.rightAndCited++;
    } else miss(`cites ${result.citations.map((c) => c.source).join(', ')}, expected one of ${item.source.join(', ')}`);
  }
  return score;
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

export function formatScore(score: EvalScore): string {
  const lines = score.misses.map((m) => `MISS ${m.id}: ${m.question}\n     ${m.why}\n     answer: ${m.answer.slice(0, 200).replace(/\n/g, ' / ')}`);
  lines.push(
    '',
    `answered right:          ${score.right}/${score.answerable} (${percent(score.right, score.answerable)})`,
    `right and cited:         ${score.rightAndCited}/${score.answerable} (${percent(score.rightAndCited, score.answerable)})`,
    `out-of-scope declined:   ${score.declined}/${score.outOfScope} (${percent(score.declined, score.outOfScope)})`,
    `declines right/wrong:    ${score.declined}/${score.wronglyDeclined} (${percent(score.declined, score.declined + score.wronglyDeclined)} of declines were right)`,
  );
  if (score.byLanguage.size > 1) {
    const split = [...score.byLanguage].map(
      ([lang, s]) => `${lang} ${s.rightAndCited}/${s.answerable} (${percent(s.rightAndCited, s.answerable)}), declined ${s.declined}/${s.outOfScope}`,
    );
    lines.push(`by language:             ${split.join('; ')}`);
  }
  return lines.join('\n');
}
