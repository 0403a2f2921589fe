import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { EMBED_LIMITS } from '../../../src/adapters/discord/fit-embed.js';
import { renderEmbed, renderReply } from '../../../src/adapters/discord/render-embed.js';
import { makeReply, type ReplyFact } from '../../../src/core/reply.js';

const citation = {
  source: 'rusi-2020',
  title: 'An Unlikely Partnership (in Trouble)',
  publisher: 'RUSI',
  published: '2020-08-19',
  url: 'https://rusi.org/a_(b)',
};
const fact = (id: string, statement: string, date?: string): ReplyFact => ({ id, statement, citations: [citation], ...(date ? { date } : {}) });

function totalLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
  }
  expect(totalLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
}

describe('renderEmbed', () => {
  it('GIVEN an answer THEN shows the body first, a dated field per fact with its citation link, and related facts', () => {
    const reply = makeReply({
      kind: 'answer',
      title: 'when did Aliyev visit Niš',
      body: '2023: Aliyev visited Niš.',
      facts: [fact('nis-2023', 'Aliyev visited Niš.', '2023')],
      related: [fact('baku-2018', 'Vučić visited Baku.', 'May 2018')],
    });
    const embed = renderEmbed(reply);
    expect(embed.description).toBe('2023: Aliyev visited Niš.');
    expect(embed.fields?.[0]).toEqual({
      name: '2023 · Aliyev visited Niš.',
      value: '[An Unlikely Partnership (in Trouble)](https://rusi.org/a_%28b%29) — RUSI, 2020-08-19',
      inline: false,
    });
    expect(embed.fields?.[1]?.name).toBe('Related · May 2018');
    expect(embed.footer).toBeUndefined();
  });

  it('GIVEN a citation with an author THEN the field names the author before the publisher', () => {
    const withAuthor = { ...citation, author: 'Vuk Vuksanovic' };
    const reply = makeReply({ kind: 'answer', title: 'q', body: 'a', facts: [{ id: 'x', statement: 'A fact.', citations: [withAuthor] }] });
    expect(renderEmbed(reply).fields?.[0]?.value).toBe(
      '[An Unlikely Partnership (in Trouble)](https://rusi.org/a_%28b%29) — by Vuk Vuksanovic, RUSI, 2020-08-19',
    );
  });

  it('GIVEN sources that disagree THEN says so', () => {
    const embed = renderEmbed(makeReply({ kind: 'answer', title: 'q', body: 'a', facts: [fact('a', 'A.'), fact('b', 'B.')], disagreement: true }));
    expect(embed.fields?.[0]?.name).toBe('⚖️ Sources disagree');
  });

  it('GIVEN markdown and mentions in the text THEN escapes the markdown', () => {
    const embed = renderEmbed(
      makeReply({ kind: 'answer', title: '**who** _is_ @everyone?', body: '# Big\n- list [x](https://evil.example) `code`', facts: [fact('a', 'A.')] }),
    );
    expect(embed.title).toBe('\\*\\*who\\*\\* \\_is\\_ @everyone?');
    expect(embed.description).toBe('\\# Big\n\\- list \\[x](https://evil.example) \\`code\\`');
  });

  it('GIVEN a huge reply THEN shortens it within every Discord limit, dropping related facts first', () => {
    const long = (n: number) => `${'Word '.repeat(n)}end.`;
    const reply = makeReply({
      kind: 'answer',
      title: long(100),
      body: long(2000),
      facts: Array.from({ length: 30 }, (_, i) => ({ ...fact(`f${i}`, long(60), '2023'), citations: Array.from({ length: 12 }, () => citation) })),
      related: Array.from({ length: 5 }, (_, i) => fact(`r${i}`, long(300))),
      suggestions: Array.from({ length: 400 }, (_, i) => `topic ${i}`),
      notes: [long(500)],
      disagreement: true,
    });
    const embed = renderEmbed(reply);
    expectWithinLimits(embed);
    expect(embed.description).toMatch(/^Word Word/);
    expect(embed.description?.endsWith('…')).toBe(true);
    expect(embed.fields?.some((field) => field.name.startsWith('Related'))).toBe(false);
    expect(embed.fields?.[0]?.name).toBe('⚖️ Sources disagree');
    expect(embed.fields?.[1]?.value).toContain('](https://rusi.org/a_%28b%29)');
    expect(embed.footer?.text).toMatch(/Shortened to fit Discord’s limits\.$/);
  });

  it('GIVEN a long answer with well-cited facts THEN keeps the cited facts and drops the related ones', () => {
    const wellCited = (id: string) => ({ ...fact(id, `${id}.`, '2023'), citations: Array.from({ length: 8 }, () => citation) });
    const reply = makeReply({
      kind: 'answer',
      title: 'q',
      body: 'x'.repeat(5000),
      facts: [wellCited('A'), wellCited('B')],
      related: [fact('r1', 'R. '.repeat(200)), fact('r2', 'S. '.repeat(200))],
    });
    const embed = renderEmbed(reply);
    expectWithinLimits(embed);
    const names = embed.fields?.map((field) => field.name) ?? [];
    expect(names.slice(0, 2)).toEqual(['2023 · A.', '2023 · B.']);
    expect(names.filter((name) => name.startsWith('Related')).length).toBeLessThan(2);
    expect(embed.description?.length).toBeGreaterThan(3000);
  });

  it('GIVEN info replies with many items THEN renders at most 25 fields', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ label: `Source ${i}`, text: 'Publisher, 2020.', url: 'https://example.org' }));
    const embed = renderEmbed(makeReply({ kind: 'info', title: 'Sources', body: 'Every answer cites one of these.', items }));
    expectWithinLimits(embed);
    expect(embed.fields?.[0]).toEqual({ name: 'Source 0', value: 'Publisher, 2020.\n[Open the source](https://example.org)', inline: false });
  });

  it('GIVEN an error THEN shows just the message, without a heading or buttons', () => {
    const message = renderReply(makeReply({ kind: 'error', title: '/azsr', body: 'Sorry.' }));
    expect(message.embeds[0]).toEqual({ color: expect.any(Number), description: 'Sorry.' });
    expect(message.components).toEqual([]);
  });

  it('GIVEN an answer THEN adds 👍 / 👎 buttons carrying its fact ids within 100 characters', () => {
    const ids = Array.from({ length: 5 }, (_, i) => `a-rather-long-fact-identifier-number-${i}`);
    const message = renderReply(makeReply({ kind: 'answer', title: 'q', body: 'a', facts: ids.map((id) => fact(id, 'S.')) }));
    const buttons = message.components[0]?.components ?? [];
    expect(buttons.map((b) => ('emoji' in b ? b.emoji?.name : undefined))).toEqual(['👍', '👎']);
    for (const button of buttons) {
      const customId = 'custom_id' in button ? button.custom_id : '';
      expect(customId.length).toBeLessThanOrEqual(100);
      expect(customId).toMatch(/^vote:(up|down):a-rather-long-fact-identifier-number-0,a-rather-long-fact-identifier-number-1$/);
    }
  });
});
