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

export function buildAliasMap(groups: readonly (readonly string[])[]): AliasMap {
  const replacements = new Map<string, string[]>();
  // Spellings ending in * match any word they begin (poset* → posetio, posetila): Serbian and
  // Azerbaijani inflect, and listing every ending would be endless.
  // A rule's words before the last must match whole ("auto-put*": "auto", then a word starting "put").
  const prefixes: { prefix: string; before: string[]; replacement: string[] }[] = [];
  let longest = 1;
  const described: { canonical: string; spellings: string[] }[] = [];
  for (const group of groups) {
    const whole = group.filter((spelling) => !String(spelling).trim().endsWith('*'));
    const [first, ...rest] = whole.map((spelling) => words(spelling)).filter((t) => t.length > 0);
    if (!first) continue;
    described.push({ canonical: first.join(' '), spellings: group.map(String) });
    for (const spelling of group.filter((g) => String(g).trim().endsWith('*'))) {
      const parts = words(String(spelling));
      const prefix = parts.at(-1);
      if (prefix && prefix.length >= 3) prefixes.push({ prefix, before: parts.slice(0, -1), replacement: first });
    }
    // A multi-word first spelling is kept whole, so its words are not rewritten one by one
    // (the "Serbian" of "Serbian Language and Culture Center" stays as it is on both sides).
    if (first.length > 1 && !replacements.has(key(first))) {
      replacements.set(key(first), first);
      longest = Math.max(longest, first.length);
    }
    for (const spelling of rest) {
      const k = key(spelling);
      // The first group to claim a spelling keeps it; the checker warns about the clash.
      if (k !== key(first) && !replacements.has(k)) replacements.set(k, first);
      longest = Math.max(longest, spelling.length);
    }
  }

  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  // Multi-word look-ups are only worth trying from a word that starts some multi-word spelling.
  const phraseStarts = new Set([...replacements.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
  const prefixesByStart = new Map<string, typeof prefixes>();
  for (const rule of prefixes) {
    // Looked up by the first three letters of the rule's first word.
    const start = (rule.before[0] ?? rule.prefix).slice(0, 3);
    prefixesByStart.set(start, [...(prefixesByStart.get(start) ?? []), rule]);
  }

  /**
   * The word-beginning rule that matches at position i. Such rules are for inflected Serbian,
   * Azerbaijani and Russian words, so a common English word is never caught ("pul*" is not "pull").
   */
  const prefixRuleAt = (tokens: readonly string[], i: number) => {
    for (const rule of prefixesByStart.get((tokens[i] ?? '').slice(0, 3)) ?? []) {
      const at = i + rule.before.length;
      const token = tokens[at];
      if (token === undefined || !token.startsWith(rule.prefix) || (token !== rule.prefix && isEnglishWord(token))) continue;
      if (rule.before.every((word, k) => tokens[i + k] === word)) return rule;
    }
    return undefined;
  };

  return {
    groups: described,
    canonicalize(tokens) {
      if (replacements.size === 0 && prefixes.length === 0) return [...tokens];
      const stemmed = tokens.map(stem);
      const out: string[] = [];
      let i = 0;
      while (i < tokens.length) {
        const maxLength = phraseStarts.has(stemmed[i] as string) ? Math.min(longest, tokens.length - i) : 1;
        let matched = false;
        for (let n = maxLength; n >= 1; n--) {
          // A stop word alone is never rewritten: "according" (to) is not "accord", an agreement.
          if (n === 1 && STOPWORDS.has(tokens[i] as string)) break;
          const replacement = replacements.get(n === 1 ? (stemmed[i] as string) : stemmed.slice(i, i + n).join(' '));
          if (replacement) {
            out.push(...replacement);
            i += n;
            matched = true;
            break;
          }
        }
        if (matched) continue;
        const rule = prefixRuleAt(tokens, i);
        if (rule) {
          out.push(...rule.replacement);
          i += rule.before.length + 1;
        } else out.push(tokens[i++] as string);
      }
      return out;
    },
  };
}
