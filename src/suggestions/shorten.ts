/** Shortening suggestion text to a platform's limits without cutting a word in half. */

const ELLIPSIS = '…';

/** A label of at most `max` characters, cut at a word boundary and ending with … when it had to cut. */
export function shortLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}${ELLIPSIS}`;
}

/** A value of at most `max` characters, cut at a word boundary without an ellipsis, since it is submitted as typed. */
export function shortValue(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '');
}
