/**
 * A set of words kept as one sorted text, a word a line, and searched in place (binary search over
 * where each line starts). Some 60,000 words take under a megabyte this way, against several as a
 * Set of 60,000 strings, and are ready in a millisecond or two instead of tens.
 */
export class SortedWords {
  /** Where each line starts, and one past the end of the text. */
  private readonly starts: Int32Array;

  /** `text`: the words in JavaScript's default sort order (by UTF-16 code units), one a line. */
  constructor(private readonly text: string) {
    const starts = [0];
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) starts.push(newline + 1);
    starts.push(text.length + 1);
    this.starts = Int32Array.from(text === '' ? [0] : starts);
  }

  /** The words, sorted, as a text the constructor takes. */
  static textOf(words: Iterable<string>): string {
    return [...new Set(words)].sort().join('\n');
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareLine(middle, word);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** Negative, zero or positive as line `index` sorts before, equal to or after `word`. */
  private compareLine(index: number, word: string): number {
    const start = this.starts[index] as number;
    const length = (this.starts[index + 1] as number) - 1 - start;
    const common = Math.min(length, word.length);
    for (let k = 0; k < common; k++) {
      const difference = this.text.charCodeAt(start + k) - word.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }
}
