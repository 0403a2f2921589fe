import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/answer/answer-reply.js';
import { realEngine } from '../helpers.js';

describe('the answer function on random input', () => {
  it('never throws and always says something, for any Unicode string', () => {
    const engine = realEngine();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (question) => {
        const answer = engine.ask(question);
        const reply = answerReply(engine, answer);
        expect(typeof answer.answered).toBe('boolean');
        expect(answer.text.length).toBeGreaterThan(0);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checks that control characters are gone.
        expect(answer.question).not.toMatch(/[\u0000\u200b-\u200f\u202a-\u202e]/);
        // Whatever was asked, every fact shown carries its citation.
        for (const fact of [...reply.facts, ...reply.related]) expect(fact.citations.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random words from the knowledge mixed with noise', () => {
    const engine = realEngine();
    const vocabulary = engine.knowledge.facts.flatMap((fact) => fact.statement.split(/\s+/)).slice(0, 2000);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ unit: 'grapheme' })), { maxLength: 30 }), (parts) => {
        const answer = engine.ask(parts.join(' '));
        // An answer always rests on at least one fact; a decline shows none as the answer.
        expect(answer.facts.length > 0).toBe(answer.answered);
      }),
      { numRuns: 300 },
    );
  });
});
