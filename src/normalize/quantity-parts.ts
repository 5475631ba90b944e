// The parts every quantity rule shares: the record a quantity is, how one is made from a
// token, and small tests on the text around a number (words, clauses, masked spans).
import { WordTable } from './word-table.js';
import { firstStartingAtOrAfter } from '../text/spans.js';
import { hasLetter } from '../text/letters.js';

/** How far back (characters) an estimate or target word can govern a number. */
export const SCOPE_WINDOW = 500;

export type QuantityKind = 'money' | 'percent' | 'count' | 'rank' | 'fraction' | 'rate' | 'score';

export type Qualifier = 'exact' | 'estimate' | 'target' | 'more_than' | 'less_than' | 'about';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  value: number;
  total: number | null;
  unit: string | null;
  currency: string | null;
  qualifier: Qualifier;
  change: 'increase' | 'decrease' | null;
  baseline: string | null;
  /** Set on both bounds of a range (`34-35%`, `từ X đến Y`) and on both of two alternatives (`5 hoặc 7 thành viên`), which measure one thing. */
  range?: 'lower' | 'upper';
  /** Set on the members of a `lần lượt là` list: the list's id (its start offset) and position. */
  list?: { id: number; index: number; size: number; withUnits?: boolean };
  /** Set on the sides of a size (`106 x 54 x 15 mm`): the first, then each side after it, all in the unit after the last. */
  side?: 'first' | 'next';
}

export interface Span {
  start: number;
  end: number;
}


// Plain toLowerCase: Vietnamese has no locale-specific case pairs, and the locale-aware
// version is many times slower.
export const lower = (s: string) => s.toLowerCase();

/** `word` at the very start of `s`, as a whole word (case-insensitive unless `exactCase`). */
export function startsWithWord(s: string, word: string, exactCase = false): boolean {
  const head = s.slice(0, word.length);
  if (exactCase ? head !== word : lower(head) !== lower(word)) return false;
  const next = s[word.length];
  return next === undefined || !(hasLetter(next) || /\d/.test(next)) || !hasLetter(word[word.length - 1]!);
}

/** `word` at the very end of `s`, as a whole word. */
export function endsWithWord(s: string, word: string): boolean {
  if (s.length < word.length) return false;
  if (lower(s.slice(s.length - word.length)) !== lower(word)) return false;
  const prev = s[s.length - word.length - 1];
  return prev === undefined || !hasLetter(prev);
}

export function longestPrefix<T>(s: string, table: WordTable<T>, exactCase = false): T | null {
  return table.prefix(s, exactCase);
}

/** Spans (sorted by start, each short) that touch [start, end): binary search, then a short walk. */
export function spansWithin(spans: Span[], start: number, end: number): Span[] {
  const MAX_SPAN = 400;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < start - MAX_SPAN) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i]!.start < end; i++) if (spans[i]!.end > start) out.push(spans[i]!);
  return out;
}

export function isMasked(masks: Span[], start: number, end: number): boolean {
  // Spans are sorted and short: look at the few that start before `end`, from a binary search.
  let i = Math.max(0, firstStartingAtOrAfter(masks, start - MAX_MASK_LENGTH));
  for (; i < masks.length; i++) {
    const m = masks[i]!;
    if (m.start >= end) break;
    if (m.end > start) return true;
  }
  return false;
}

/**
 * A decimal times a scale in binary floating point leaves noise (`4,1 tỷ` → 4099999999.9999995);
 * 15 significant digits hold every figure the press writes, so the value is rounded to them.
 */
function tidy(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15));
}

export function base(text: string, start: number, end: number, kind: QuantityKind, value: number): Quantity {
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    value: tidy(value),
    total: null,
    unit: null,
    currency: null,
    qualifier: 'exact',
    change: null,
    baseline: null,
    // Present from the start, so every quantity has one shape (fields added later would
    // give the readers of quantities several shapes to handle, and their compiled code with them).
    range: undefined,
    list: undefined,
    side: undefined,
  };
}

export function skipSpaces(text: string, pos: number, limit: number): number {
  while (pos < limit && text[pos] === ' ') pos++;
  return pos;
}

/** Longer masks than this are checked too, only more slowly (URLs, long symbols). */
const MAX_MASK_LENGTH = 400;

/** Clause boundaries inside a sentence: `;` always; `:` opens a list. */
// Searches are bounded to the window (a slice), so a missing `;` never scans the whole text.
export function clauseStart(text: string, sentenceStart: number, at: number): number {
  const floor = Math.max(sentenceStart, at - SCOPE_WINDOW);
  const i = text.slice(floor, at).lastIndexOf(';');
  return i >= 0 ? floor + i + 1 : sentenceStart;
}

export function clauseEnd(text: string, sentenceEnd: number, at: number): number {
  const limit = Math.min(sentenceEnd, at + SCOPE_WINDOW);
  const i = text.slice(at, limit).indexOf(';');
  return i >= 0 ? at + i : limit;
}

/** The end of the last trigger word in `low` (already lower-cased) that `skip` does not reject, or -1. */
export function nearestWord(low: string, words: readonly string[], skip?: (low: string, at: number, word: string) => boolean): number {
  let best = -1;
  for (const word of words) {
    let from = low.length;
    while (from > 0) {
      const i = low.lastIndexOf(word, from - 1);
      if (i < 0) break;
      const before = low[i - 1];
      const after = low[i + word.length];
      if ((before === undefined || !hasLetter(before)) && (after === undefined || !hasLetter(after)) && !skip?.(low, i, word)) {
        best = Math.max(best, i + word.length);
        break;
      }
      from = i;
    }
  }
  return best;
}
