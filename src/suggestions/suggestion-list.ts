/** A list of suggestions that keeps to the limits: no duplicates, no empty values, no more than fit. */
import type { Suggestion, SuggestionLimits } from '../core/suggestion.js';
import { shortLabel } from './shorten.js';

export class SuggestionList {
  readonly items: Suggestion[] = [];

  constructor(private readonly limits: SuggestionLimits) {}

  get full(): boolean {
    return this.items.length >= this.limits.count;
  }

  /** Adds a suggestion unless the list is full or already offers that value. */
  add(label: string, value: string): void {
    const cleanValue = value.trim().slice(0, this.limits.valueLength);
    if (cleanValue === '' || this.full || this.items.some((item) => item.value === cleanValue)) return;
    this.items.push({ label: shortLabel(label, this.limits.labelLength), value: cleanValue });
  }
}
