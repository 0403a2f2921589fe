/**
 * Alias groups from knowledge/aliases.yaml, applied to word sequences on both the index side and
 * the question side: every spelling in a group is rewritten to the group's first spelling, so
 * "Alijev", "Əliyev" and "Алиев" all become "aliyev". Multi-word spellings match longest first.
 */
import { stem, words } from './normalize.js';

export interface AliasMap {
  /** Rewrites a normalised word sequence, replacing every alias by its group's canonical words. */
  canonicalize(tokens: readonly string[]): string[];
  /** The canonical words of every group, for checking that each group is used somewhere. */
  readonly groups: readonly { canonical: string; spellings: string[] }[];
}

const key = (tokens: readonly string[]) => tokens.map(stem).join(' ');

export function buildAliasMap(groups: readonly (readonly string[])[]): AliasMap {
  const replacements = new Map<string, string[]>();
  let longest = 1;
  const described: { canonical: string; spellings: string[] }[] = [];
  for (const group of groups) {
    const [first, ...rest] = group.map((spelling) => words(spelling)).filter((t) => t.length > 0);
    if (!first) continue;
    described.push({ canonical: first.join(' '), spellings: group.map(String) });
    for (const spelling of rest) {
      const k = key(spelling);
      // The first group to claim a spelling keeps it; the checker warns about the clash.
      if (k !== key(first) && !replacements.has(k)) replacements.set(k, first);
      longest = Math.max(longest, spelling.length);
    }
  }

  return {
    groups: described,
    canonicalize(tokens) {
      if (replacements.size === 0) return [...tokens];
      const out: string[] = [];
      let i = 0;
      while (i < tokens.length) {
        let matched = false;
        for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
          const replacement = replacements.get(key(tokens.slice(i, i + n)));
          if (replacement) {
            out.push(...replacement);
            i += n;
            matched = true;
            break;
          }
        }
        if (!matched) out.push(tokens[i++] as string);
      }
      return out;
    },
  };
}
