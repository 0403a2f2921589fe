/** Makes a question safe to search and to show: no control, zero-width or direction characters. */

export const MAX_QUESTION_LENGTH = 300;

// C0/C1 controls (NUL included), zero-width characters, bidi embeddings/overrides/isolates, BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

// Halves of a surrogate pair that lost their partner (they cannot be encoded as UTF-8).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Chat mention markup (<!channel>, <@U123>, <#C1|general>, <@&42>) and @everyone / @here: never
// part of a question, and never echoed back where it could ping anyone.
const MENTIONS = /<[@#!][^<>]{0,100}>|@(everyone|here|channel)\b/gi;

export interface CleanQuestion {
  text: string;
  /** The question was longer than we search, and was cut. */
  trimmed: boolean;
}

export function cleanQuestion(raw: string): CleanQuestion {
  const text = raw.replace(INVISIBLE, ' ').replace(LONE_SURROGATE, ' ').replace(MENTIONS, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUESTION_LENGTH) return { text, trimmed: false };
  const cut = text.slice(0, MAX_QUESTION_LENGTH).replace(/[\ud800-\udbff]$/, '');
  const lastSpace = cut.lastIndexOf(' ');
  return { text: (lastSpace > MAX_QUESTION_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim(), trimmed: true };
}

/** True when a question has something to search for: a letter or a digit. */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
