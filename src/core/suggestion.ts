/**
 * Suggestions for an option's value while someone types it (Discord's autocomplete today), as
 * platform-neutral data: a command's option says how to suggest, and each adapter shows the result
 * within its platform's limits. The adapter passes those limits in, so a suggester can shorten at
 * a word boundary rather than have the adapter cut a value mid-word.
 */
/** One suggested value: what the person sees, and what is filled in when they pick it. */
export interface Suggestion {
  label: string;
  value: string;
}

/** How many suggestions a platform shows and how long each label and value may be. */
export interface SuggestionLimits {
  count: number;
  labelLength: number;
  valueLength: number;
}
