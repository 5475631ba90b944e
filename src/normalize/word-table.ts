// Word tables matched at the start of a string: lower-cased once, longest entry first.
const LETTER = /\p{L}/u;

export /** A table of words matched at the start of a string, longest first, lower-cased once. */
class WordTable<T> {
  private readonly entries: Array<{ entry: T; word: string; low: string; endsWithLetter: boolean }>;
  /** First characters of the entries, as written and lower-cased: most look-ups stop here. */
  private readonly firstChars = new Set<string>();
  private readonly firstCharsLow = new Set<string>();
  constructor(entries: T[], key: (t: T) => string) {
    this.entries = entries
      .map((entry) => {
        const word = key(entry);
        return { entry, word, low: word.toLowerCase(), endsWithLetter: LETTER.test(word[word.length - 1]!) };
      })
      .sort((a, b) => b.word.length - a.word.length);
    for (const e of this.entries) {
      this.firstChars.add(e.word[0]!);
      this.firstCharsLow.add(e.low[0]!);
    }
  }
  /** The longest entry that `s` starts with as a whole word. */
  prefix(s: string, exactCase = false): T | null {
    if (s.length === 0) return null;
    if (exactCase ? !this.firstChars.has(s[0]!) : !this.firstCharsLow.has(s[0]!.toLowerCase())) return null;
    const low = exactCase ? s : s.slice(0, 40).toLowerCase();
    for (const e of this.entries) {
      if (!low.startsWith(exactCase ? e.word : e.low)) continue;
      const next = s[e.word.length];
      if (next === undefined || !e.endsWithLetter || !(LETTER.test(next) || (next >= '0' && next <= '9'))) return e.entry;
    }
    return null;
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
      if (prev === undefined || !LETTER.test(prev)) return e.entry;
    }
    return null;
  }
}
