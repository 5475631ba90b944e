// Quantities that are not one number and its tail: the members of a `lần lượt` list
// (`lần lượt là 22,10,10 và 37`), numbers spelled in words before a scale (`hai mươi lăm
// nghìn`, `tụt một bậc`), and the sides of a size (`106 x 54 x 15 mm`).
import { NUMBER_WORDS, parseNumberLiteral, parseSpelledNumber } from './numbers.js';
import { type Sentence } from '../text/segment.js';
import { type Quantity, type Span, lower, longestPrefix, isMasked, base, skipSpaces } from './quantity-parts.js';
import { SCALE_TABLE, readTail, readNoun } from './quantity-tail.js';
import { CHANGE_TABLE } from './quantity-qualifiers.js';
import { lettered, letterPattern, WORD_BEFORE } from '../text/letters.js';
import { isLetterCode } from '../text/characters.js';
import { LENGTH_UNITS } from '../vocab/quantities.js';

/** A number's token as the normaliser reads it: where it stands and its value. */
interface NumberToken {
  start: number;
  end: number;
  value: number;
}

/** Whether text[from, to) joins two sides of a size: `x` or `×`, a space either side or none (`148,9x 68`, `5 × 20`). (By code: asked after every number.) */
function joinsSides(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  const a = text.charCodeAt(from) === 32 ? from + 1 : from;
  const b = text.charCodeAt(to - 1) === 32 ? to - 1 : to;
  const c = text.charCodeAt(a);
  return b === a + 1 && (c === 120 /* x */ || c === 0xd7 /* × */);
}

/**
 * `kích thước 106 x 54 x 15 mm`, `mảnh đất 5 x 20 m`: numbers joined by `x` with a unit of
 * length after the last are the sides of one size, each in that unit (as a range's bounds share
 * theirs). Null unless tokens[at] opens such a chain: a `x` with no length after the last side
 * is no size (`4 x 4`, a drivetrain; `3 x 2` a score). The first side keeps its own span, the last
 * takes the unit's.
 */
export function sizeSides(text: string, tokens: readonly NumberToken[], at: number, limit: number): { sides: Quantity[]; last: number } | null {
  let last = at;
  while (last + 1 < tokens.length && joinsSides(text, tokens[last]!.end, tokens[last + 1]!.start)) last++;
  if (last === at) return null;
  const tail = readTail(text, tokens[last]!.end, limit);
  if (tail.kind !== 'count' || tail.scale !== 1 || tail.unit === null || !LENGTHS.has(tail.unit)) return null;
  const sides: Quantity[] = [];
  for (let k = at; k <= last; k++) {
    const token = tokens[k]!;
    const q = base(text, token.start, k === last ? tail.end : token.end, 'count', token.value);
    q.unit = tail.unit;
    q.side = k === at ? 'first' : 'next';
    sides.push(q);
  }
  return { sides, last };
}
const LENGTHS = new Set(LENGTH_UNITS);

// `lần lượt là 22,10,10 và 37`, `lần lượt đạt 79,9%, 24% và 48,7%`
const LIST = /lần lượt(?:\s+(?:là|đạt|chiếm|có|với|bằng|ở|xếp thứ|xếp|đứng thứ|tăng|giảm))?\s*:?\s*/giu;
const LIST_ITEM = /^(\d+(?:\.\d{3})*(?:,\d+)?%?|\d+)/u;

interface FoundList {
  start: number;
  end: number;
  items: Quantity[];
}

export function findLists(text: string, sentence: Sentence): FoundList[] {
  const lists: FoundList[] = [];
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(LIST)) {
    let pos = sentence.start + m.index! + m[0].length;
    const listStart = pos;
    // Items are plain integers or percents separated by `,`/`, `/`và`; a decimal comma needs a space after
    // a list comma to be read as one (`79,9%, 24%`), so: split on `,` when every piece is an integer.
    const tail = /^[\d.,%\s]+(?:(?:và|hoặc)\s+[\d.,%]+%?)?/u.exec(text.slice(pos, sentence.end));
    if (!tail) continue;
    const raw = tail[0].replace(/[\s,]+$/u, '');
    // `lần lượt là 849,6 triệu đôla và …`: a scale after the numbers makes them quantities of their own.
    if (longestPrefix(text.slice(pos + raw.length, pos + raw.length + 20).trimStart(), SCALE_TABLE)) continue;
    // With `, ` anywhere the items are separated by comma-space and a bare comma is a decimal
    // mark (`79,9%, 24% và 48,7%`); without, every comma separates (`22,10,10 và 37`).
    // A percent list without `, ` (`166,7% và 58,9%`) keeps its commas as decimal marks too.
    // So does a number with groups of thousands before its comma (`2.447,83 điểm và 6.274,44 điểm`).
    const decimalCommas = /,\s/u.test(raw) || raw.includes('%') || /\.\d{3},\d/u.test(raw);
    const separator = decimalCommas ? /\s*(?:,\s+|\s(?:và|hoặc)\s)\s*/u : /\s*(?:,\s*|\s(?:và|hoặc)\s)\s*/u;
    const pieces = raw.split(separator).filter(Boolean);
    if (pieces.length < 2) continue;
    const percentList = pieces.some((p) => p.endsWith('%'));
    const items: Quantity[] = [];
    let offset = 0;
    for (const [index, piece] of pieces.entries()) {
      const at = raw.indexOf(piece, offset);
      offset = at + piece.length;
      const itemMatch = LIST_ITEM.exec(piece);
      if (!itemMatch) break;
      const literal = itemMatch[1]!.replace('%', '');
      const value = parseNumberLiteral(literal);
      if (value === null) break;
      const start = pos + at;
      const end = start + itemMatch[1]!.length;
      const q = base(text, start, end, percentList ? 'percent' : 'count', value);
      q.unit = percentList ? '%' : null;
      q.list = { id: listStart, index, size: pieces.length };
      items.push(q);
    }
    if (items.length < 2) continue;
    // What the list measures decides its kind: ranks when the sentence ranks.
    const lead = lower(text.slice(sentence.start, listStart));
    if (!percentList && /(?:thứ hạng|xếp hạng|xếp thứ|đứng thứ|hạng)/u.test(lead)) for (const q of items) q.kind = 'rank';
    if (!percentList && items.every((q) => q.kind === 'count')) {
      // Counts need a unit after the last item (`lần lượt là 3, 5 và 7 xã`); else not a list of quantities.
      const tailUnit = readNoun(text, skipSpaces(text, items[items.length - 1]!.end, sentence.end), sentence.end);
      if (!tailUnit) continue;
      for (const q of items) q.unit = tailUnit.text;
    }
    for (const q of items) q.list!.size = items.length;
    pos = items[items.length - 1]!.end;
    lists.push({ start: listStart, end: pos, items });
  }
  return lists;
}

// Spelled-out numbers before a scale word or `bậc`: `hai mươi lăm nghìn`, `tụt một bậc`.
/** A scale or step word: where a spelled-out number may end (the space before is checked in code). */
const SPELLED_ANCHOR = lettered(/(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn|bậc|phần trăm)(?!\p{L})/gu);

const WORD_AND_SPACE_BEFORE = lettered(/(\p{L}+) $/u);
/** Offsets of scale words preceded by a spelled-out number word (`hai mươi lăm nghìn`, `một bậc`). */
export function findSpelledAnchors(text: string): number[] {
  const out: number[] = [];
  SPACED_SPELLED_ANCHOR.lastIndex = 0;
  for (let m = SPACED_SPELLED_ANCHOR.exec(text); m; m = SPACED_SPELLED_ANCHOR.exec(text)) {
    const at = m.index + 1;
    // (Most scale words follow a figure, `15 tỷ`: no number word before them, and no slice made.)
    if (m.index === 0 || !isLetterCode(text.charCodeAt(m.index - 1))) continue;
    const before = WORD_AND_SPACE_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    if (before && NUMBER_WORDS.has(lower(before[1]!))) out.push(at);
  }
  return out;
}

/** The same with its space: a literal first character lets the scan skip faster (half the time). */
const SPACED_SPELLED_ANCHOR = letterPattern(` ${SPELLED_ANCHOR.source}`, 'gu');

export function anchorsWithin(anchors: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < anchors.length && anchors[lo]! < end;
}

/** Whether a change word (`tụt`, `tăng`, `thăng`) stands right before `at`, past a bound word. */
function changeBefore(text: string, floor: number, at: number): boolean {
  const before = text.slice(Math.max(floor, at - 24), at).trimEnd();
  return CHANGE_TABLE.suffix(before) !== null || CHANGE_TABLE.suffix(before.replace(/\s*(?:thêm|lên|xuống|đi)$/u, '')) !== null;
}

export function findSpelledQuantities(text: string, sentence: Sentence, masks: Span[], taken: Span[]): Quantity[] {
  const out: Quantity[] = [];
  const region = text.slice(sentence.start, sentence.end);
  // From each scale word (`nghìn`, `bậc`, …) walk back over the number words before it.
  SPELLED_ANCHOR.lastIndex = 0;
  let lastEnd = -1;
  for (let m = SPELLED_ANCHOR.exec(region); m; m = SPELLED_ANCHOR.exec(region)) {
    if (region[m.index - 1] !== ' ') continue;
    const anchor = sentence.start + m.index;
    const words: Array<{ word: string; start: number }> = [];
    let pos = anchor;
    while (words.length < 7) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(sentence.start, pos - 12), pos));
      if (!before || !NUMBER_WORDS.has(lower(before[1]!))) break;
      pos -= before[0].length;
      words.unshift({ word: before[1]!, start: pos });
    }
    // The longest run that parses: drop leading words that are not part of the number.
    while (words.length > 0 && parseSpelledNumber(words.map((w) => w.word)) === null) words.shift();
    if (words.length === 0) continue;
    const value = parseSpelledNumber(words.map((w) => w.word))!;
    const start = words[0]!.start;
    if (value === 0 || start < lastEnd) continue;
    const numberEnd = anchor - 1;
    const tail = readTail(text, numberEnd, sentence.end);
    const isScaled = tail.scale > 1;
    const isRankStep = tail.unit !== null && /^bậc/u.test(tail.unit);
    if (!(isScaled || isRankStep || tail.kind === 'percent')) continue;
    // A step in words counts only after a change (`tụt một bậc`), not a stair or an elder (`một bậc thang`, `một bậc cao niên`).
    if (isRankStep && !isScaled && !changeBefore(text, sentence.start, start)) continue;
    if (isMasked(masks, start, tail.end) || isMasked(taken, start, tail.end)) continue;
    const q = base(text, start, tail.end, tail.kind ?? 'count', value * tail.scale);
    q.unit = isRankStep ? 'bậc' : tail.unit;
    q.currency = tail.currency;
    out.push(q);
    lastEnd = tail.end;
    SPELLED_ANCHOR.lastIndex = Math.max(SPELLED_ANCHOR.lastIndex, tail.end - sentence.start);
  }
  return out;
}

/**
 * `doanh thu của Hà Nội, Đà Nẵng và Cần Thơ lần lượt là 5 tỷ đồng, 3 tỷ đồng và 2 tỷ đồng`:
 * quantities read one by one (each with its unit) that follow `lần lượt` joined by commas and
 * `và` are a list too; its members are marked as findLists marks the bare ones.
 */
export function markUnitLists(text: string, sentence: Sentence, found: Quantity[]): void {
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(LIST)) {
    const listStart = sentence.start + m.index! + m[0].length;
    let k = found.findIndex((q) => q.start === listStart);
    if (k < 0 || found[k]!.list) continue;
    const items = [found[k]!];
    for (k++; k < found.length; k++) {
      const between = text.slice(items[items.length - 1]!.end, found[k]!.start);
      if (!LIST_JOINER.test(between) || found[k]!.list) break;
      items.push(found[k]!);
    }
    // (Both bounds of a range are one item's: `lần lượt là 5-6 tỷ và 7 tỷ` is no list of three.)
    if (items.length < 2 || items.some((q) => q.range)) continue;
    items.forEach((q, index) => (q.list = { id: listStart, index, size: items.length, withUnits: true }));
  }
}
const LIST_JOINER = /^(?:\s*,\s*|\s+(?:và|hoặc)\s+|\s*,\s*(?:và|hoặc)\s+)$/u;
