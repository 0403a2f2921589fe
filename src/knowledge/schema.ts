/**
 * The zod schemas for the knowledge files: the same ones validate at start-up, on live reload and
 * in CI (`npm run knowledge:check`). See docs/knowledge-format.md for the format in prose.
 */
import { z } from 'zod';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const idSchema = z
  .string({ error: 'is required: a short lowercase id such as "aliyev-visit-nis-2023"' })
  .regex(ID, 'must be lowercase letters, digits and dashes, such as "aliyev-visit-nis-2023"');

const text = (what: string) =>
  z
    .string({ error: `is required: ${what}` })
    .trim()
    .min(1, `is empty: write ${what}`);

const nameList = z.array(z.string().trim().min(1, 'has an empty entry')).default([]);

/** YAML reads an unquoted 2023 as a number; accept it as the text it was meant to be. */
const dateText = z.union([z.string(), z.number().int()]).transform((value) => String(value));

export const sourceSchema = z
  .object({
    id: idSchema,
    title: text('the document title'),
    publisher: text('who published it'),
    author: text('the author, or "not named"'),
    published: dateText,
    published_note: z.string().optional(),
    /** What people call the document or its publisher in a question ("RUSI", "the Jamestown piece"). */
    names: nameList,
    url: z.url({ error: 'must be a full link starting with https://' }),
    licence: text('how we may use the document'),
  })
  .strict();

export const factSchema = z
  .object({
    id: idSchema,
    statement: text('the fact in one to three sentences'),
    date: dateText.optional(),
    derived: z.string().trim().min(1).optional(),
    sources: z.array(idSchema, { error: 'is required: a list of source ids such as [wikipedia]' }).min(1, 'is empty: name at least one source id'),
    section: text('the heading in the source where the fact is stated'),
    people: nameList,
    places: nameList,
    orgs: nameList,
    tags: nameList,
    disagrees_with: z.array(idSchema).default([]),
  })
  .strict();

export const aliasGroupSchema = z.array(z.union([z.string(), z.number()]).transform(String)).min(2, 'needs at least two spellings that mean the same');

export const sourcesFileSchema = z.array(sourceSchema, { error: 'must be a list of sources (each starting with "- id:")' });
export const factsFileSchema = z.array(factSchema, { error: 'must be a list of facts (each starting with "- id:")' });
export const aliasesFileSchema = z.array(aliasGroupSchema, { error: 'must be a list of groups such as [Niš, Nis, Ниш]' });

export type SourceEntry = z.infer<typeof sourceSchema>;
export type FactEntry = z.infer<typeof factSchema>;
