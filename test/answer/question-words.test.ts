import { describe, expect, it } from 'vitest';
import { readQuestionWords } from '../../src/answer/question-words.js';
import { realEngine } from '../helpers.js';

describe("reading a question's words", () => {
  it.each([
    ['what was the interest rate on the loan', ['interest', 'rate']],
    ['who designed the monument in Belgrade', ['design']],
    ['when did Serbia recognise Kosovo', ['recognis']],
    ['which serbian prime minister welcomed the aid flight', ['prime', 'minist']],
    ['what did Vučić say about the howitzer price', ['howitz', 'price']],
  ])('GIVEN "%s" THEN the thing asked for is %j', (question, focus) => {
    expect([...readQuestionWords(question).focus]).toEqual(focus);
  });

  it('GIVEN Serbian, Azerbaijani or Russian THEN foreign, even with names in it; English with Niš is not', () => {
    expect(readQuestionWords('kada je Alijev posetio Nis').foreign).toBe(true);
    expect(readQuestionWords('Aliyev Serbiyanın hansı şəhərində olub').foreign).toBe(true);
    expect(readQuestionWords('когда Алиев посетил Ниш').foreign).toBe(true);
    expect(readQuestionWords('when did Aliyev visit Niš').foreign).toBe(false);
  });

  it('GIVEN a capitalised word inside a sentence THEN it is read as a name, not an ordinary word', () => {
    const words = readQuestionWords('did Turkey help, and did the turkey fly');
    expect(words.named('turkey')).toBe(true);
    expect(words.ordinary('turkey')).toBe(false);
  });
});

describe('deciding on what the question is about', () => {
  it('GIVEN an ordinary word the knowledge does not use THEN the question is still answered', () => {
    // "ship" and "nutshell" appear in no fact.
    for (const question of [
      'how much gas does azerbaijan ship to serbia each year under the 2023 deal',
      'in a nutshell, how much gas does the 2023 deal bring serbia',
    ]) {
      const answer = realEngine().ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.text).toMatch(/400 million/);
    }
  });

  it('GIVEN a name or thing the knowledge does not know THEN it declines', () => {
    expect(realEngine().ask('who won eurovision in 2011').answered).toBe(false);
    expect(realEngine().ask("what is AzVirt's annual revenue").answered).toBe(false);
    expect(realEngine().ask('who designed the heydar aliyev monument in belgrade').answered).toBe(false);
  });

  it('GIVEN "koja je valuta" THEN the noun after the auxiliary is asked for; "which mediation mechanism" asks a kind', () => {
    expect(readQuestionWords('Koja je valuta u Azerbejdžanu?').head).toBe('valuta');
    expect(readQuestionWords('Which mediation mechanism did they call ineffective?').head).toBeUndefined();
  });
});
