/**
 * The ways of asking privately in Slack's one `/azsr` command: `--private` anywhere, or `private`
 * as the first word (`/azsr private when did Aliyev visit Niš`). Read here, before the text is
 * parsed, so they work for every command and not only for those with a `private` option.
 */

export interface SlackRequestText {
  /** The text without the privacy marker. */
  text: string;
  /** Only the asker should see the reply. */
  private: boolean;
}

/** Splits the privacy marker off the command text: `--private` anywhere, or `private` first. */
export function readPrivateRequest(raw: string): SlackRequestText {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const flagged = words.filter((word) => word.toLowerCase() !== '--private');
  let isPrivate = flagged.length !== words.length;
  // A lone `private` is a (short) question, not a request for nothing in private.
  if (flagged.length > 1 && flagged[0]?.toLowerCase() === 'private') {
    flagged.shift();
    isPrivate = true;
  }
  return { text: flagged.join(' '), private: isPrivate };
}
