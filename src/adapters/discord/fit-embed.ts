/**
 * Keeps an embed within Discord's limits by shortening, never by failing: each part is cut to its
 * own limit, then, while the whole is too long, the least important fields go first (related
 * facts, then lists), the description is shortened, and only then are cited facts dropped.
 */
import type { APIEmbed } from 'discord.js';
import { truncate, truncateLines } from './text.js';

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 } as const;

/** Lower goes first when the embed is too long. */
export const Priority = { related: 0, extra: 1, fact: 2 } as const;

/** A field before fitting; `priority` decides what is dropped first. */
export interface DraftField {
  name: string;
  value: string;
  priority: number;
}

/** An embed before fitting: any lengths, fitEmbed cuts them down. */
export interface DraftEmbed {
  title: string;
  description: string;
  fields: DraftField[];
  footer: string;
  color: number;
}

const SHORTENED = 'Shortened to fit Discord’s limits.';
// Cited facts are worth more than a very long answer text, down to this much of it.
const DESCRIPTION_FLOOR = 1000;

function size(embed: DraftEmbed): number {
  return (
    embed.title.length + embed.description.length + embed.footer.length + embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function dropLowest(embed: DraftEmbed, below: number): boolean {
  let index = -1;
  embed.fields.forEach((field, i) => {
    if (field.priority < below && (index < 0 || field.priority <= (embed.fields[index] as DraftField).priority)) index = i;
  });
  if (index < 0) return false;
  embed.fields.splice(index, 1);
  return true;
}

function shrinkDescription(embed: DraftEmbed, floor: number): void {
  const excess = size(embed) - EMBED_LIMITS.total;
  if (excess > 0) embed.description = truncate(embed.description, Math.max(floor, embed.description.length - excess));
}

/** The draft cut to fit, as API embed JSON. Adds a footer note when anything was cut. */
export function fitEmbed(draft: DraftEmbed): APIEmbed {
  const embed: DraftEmbed = {
    ...draft,
    title: truncate(draft.title, EMBED_LIMITS.title),
    description: truncate(draft.description, EMBED_LIMITS.description),
    footer: truncate(draft.footer, EMBED_LIMITS.footer),
    // Discord rejects empty names and values; a zero-width space stands in.
    fields: draft.fields.map((field) => ({
      priority: field.priority,
      name: truncate(field.name, EMBED_LIMITS.fieldName) || '\u200b',
      value: truncateLines(field.value, EMBED_LIMITS.fieldValue) || '\u200b',
    })),
  };
  while (embed.fields.length > EMBED_LIMITS.fields) dropLowest(embed, Infinity);
  const reserve = SHORTENED.length + 3;
  const tooLong = () => size(embed) + reserve > EMBED_LIMITS.total;
  while (tooLong() && dropLowest(embed, Priority.fact));
  if (tooLong()) shrinkDescription(embed, DESCRIPTION_FLOOR + reserve);
  while (tooLong() && embed.fields.length > 1 && dropLowest(embed, Infinity));
  if (tooLong()) embed.footer = truncate(embed.footer, Math.max(0, embed.footer.length - (size(embed) + reserve - EMBED_LIMITS.total)));
  if (tooLong()) shrinkDescription(embed, 0);

  const changed =
    embed.fields.length !== draft.fields.length ||
    embed.description !== draft.description ||
    embed.title !== draft.title ||
    embed.fields.some((field, i) => field.value !== draft.fields[i]?.value);
  if (changed) embed.footer = embed.footer === '' ? SHORTENED : `${embed.footer} · ${SHORTENED}`;
  if (size(embed) > EMBED_LIMITS.total) embed.description = truncate(embed.description, embed.description.length - (size(embed) - EMBED_LIMITS.total));

  return {
    color: embed.color,
    ...(embed.title ? { title: embed.title } : {}),
    ...(embed.description ? { description: embed.description } : {}),
    ...(embed.fields.length > 0 ? { fields: embed.fields.map(({ name, value }) => ({ name, value, inline: false })) } : {}),
    ...(embed.footer ? { footer: { text: embed.footer } } : {}),
  };
}
