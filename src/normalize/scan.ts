// Regex scanning with a word boundary checked in code. A leading lookbehind such as
// `(?<![\p{L}])` makes V8 test it at every position of the text (4× slower on news text);
// here the pattern runs without it and a match glued to a letter is skipped instead.

import { isLetterCode } from '../text/characters.js';
import { ascending } from '../text/spans.js';
import { literalAlternation } from '../text/patterns.js';
import { hasLetter, hasLetterOrDigit, lettered, letterPattern } from '../text/letters.js';

const NUMBER_GLUE = lettered(/[\p{L}\d.,/-]/u);

export type Boundary = 'letter' | 'letterOrDigit' | 'number';

const GLUE: Record<Boundary, (c: string) => boolean> = { letter: hasLetter, letterOrDigit: hasLetterOrDigit, number: (c) => NUMBER_GLUE.test(c) };

/** Whether the character before offset `at` glues a match there (ASCII decided without a regex). */
function gluedBefore(text: string, at: number, boundary: Boundary): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c >= 128) return GLUE[boundary](text[at - 1]!);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (boundary === 'letter') return false;
  if (c >= 48 && c <= 57) return true;
  return boundary === 'number' && (c === 46 || c === 44 || c === 47 || c === 45); // . , / -
}

/** Every match of `re` (global) not preceded by a character of the `boundary` class. */
export function* scanWords(text: string, re: RegExp, boundary: Boundary = 'letter'): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (gluedBefore(text, m.index, boundary)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

// Anchored scanning. Most rules begin with a number, or with a word right before one; a
// text has few numbers (about 20 per news article) but every rule scanned over the whole
// text costs a pass over it. So the digit runs are found once, and each number-led rule is
// tried only where a run begins (a sticky regex), with the same left-boundary check and
// the same non-overlap as scanWords: the matches are the ones scanWords would find.

/** Offsets where a run of ASCII digits begins, ascending. */
export function digitRunStarts(text: string): number[] {
  const out: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) out.push(m.index);
  return out;
}
const DIGIT_RUN = /\d+/g;

/** The sticky twin of a regex, to try it at one offset. */
export function stickyOf(re: RegExp): RegExp {
  return letterPattern(re.source, re.flags.replace('g', '') + 'y');
}

/**
 * Matches of `re` (sticky) that begin at one of `offsets` (ascending), are not glued on the
 * left to a character of the `boundary` class and do not overlap the previous match.
 */
export function matchesAt(text: string, re: RegExp, offsets: readonly number[], boundary: Boundary | null = 'number'): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (const at of offsets) {
    if (at < lastEnd) continue;
    if (boundary && gluedBefore(text, at, boundary)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    lastEnd = Math.max(at + 1, at + m[0].length);
  }
  return out;
}

/** JavaScript's `\s`, by code unit. */
function isRegexSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Where each of `words` (lower case; matched in any case) stands right before a digit run,
 * separated from it by at least one space (`\s+`): where rules shaped `word\s+\d…` can begin
 * (`ngày 7`, `tháng 8`, `năm 2019`). One pass for all the words; only whole words (not glued
 * to a letter before them), as such rules require.
 */
export function wordsBeforeDigits(text: string, digitStarts: readonly number[], words: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const maxLength = Math.max(...words.map((w) => w.length));
  for (const at of digitStarts) {
    let q = at;
    while (q > 0 && isRegexSpace(text.charCodeAt(q - 1))) q--;
    if (q === at) continue;
    let p = q;
    while (p > 0 && q - p <= maxLength && isLetterCode(text.charCodeAt(p - 1))) p--;
    if (p === q || q - p > maxLength) continue;
    // Compared code by code, lower-cased through a table: no string is made for the many
    // words that lead no rule (`đạt`, `hơn`, `khoảng`).
    for (const word of words) {
      if (word.length !== q - p || !sameLowerCase(text, p, word)) continue;
      const list = out.get(word);
      if (list) list.push(p);
      else out.set(word, [p]);
      break;
    }
  }
  return out;
}

/** Whether text[at, at + word.length) lower-cased is `word` (lower case). */
function sameLowerCase(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c < 0x2000 ? LOWER_CODE[c]! : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}
/** A hash of text[from, to) lower-cased, made without a string (`Phó` and `phó` hash alike). */
export function lowerCaseHash(text: string, from: number, to: number): number {
  let h = HASH_SEED;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c < 0x2000 ? LOWER_CODE[c]! : c), HASH_PRIME);
  }
  return h;
}

const LOWER_CODE = new Uint16Array(0x2000);
for (let c = 0; c < LOWER_CODE.length; c++) {
  const low = String.fromCharCode(c).toLowerCase();
  LOWER_CODE[c] = low.length === 1 ? low.charCodeAt(0) : c;
}


/**
 * Where each of several literal strings occurs (exact case), in one pass: one regex of their
 * alternation, which V8 scans faster than a search per string. Occurrences do not overlap
 * (none of the strings a rule set uses contains another).
 */
export class LiteralFinder {
  private readonly pattern: RegExp;
  constructor(literals: readonly string[]) {
    this.pattern = letterPattern(literalAlternation(literals), 'g');
  }

  /** Offsets by literal, ascending. */
  find(text: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    const re = this.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const list = out.get(m[0]);
      if (list) list.push(m.index);
      else out.set(m[0], [m.index]);
    }
    return out;
  }
}

/** The offsets of several literals found by a LiteralFinder, merged ascending. */
export function offsetsOf(found: Map<string, number[]>, literals: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of literals) for (const at of found.get(w) ?? []) out.push(at);
  return out.sort(ascending);
}


/**
 * Offsets where one of `words` stands as a whole word (exact case; list every case wanted),
 * ascending: one pass over the text, each word hashed as it is read and looked up once at
 * its end. For many short words (a search per word would pass over the text once for each).
 */
export class WordFinder {
  /** Open addressing on the word's hash: 1 + the index of the word in `words`, 0 for a free slot. */
  private readonly slots: Uint16Array;
  private readonly hashes: Int32Array;
  private readonly words: string[];
  private readonly mask: number;
  /** The shortest and longest word: a word of another length needs no look-up. */
  private readonly minLength: number;
  private readonly maxLength: number;

  constructor(words: readonly string[]) {
    this.words = [...new Set(words)];
    this.minLength = Math.min(...this.words.map((w) => w.length));
    this.maxLength = Math.max(...this.words.map((w) => w.length));
    let size = 64;
    while (size < this.words.length * 8) size <<= 1;
    this.mask = size - 1;
    this.slots = new Uint16Array(size);
    this.hashes = new Int32Array(size);
    this.words.forEach((w, index) => {
      let h = HASH_SEED;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), HASH_PRIME);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
      this.hashes[slot] = h;
    });
  }

  find(text: string): number[] {
    const out: number[] = [];
    const { minLength, maxLength, slots, mask } = this;
    let length = 0;
    let h = HASH_SEED;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const kind = WORD_CODE[c]!;
      if (kind === 1 || (kind === 0 && learnCode(c) === 1)) {
        h = Math.imul(h ^ c, HASH_PRIME);
        length++;
      } else if (length !== 0) {
        // (Most words hash to a free slot: that read decides them without a call.)
        if (length >= minLength && length <= maxLength && slots[h & mask] !== 0) this.lookUp(text, i - length, i, h, out);
        h = HASH_SEED;
        length = 0;
      }
    }
    if (length >= minLength && length <= maxLength) this.lookUp(text, n - length, n, h, out);
    return out;
  }

  private lookUp(text: string, start: number, end: number, h: number, out: number[]): void {
    const { slots, hashes, words, mask } = this;
    for (let slot = h & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (hashes[slot] !== h) continue;
      const w = words[slots[slot]! - 1]!;
      if (w.length === end - start && text.startsWith(w, start)) {
        out.push(start);
        return;
      }
    }
  }
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * Whether a code unit is a letter or a digit (1) or not (2), from a table: the Latin and
 * Vietnamese range (below U+2000) filled at load, the rest (quotes, dashes, other scripts)
 * learnt on first sight.
 */
function learnCode(c: number): number {
  return (WORD_CODE[c] = hasLetterOrDigit(String.fromCharCode(c)) ? 1 : 2);
}
const WORD_CODE = new Uint8Array(0x10000);
for (let c = 0; c < 0x2000; c++) WORD_CODE[c] = hasLetterOrDigit(String.fromCharCode(c)) ? 1 : 2;
