/** Small builders for the Block Kit pieces the renderer uses, each within Slack's limits. */
import type { types } from '@slack/bolt';
import { SLACK_LIMITS } from './limits.js';
import { truncateMrkdwn, truncatePlain } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;

/** A section of escaped mrkdwn, shortened to the section limit. */
export function section(mrkdwn: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, SLACK_LIMITS.text) } };
}

/** A header; plain text, which Slack never reads as markup, so it needs no escaping. */
export function header(plainText: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncatePlain(plainText, SLACK_LIMITS.header), emoji: true } };
}

/**
 * A context block of escaped mrkdwn elements; past the element limit the rest are counted in the
 * last element rather than dropped silently. Undefined when there is nothing to show.
 */
export function context(elements: readonly string[]): KnownBlock | undefined {
  const shown = elements.filter((text) => text !== '');
  if (shown.length === 0) return undefined;
  const max = SLACK_LIMITS.contextElements;
  const fitted = shown.length <= max ? shown : [...shown.slice(0, max - 1), `_and ${shown.length - (max - 1)} more_`];
  return { type: 'context', elements: fitted.map((text) => ({ type: 'mrkdwn', text: truncateMrkdwn(text, SLACK_LIMITS.text) })) };
}

/**
 * Packs lines of escaped mrkdwn into as few sections as the text limit allows, so a long list
 * becomes several sections instead of one cut short.
 */
export function sections(lines: readonly string[]): KnownBlock[] {
  const packed: string[] = [];
  let current = '';
  for (const line of lines) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= SLACK_LIMITS.text) current = joined;
    else {
      if (current !== '') packed.push(current);
      current = line;
    }
  }
  if (current !== '') packed.push(current);
  return packed.map(section);
}
