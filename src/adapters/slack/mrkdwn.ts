/**
 * Slack mrkdwn helpers. Everything that comes from the knowledge or from a user goes through
 * `escapeMrkdwn`, so `<!channel>`, `<!here>` or `<@U123>` in a question or a fact can never become
 * a real mention: Slack only reads control sequences inside `<…>`, and it asks for exactly these
 * three characters to be escaped.
 */

/** Escapes `&`, `<` and `>` (and nothing else, as Slack's formatting guide asks). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link `<url|title>`; the title is escaped, and a URL that could break out of the link is not linked. */
export function mrkdwnLink(url: string, title: string): string {
  // `|` or `>` inside the URL would end the link early and let the rest be read as markup.
  if (!/^https?:\/\/[^\s<>|]+$/.test(url)) return escapeMrkdwn(title);
  return `<${url.replace(/&/g, '&amp;')}|${escapeMrkdwn(title)}>`;
}

/** A user mention, only for ids that look like Slack's (U…/W…); anything else is shown escaped. */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

/**
 * Shortens already-escaped mrkdwn to at most `max` characters, ending with `…`, without cutting an
 * entity (`&amp;`) or a `<…>` link in half, either of which Slack would render as broken markup.
 */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  return `${cut.trimEnd()}…`;
}

/** Shortens plain text (header and button labels, which Slack does not parse) to `max` characters. */
export function truncatePlain(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
