// Word tables matched at the start of a string: lower-cased once, longest entry first.
import { hasLetter } from '../text/letters.js';

export /** A table of words matched at the start of a string, longest first, lower-cased once. */
class WordTable<T> {
  /**
   * The entries by their first character, as written and lower-cased, longest first: a
   * look-up tries only the entries that can match (most tables hold a hundred words or so,
   * and the normaliser looks up several tables after every number).
   */
  private readonly byFirst = new Map<string, Array<{ entry: T; word: string; endsWithLetter: boolean }>>();
  private readonly byFirstLow = new Map<string, Array<{ entry: T; word: string; low: string; endsWithLetter: boolean }>>();
  constructor(entries: T[], key: (t: T) => string) {
    const sorted = entries
      .map((entry) => {
        const word = key(entry);
        return { entry, word, low: word.toLowerCase(), endsWithLetter: hasLetter(word[word.length - 1]!) };
      })
      .sort((a, b) => b.word.length - a.word.length);
    for (const e of sorted) {
      const exact = this.byFirst.get(e.word[0]!) ?? [];
      exact.push(e);
      this.byFirst.set(e.word[0]!, exact);
      const low = this.byFirstLow.get(e.low[0]!) ?? [];
      low.push(e);
      this.byFirstLow.set(e.low[0]!, low);
    }
  }
  /** The longest entry that `s` starts with as a whole word. */
  prefix(s: string, exactCase = false): T | null {
    if (s.length === 0) return null;
    if (exactCase) {
      const candidates = this.byFirst.get(s[0]!);
      if (!candidates) return null;
      for (const e of candidates) if (s.startsWith(e.word) && this.wholeWord(s, e.word.length, e.endsWithLetter)) return e.entry;
      return null;
    }
    const candidates = this.byFirstLow.get(s[0]!.toLowerCase());
    if (!candidates) return null;
    const low = s.slice(0, 40).toLowerCase();
    for (const e of candidates) if (low.startsWith(e.low) && this.wholeWord(s, e.word.length, e.endsWithLetter)) return e.entry;
    return null;
  }
  private wholeWord(s: string, length: number, endsWithLetter: boolean): boolean {
    const next = s[length];
    return next === undefined || !endsWithLetter || !(hasLetter(next) || (next >= '0' && next <= '9'));
  }
}


/**
 * A table of words matched at the end of a string (as whole words), lower-cased once and
 * indexed by last character, so a look-up checks only the few entries that can match.
 */
export class SuffixTable<T> {
  private readonly byLast = new Map<string, Array<{ entry: T; low: string }>>();
  constructor(entries: readonly T[], key: (t: T) => string) {
    const sorted = entries.map((entry) => ({ entry, low: key(entry).toLowerCase() })).sort((a, b) => b.low.length - a.low.length);
    for (const e of sorted) {
      const last = e.low[e.low.length - 1]!;
      const list = this.byLast.get(last) ?? [];
      list.push(e);
      this.byLast.set(last, list);
    }
  }
  /** The longest entry `s` ends with, preceded by a non-letter or nothing. */
  suffix(s: string): T | null {
    return this.suffixOfLower(s.slice(-40).toLowerCase());
  }
  /** The same, for a string already lower-cased. */
  suffixOfLower(low: string): T | null {
    const candidates = this.byLast.get(low[low.length - 1] ?? '');
    if (!candidates) return null;
    for (const e of candidates) {
      if (!low.endsWith(e.low)) continue;
      const prev = low[low.length - e.low.length - 1];
      if (prev === undefined || !hasLetter(prev)) return e.entry;
    }
    return null;
  }
}
