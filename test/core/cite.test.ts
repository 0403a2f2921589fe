import { describe, expect, it } from 'vitest';
import { citationsOf, knownAuthor } from '../../src/answer/cite.js';
import { citationLine } from '../../src/console/render-text.js';
import type { Fact, Knowledge, Source } from '../../src/knowledge/types.js';

const source = (id: string, author: string): Source => ({
  id,
  title: `Title ${id}`,
  publisher: 'Publisher',
  author,
  published: '2020-08-19',
  names: [],
  url: `https://example.org/${id}`,
  licence: 'test',
});

const knowledge = {
  sources: new Map([
    ['named', source('named', 'Vuk Vuksanovic')],
    ['anonymous', source('anonymous', 'not named')],
  ]),
} as Knowledge;

const fact = { id: 'f', statement: 'A fact.', sources: ['named', 'anonymous'], section: 'S' } as Fact;

describe('citations', () => {
  it('GIVEN a source with an author THEN its citation carries the author', () => {
    expect(citationsOf(knowledge, fact)[0]).toMatchObject({ source: 'named', author: 'Vuk Vuksanovic', publisher: 'Publisher' });
  });

  it('GIVEN a source whose author is "not named" THEN its citation has no author', () => {
    expect(citationsOf(knowledge, fact)[1]).not.toHaveProperty('author');
    expect(knownAuthor(source('x', 'Not named (staff)'))).toBeUndefined();
  });

  it('GIVEN a citation THEN the console line reads title, author, publisher and date, then the link', () => {
    const [named, anonymous] = citationsOf(knowledge, fact);
    expect(citationLine(named!)).toBe('Title named. By Vuk Vuksanovic. Publisher, 2020-08-19. https://example.org/named');
    expect(citationLine(anonymous!)).toBe('Title anonymous. Publisher, 2020-08-19. https://example.org/anonymous');
  });
});
