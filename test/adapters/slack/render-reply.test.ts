import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../../src/adapters/slack/limits.js';
import { renderReply } from '../../../src/adapters/slack/render-reply.js';
import { makeReply, type ReplyFact } from '../../../src/core/reply.js';

const citation = (n: number) => ({
  source: `src-${n}`,
  title: `Source <${n}>`,
  publisher: 'Publisher & Co',
  published: '2024',
  url: `https://example.org/${n}`,
});
const fact = (id: string, statement: string, citations = [citation(1)]): ReplyFact => ({ id, statement, date: '2023', isoDate: '2023', citations });

type Block = { type: string; text?: { text: string }; elements?: { text?: string; value?: string; action_id?: string }[] };

function blocksOf(message: { blocks: unknown[] }): Block[] {
  return message.blocks as Block[];
}

/** Every text Slack would read as mrkdwn or plain text in the message. */
function textsOf(message: { text: string; blocks: unknown[] }): string[] {
  const texts = [message.text];
  for (const block of blocksOf(message)) {
    if (block.text) texts.push(block.text.text);
    for (const element of block.elements ?? []) if (element.text && typeof element.text === 'string') texts.push(element.text);
  }
  return texts;
}

describe('renderReply', () => {
  it('GIVEN a citation with an author THEN its context names the author before the publisher', () => {
    const reply = makeReply({
      kind: 'answer',
      title: 'q',
      body: 'a',
      facts: [{ ...fact('x', 'A fact.'), citations: [{ ...citation(1), author: 'Vuk Vuksanovic' }] }],
    });
    expect(textsOf(renderReply(reply)).some((text) => text.includes('by Vuk Vuksanovic, Publisher &amp; Co, 2024'))).toBe(true);
  });

  it('GIVEN an answer THEN puts the answer first, a citation context per fact, related facts, who asked and vote buttons', () => {
    const reply = makeReply({
      kind: 'answer',
      title: 'when did Aliyev visit Niš',
      body: '2023: Aliyev visited Niš.',
      facts: [fact('nis-visit', 'Aliyev visited Niš.')],
      related: [fact('baku-2018', 'Vučić visited Baku.')],
    });
    const message = renderReply(reply, { askedBy: 'U0ASKER' });
    const blocks = blocksOf(message);
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '2023: Aliyev visited Niš.' } });
    expect(blocks[1]?.elements?.map((e) => e.text)).toEqual(['📅 *2023*', '<https://example.org/1|Source &lt;1&gt;> · Publisher &amp; Co, 2024']);
    expect(blocks[2]?.text?.text).toBe('*Related*');
    expect(blocks[3]?.text?.text).toBe('• Vučić visited Baku.');
    expect(message.text).toBe('2023: Aliyev visited Niš.');
    expect(textsOf(message)).toContain('Asked by <@U0ASKER>: “when did Aliyev visit Niš”');
    const actions = blocks.at(-1);
    expect(actions?.type).toBe('actions');
    expect(actions?.elements?.map((e) => [e.action_id, e.value])).toEqual([
      ['vote_up', 'nis-visit'],
      ['vote_down', 'nis-visit'],
    ]);
  });

  it('GIVEN sources that disagree THEN says so', () => {
    const message = renderReply(makeReply({ kind: 'answer', title: 'q', body: 'a', facts: [fact('a', 'A'), fact('b', 'B')], disagreement: true }));
    expect(JSON.stringify(message.blocks)).toContain('The sources disagree');
  });

  it('GIVEN markup anywhere in the reply THEN every text is escaped', () => {
    const evil = '<!channel> <!here> <@U123> & <https://evil.example|click>';
    const reply = makeReply({
      kind: 'answer',
      title: evil,
      body: evil,
      facts: [fact('x', evil, [{ ...citation(1), title: evil, publisher: evil }])],
      related: [fact('y', evil)],
      notes: [evil],
      suggestions: [evil],
      items: [{ label: evil, text: evil }],
    });
    for (const text of textsOf(renderReply(reply, { askedBy: 'U0ASKER' }))) {
      expect(text).not.toMatch(/<!|<@U123|<https:\/\/evil/);
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  });

  it('GIVEN an info reply THEN shows a header, its lines and items as links', () => {
    const reply = makeReply({
      kind: 'info',
      title: 'Sources',
      body: 'Every answer cites one of these.',
      items: [{ label: 'Wikipedia', text: '10 facts.', url: 'https://en.wikipedia.org/' }],
    });
    const blocks = blocksOf(renderReply(reply));
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Sources' } });
    expect(JSON.stringify(blocks)).toContain('• *<https://en.wikipedia.org/|Wikipedia>*: 10 facts.');
    expect(JSON.stringify(blocks)).not.toContain('vote_up');
  });

  it('GIVEN a huge reply THEN stays within every Slack limit, drops related facts first and says it was shortened', () => {
    const manyCitations = Array.from({ length: 25 }, (_, i) => citation(i));
    const reply = makeReply({
      kind: 'answer',
      title: 'q'.repeat(5000),
      body: `${'Long answer & more. '.repeat(400)}\n${'x'.repeat(9000)}`,
      facts: Array.from({ length: 30 }, (_, i) => fact(`fact-${i}-${'z'.repeat(100)}`, 's', manyCitations)),
      related: Array.from({ length: 40 }, (_, i) => fact(`rel-${i}`, 'r'.repeat(5000))),
      notes: Array.from({ length: 15 }, () => 'n'.repeat(4000)),
      suggestions: Array.from({ length: 500 }, () => 'topic'),
    });
    const message = renderReply(reply, { askedBy: 'U0ASKER' });
    const blocks = blocksOf(message);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallback);
    for (const block of blocks) {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(block.type === 'header' ? SLACK_LIMITS.header : SLACK_LIMITS.text);
      if (block.type === 'context') expect(block.elements?.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const element of block.elements ?? []) {
        if (typeof element.text === 'string') expect(element.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text);
        if (element.value) expect(element.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      }
    }
    const all = JSON.stringify(blocks);
    // Every fact of the answer keeps its citations; only some related facts still fit.
    expect(blocks.filter((block) => block.elements?.[0]?.text === '📅 *2023*' && block.elements.length === 10)).toHaveLength(30);
    expect(blocks.filter((block) => block.text?.text.startsWith('• r')).length).toBeLessThan(40);
    expect(all).toContain('Shortened to fit Slack');
    expect(all).toContain('_and 17 more_');
    expect(blocks.at(-1)?.type).toBe('actions');
  });

  it('GIVEN a decline THEN shows the reason and suggestions, without buttons', () => {
    const message = renderReply(makeReply({ kind: 'decline', title: 'q', body: "I don't have that in my sources.", suggestions: ['visit', 'energy'] }));
    expect(JSON.stringify(message.blocks)).toContain('I can tell you about: visit, energy.');
    expect(JSON.stringify(message.blocks)).not.toContain('actions');
  });

  it('GIVEN an empty reply THEN still has a fallback text, which Slack requires', () => {
    const message = renderReply(makeReply({ kind: 'error', title: '', body: '' }));
    expect(message.text).toBe('azsr');
    expect(message.blocks).toEqual([]);
  });
});
