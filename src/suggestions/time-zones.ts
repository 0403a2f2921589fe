/**
 * Time zones to suggest while someone types one: the IANA names Intl knows (plus UTC), those
 * starting with what was typed first, then those with a part starting with it ("baku" →
 * Asia/Baku, "new york" → America/New_York), then any containing it. Each label shows the zone's
 * offset now, which is what people usually know about a zone.
 */
import type { Suggestion, SuggestionLimits } from '../core/suggestion.js';
import { SuggestionList } from './suggestion-list.js';

let zones: string[] | undefined;
/** Every zone Intl knows, read once. */
function allZones(): string[] {
  zones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return zones;
}

/** How well a zone matches folded text: 0 starts with it, 1 a part starts with it, 2 contains it; undefined no match. */
function rank(zone: string, folded: string): number | undefined {
  const name = zone.toLowerCase();
  if (name.startsWith(folded)) return 0;
  if (name.split('/').some((part) => part.startsWith(folded))) return 1;
  return name.includes(folded) ? 2 : undefined;
}

/** `GMT+04:00` for Asia/Baku: the zone's offset at `now`. */
function offsetAt(zone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(now);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

export interface TimeZoneSuggestOptions {
  limits: SuggestionLimits;
  /** The offsets shown are the zones' offsets at this moment (summer or winter time). */
  now: Date;
  /** Zones offered first when nothing has been typed (the bot's default zone, say). */
  first?: readonly string[];
}

/** Suggestions for the zone typed so far, best first. */
export function suggestTimeZones(typed: string, options: TimeZoneSuggestOptions): Suggestion[] {
  const folded = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const matches =
    folded === ''
      ? (options.first ?? []).filter((zone) => allZones().includes(zone))
      : allZones()
          .map((zone) => ({ zone, rank: rank(zone, folded) }))
          .filter((match): match is { zone: string; rank: number } => match.rank !== undefined)
          // Array.prototype.sort is stable: zones of the same rank keep Intl's alphabetical order.
          .sort((a, b) => a.rank - b.rank)
          .map((match) => match.zone);
  const list = new SuggestionList(options.limits);
  for (const zone of matches) {
    if (list.full) break;
    list.add(`${zone.replace(/_/g, ' ')} (${offsetAt(zone, options.now)})`, zone);
  }
  return list.items;
}
