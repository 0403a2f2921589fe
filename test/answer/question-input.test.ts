/** Questions with odd words or chat formatting in them: answered as the plain question would be. */
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/answer/clean-question.js';
import { realEngine } from '../helpers.js';

describe('question input', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('GIVEN the word %s THEN the bot replies without throwing', (word) => {
    const answer = realEngine().ask(`what is the ${word} of the Tesla monument`);
    expect(typeof answer.text).toBe('string');
    expect(realEngine().ask(`${word} ${word}`).answered).toBe(false);
  });

  it('GIVEN Slack formatting around a question THEN the same answer as without it', () => {
    const plain = realEngine().ask('when did Aliyev visit Niš');
    expect(plain.answered).toBe(true);
    for (const dressed of [
      'when did *Aliyev* visit _Niš_?',
      'when did Aliyev visit <https://en.wikipedia.org/wiki/Ni%C5%A1|Niš>',
      '> when did `Aliyev` visit ~Niš~',
    ]) {
      const answer = realEngine().ask(dressed);
      expect(answer.answered).toBe(true);
      expect(answer.facts[0]?.id).toBe(plain.facts[0]?.id);
    }
  });

  it('GIVEN links and markdown THEN only their words are kept', () => {
    expect(cleanQuestion('who wrote <https://rusi.org/x|the RUSI piece>').text).toBe('who wrote the RUSI piece');
    expect(cleanQuestion('who wrote [RUSI](https://rusi.org/x) https://rusi.org/y').text).toBe('who wrote RUSI');
    expect(cleanQuestion('keep snake_case and 2*3*4').text).toBe('keep snake_case and 2*3*4');
  });
});
