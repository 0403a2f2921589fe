import { describe, expect, it } from 'vitest';
import { excludedWords } from '../../src/answer/excluded.js';
import { realEngine } from '../helpers.js';

describe('what a question sets aside', () => {
  it.each([
    ['besides ljig-preljina, what other roads is azvirt building', ['ljig', 'preljina']],
    ['what else does AzVirt build apart from Ljig-Preljina?', ['ljig', 'preljina']],
    ['šta još gradi AzVirt osim Ljig-Preljina', ['ljig', 'preljina']],
    ['AzVirt Ljig-Preljina yolundan başqa nə tikir', ['ljig', 'preljina', 'yolundan']],
    ['when did Aliyev visit Niš', []],
  ])('GIVEN "%s" THEN it sets aside %j', (question, words) => {
    expect(excludedWords(question)).toEqual(words);
  });

  it('GIVEN a road set aside THEN the answer is the other road, and a list that names it still answers', () => {
    const ask = (q: string) => realEngine().ask(q);
    expect(ask('apart from Ljig-Preljina, which roads did AzVirt get contracts for?').text).toMatch(/Ruma–Šabac/);
    expect(ask('who did Dacic meet in Baku in September 2014 besides Aliyev?').text).toMatch(/Rasizade/);
  });
});
