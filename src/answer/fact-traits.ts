/**
 * What a fact's statement carries (a figure, a measurement, a reason, a plan, a denial, its years),
 * worked out once per fact: every question checks these on every candidate.
 */
import { yearsOf } from '../knowledge/dates.js';
import type { Fact } from '../knowledge/types.js';
import { givesReason, hasFigure, hasMeasurement, speaksOfFuture } from './intent.js';

export interface FactTraits {
  figure: boolean;
  measurement: boolean;
  reason: boolean;
  future: boolean;
  /** The statement gives a sum of money (€, $, euros, dollars, manats). */
  money: boolean;
  /** The ordinal words it uses (first, second…), to tell the first meeting from the second. */
  ordinals: ReadonlySet<string>;
  /** The statement may deny something ("not", "refused"): worth the word-by-word check. */
  denial: boolean;
  years: ReadonlySet<number>;
}

const ORDINALS = /\b(first|second|third|fourth|fifth|next|last)\b/g;
const NEGATION_TEST = /\b(not|never|no|nor|without|refus\w*|declined|\w+n't)\b/i;
const cache = new WeakMap<Fact, FactTraits>();

export function traitsOf(fact: Fact): FactTraits {
  let traits = cache.get(fact);
  if (!traits) {
    const years = new Set(fact.date ? yearsOf(fact.date) : []);
    for (const m of fact.statement.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) years.add(Number(m[1]));
    traits = {
      figure: hasFigure(fact.statement),
      measurement: hasMeasurement(fact.statement),
      reason: givesReason(fact.statement),
      future: speaksOfFuture(fact.statement),
      money: /[€$£₼]|\b(euros?|dollars?|manats?|usd|eur)\b/i.test(fact.statement),
      ordinals: new Set([...fact.statement.toLowerCase().matchAll(ORDINALS)].map((m) => m[1] as string)),
      denial: NEGATION_TEST.test(fact.statement),
      years,
    };
    cache.set(fact, traits);
  }
  return traits;
}
