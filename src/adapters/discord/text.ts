/**
 * Small text helpers for Discord markdown: escaping what people and knowledge files write, masked
 * links, and shortening without breaking a character or leaving a dangling escape.
 */
import { escapeMarkdown } from 'discord.js';

const ELLIPSIS = '…';

/**
 * Escapes Discord markdown in plain text so that a question or fact is shown as written: `*`, `_`,
 * `#` headings, `-` lists, `[masked](links)` and the rest would otherwise change the formatting.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Cuts text to at most `max` characters, ending with … when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - 1);
  // Never split a surrogate pair (an emoji, some scripts) or leave a lone escaping backslash.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/\\+$/, '').trimEnd();
  return `${cut}${ELLIPSIS}`;
}

/**
 * Cuts multi-line text to at most `max` characters at a line break when one fits, so a list of
 * links loses whole lines rather than ending in half a link.
 */
export function truncateLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept: string[] = [];
  let length = 0;
  for (const line of text.split('\n')) {
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (length + added + 2 > max) break;
    kept.push(line);
    length += added;
  }
  return kept.length > 0 ? `${kept.join('\n')}\n${ELLIPSIS}` : truncate(text.split('\n')[0] ?? '', max);
}

/** A short excerpt ending at a word boundary, for field headings. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}${ELLIPSIS}`;
}

/** `[label](url)` with the label escaped; plain escaped text when the URL is not http(s). */
export function maskedLink(label: string, url: string): string {
  const safeLabel = escapeText(label).replace(/[[\]]/g, (ch) => `\\${ch}`);
  if (!/^https?:\/\/\S+$/.test(url)) return safeLabel;
  // A ")" or space would end the link early.
  const safeUrl = url.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${safeLabel}](${safeUrl})`;
}
