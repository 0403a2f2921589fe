/** Makes a question safe to search and to show: no control, zero-width or direction characters. */

export const MAX_QUESTION_LENGTH = 300;

// C0/C1 controls (NUL included), zero-width characters, bidi embeddings/overrides/isolates, BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

// Halves of a surrogate pair that lost their partner (they cannot be encoded as UTF-8).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Chat mention markup (<!channel>, <@U123>, <#C1|general>, <@&42>) and @everyone / @here: never
// part of a question, and never echoed back where it could ping anyone.
const MENTIONS = /<[@#!][^<>]{0,100}>|@(everyone|here|channel)\b/gi;

// Slack and Discord formatting pasted with a question: links keep their label (or lose the bare
// address), *bold*, _italic_, ~strike~, `code` and > quotes keep only their words.
const LABELLED_LINK = /<(?:https?|mailto):[^<>|]{0,500}\|([^<>]{0,200})>/gi;
const BARE_LINK = /<(?:https?|mailto):[^<>]{0,500}>|\bhttps?:\/\/\S+/gi;
const MARKDOWN_LINK = /\[([^\]]{0,200})\]\((?:https?:)?[^)\s]{0,500}\)/gi;
const EMPHASIS = /(^|[\s(])([*_~`]{1,3})([^*_~`]+?)\2(?=$|[\s).,!?:;])/g;
const STRAY_MARKS = /```|^>\s?|\|\|/gm;

function stripFormatting(text: string): string {
  return text
    .replace(LABELLED_LINK, '$1')
    .replace(MARKDOWN_LINK, '$1')
    .replace(BARE_LINK, ' ')
    .replace(STRAY_MARKS, ' ')
    .replace(EMPHASIS, '$1$3')
    .replace(EMPHASIS, '$1$3');
}

export interface CleanQuestion {
  text: string;
  /** The question was longer than we search, and was cut. */
  trimmed: boolean;
}

export function cleanQuestion(raw: string): CleanQuestion {
  const text = stripFormatting(raw.replace(INVISIBLE, ' ').replace(LONE_SURROGATE, ' ').replace(MENTIONS, ' ')).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUESTION_LENGTH) return { text, trimmed: false };
  const cut = text.slice(0, MAX_QUESTION_LENGTH).replace(/[\ud800-\udbff]$/, '');
  const lastSpace = cut.lastIndexOf(' ');
  return { text: (lastSpace > MAX_QUESTION_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim(), trimmed: true };
}

/** True when a question has something to search for: a letter or a digit. */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
