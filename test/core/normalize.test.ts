import { describe, expect, it } from 'vitest';
import { normalizeText, words } from '../../src/search/normalize.js';

describe('normalizeText', () => {
  it('GIVEN Niš in Latin, ASCII and Cyrillic THEN all read "nis"', () => {
    expect(normalizeText('Niš')).toBe('nis');
    expect(normalizeText('NIS')).toBe('nis');
    expect(normalizeText('Ниш')).toBe('nis');
  });

  it('transliterates Serbian Cyrillic digraph letters the way Serbian Latin spells them', () => {
    expect(normalizeText('Љубљана Његош Џамија Ђорђе')).toBe('ljubljana njegos dzamija djordje');
    expect(normalizeText('Đorđe džamija')).toBe('djordje dzamija');
  });

  it('keeps Azerbaijani letters instead of deleting them (ə, ı, ş, ç, ğ, ö, ü, İ)', () => {
    expect(normalizeText('Əliyev')).toBe('eliyev');
    expect(normalizeText('Bakı Şuşa Gəncə çörək göl ağ')).toBe('baki susa gence corek gol ag');
    expect(normalizeText('İLHAM')).toBe('ilham');
  });

  it('GIVEN Russian Cyrillic THEN it is transliterated, not dropped', () => {
    expect(normalizeText('Алиев')).toBe('aliev');
  });

  it('turns currency signs into words and keeps grouped digits together', () => {
    expect(normalizeText('€400,000 and $100')).toBe('euro 400000 and dollar 100');
  });

  it('GIVEN punctuation, emoji and markup only THEN nothing is left to search', () => {
    expect(words('?!… 🙂 <b></b> ***')).toEqual(['b', 'b']);
    expect(words('?!…🙂')).toEqual([]);
  });

  it('GIVEN a word joined to a particle ("trade-off", "build-up") THEN it stays one word; other hyphens still split', () => {
    expect(words('an alleged trade-off and a build-up')).toEqual(['an', 'alleged', 'tradeoff', 'and', 'a', 'buildup']);
    expect(words('Ljig-Preljina')).toEqual(['ljig', 'preljina']);
  });
});
