import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mention, mrkdwnLink, truncateMrkdwn, truncatePlain } from '../../../src/adapters/slack/mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > and nothing else', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> a & b *bold* _it_')).toBe('&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; a &amp; b *bold* _it_');
  });

  it('escapes an already escaped entity again, so it shows as typed', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });
});

describe('mrkdwnLink', () => {
  it('links a URL with an escaped title', () => {
    expect(mrkdwnLink('https://example.org/a?b=1&c=2', 'A <b> & c')).toBe('<https://example.org/a?b=1&amp;c=2|A &lt;b&gt; &amp; c>');
  });

  it('does not link a URL that could break out of the link', () => {
    expect(mrkdwnLink('https://x.org/|<!channel>', 'Title')).toBe('Title');
    expect(mrkdwnLink('javascript:alert(1)', 'Title')).toBe('Title');
  });
});

describe('mention', () => {
  it('mentions Slack user ids and escapes anything else', () => {
    expect(mention('U0ASKER')).toBe('<@U0ASKER>');
    expect(mention('W123ABC')).toBe('<@W123ABC>');
    expect(mention('U1> <!channel')).toBe('U1&gt; &lt;!channel');
  });
});

describe('truncateMrkdwn', () => {
  it('leaves short text alone', () => {
    expect(truncateMrkdwn('short', 10)).toBe('short');
  });

  it('ends with … within the limit', () => {
    const cut = truncateMrkdwn('a'.repeat(50), 10);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
  });

  it('never cuts an entity or a link in half', () => {
    expect(truncateMrkdwn('abcdef &amp; more text', 10)).toBe('abcdef…');
    expect(truncateMrkdwn('see <https://example.org/long|a title> here', 20)).toBe('see…');
  });
});

describe('truncatePlain', () => {
  it('shortens plain text to the limit with …', () => {
    expect(truncatePlain('x'.repeat(200), 150)).toHaveLength(150);
  });
});
