/**
 * Alias groups from knowledge/aliases.yaml, applied to word sequences on both the index side and
 * the question side: every spelling in a group is rewritten to the group's first spelling, so
 * "Alijev", "Əliyev" and "Алиев" all become "aliyev". Multi-word spellings match longest first.
 */
import { stem, words } from './normalize.js';
import { isEnglishWord } from './lexicon.js';
import { STOPWORDS } from './stopwords.js';

export interface AliasMap {
  /** Rewrites a normalised word sequence, replacing every alias by its group's canonical words. */
  canonicalize(tokens: readonly string[]): string[];
  /** The canonical words of every group, for checking that each group is used somewhere. */
  readonly groups: readonly { canonical: string; spellings: string[] }[];
}

const key = (tokens: readonly string[]) => tokens.map(stem).join(' ');

/**
 * A spelling ending in * matches any word it begins (poset* → posetio, posetila): Serbian and
 * Azerbaijani inflect, and listing every ending would be endless. The rule's words before the last
 * must match whole ("auto-put*": "auto", then a word starting "put").
 */
interface PrefixRule {
  prefix: string;
  before: string[];
  replacement: string[];
}

/** What the groups say, read once. */
interface AliasRules {
  /** Of each whole spelling (its stemmed words), the canonical words it is rewritten to. */
  replacements: Map<string, string[]>;
  prefixes: PrefixRule[];
  /** The most words in one spelling. */
  longest: number;
  described: { canonical: string; spellings: string[] }[];
}

/** The rules arranged for rewriting a question or a fact quickly. */
interface AliasLookup {
  replacements: ReadonlyMap<string, string[]>;
  longest: number;
  /** First words of multi-word spellings: only from these are longer look-ups worth trying. */
  phraseStarts: ReadonlySet<string | undefined>;
  /** Word-beginning rules by the first three letters of their first word, longest prefix first. */
  prefixesByStart: ReadonlyMap<string, PrefixRule[]>;
  /** No rule at all: every sequence stays as it is. */
  empty: boolean;
}

export function buildAliasMap(groups: readonly (readonly string[])[]): AliasMap {
  const rules = readAliasRules(groups);
  const lookup: AliasLookup = {
    replacements: rules.replacements,
    longest: rules.longest,
    empty: rules.replacements.size === 0 && rules.prefixes.length === 0,
    phraseStarts: new Set([...rules.replacements.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0])),
    prefixesByStart: prefixRulesByStart(rules.prefixes),
  };
  return {
    groups: rules.described,
    canonicalize: (tokens) => canonicalize(tokens, lookup),
  };
}

function readAliasRules(groups: readonly (readonly string[])[]): AliasRules {
  const rules: AliasRules = { replacements: new Map(), prefixes: [], longest: 1, described: [] };
  for (const group of groups) addGroup(rules, group);
  return rules;
}

function addGroup(rules: AliasRules, group: readonly string[]): void {
  const whole = group.filter((spelling) => !String(spelling).trim().endsWith('*'));
  const [first, ...rest] = whole.map((spelling) => words(spelling)).filter((t) => t.length > 0);
  if (!first) return;
  rules.described.push({ canonical: first.join(' '), spellings: group.map(String) });
  for (const spelling of group.filter((g) => String(g).trim().endsWith('*'))) {
    const parts = words(String(spelling));
    const prefix = parts.at(-1);
    if (prefix && prefix.length >= 3) rules.prefixes.push({ prefix, before: parts.slice(0, -1), replacement: first });
  }
  // A multi-word first spelling is kept whole, so its words are not rewritten one by one
  // (the "Serbian" of "Serbian Language and Culture Center" stays as it is on both sides).
  if (first.length > 1 && !rules.replacements.has(key(first))) {
    rules.replacements.set(key(first), first);
    rules.longest = Math.max(rules.longest, first.length);
  }
  for (const spelling of rest) {
    const k = key(spelling);
    // The first group to claim a spelling keeps it; the checker warns about the clash.
    if (k !== key(first) && !rules.replacements.has(k)) rules.replacements.set(k, first);
    rules.longest = Math.max(rules.longest, spelling.length);
  }
}

function prefixRulesByStart(prefixes: PrefixRule[]): Map<string, PrefixRule[]> {
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  const byStart = new Map<string, PrefixRule[]>();
  for (const rule of prefixes) {
    // Looked up by the first three letters of the rule's first word.
    const start = (rule.before[0] ?? rule.prefix).slice(0, 3);
    byStart.set(start, [...(byStart.get(start) ?? []), rule]);
  }
  return byStart;
}

function canonicalize(tokens: readonly string[], lookup: AliasLookup): string[] {
  if (lookup.empty) return [...tokens];
  const stemmed = tokens.map(stem);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const spelling = wholeSpellingAt(tokens, stemmed, i, lookup);
    if (spelling) {
      out.push(...spelling.replacement);
      i += spelling.length;
      continue;
    }
    const rule = prefixRuleAt(tokens, i, lookup.prefixesByStart);
    if (rule) {
      out.push(...rule.replacement);
      i += rule.before.length + 1;
    } else out.push(tokens[i++] as string);
  }
  return out;
}

/** The longest whole spelling that starts at position i, and how many words it covers. */
function wholeSpellingAt(tokens: readonly string[], stemmed: readonly string[], i: number, lookup: AliasLookup) {
  const maxLength = lookup.phraseStarts.has(stemmed[i] as string) ? Math.min(lookup.longest, tokens.length - i) : 1;
  for (let n = maxLength; n >= 1; n--) {
    // A stop word alone is never rewritten: "according" (to) is not "accord", an agreement.
    if (n === 1 && STOPWORDS.has(tokens[i] as string)) return undefined;
    const replacement = lookup.replacements.get(n === 1 ? (stemmed[i] as string) : stemmed.slice(i, i + n).join(' '));
    if (replacement) return { replacement, length: n };
  }
  return undefined;
}

/**
 * The word-beginning rule that matches at position i. Such rules are for inflected Serbian,
 * Azerbaijani and Russian words, so a common English word is never caught ("pul*" is not "pull").
 */
function prefixRuleAt(tokens: readonly string[], i: number, prefixesByStart: ReadonlyMap<string, PrefixRule[]>): PrefixRule | undefined {
  for (const rule of prefixesByStart.get((tokens[i] ?? '').slice(0, 3)) ?? []) {
    const at = i + rule.before.length;
    const token = tokens[at];
    if (token === undefined || !token.startsWith(rule.prefix) || (token !== rule.prefix && isEnglishWord(token))) continue;
    if (rule.before.every((word, k) => tokens[i + k] === word)) return rule;
  }
  return undefined;
}
