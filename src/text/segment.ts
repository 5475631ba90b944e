// Sentence segmentation, written here rather than with Intl.Segmenter (quadratic on long
// strings on Node 20, and it splits `TP. Hồ Chí Minh`). Rules:
// - a line break always ends a sentence (pasted articles keep one paragraph a line);
// - `.`, `!`, `?`, `…` end one only when followed by space and then a capital, a digit or
//   an opening quote — so `15.658`, `2,2%`, `9.8`, `14/1` never split;
// - not after an abbreviation from the table below, nor after a single capital (initials).

import { CREDIT_OPENERS, LIST_BULLETS, RUN_IN_OPENERS } from '../vocab/furniture.js';
import { ORGANIZATION_HEAD_WORDS } from '../vocab/organization-words.js';
import { isLetterCode } from './characters.js';
import { ascending } from './spans.js';
import { letterPattern, lettered, startsLower, startsUpper } from './letters.js';

export interface Sentence {
  start: number;
  end: number;
}

/** Abbreviations that end in a full stop inside a sentence (compared case-sensitively). */
export const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'TS', 'ThS', 'GS', 'PGS', 'BS', 'KS', 'CN', 'NXB', 'Q', 'P', 'TX', 'TT', 'H',
  'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'v.v', 'vv', 'Th', 'Tr', 'tr', 'Nxb', 'TTƯT', 'NSƯT', 'NSND',
  'Đ', 'ĐT', 'Tel', 'Fax', 'No', 'Vol', 'pp', 'Co', 'Ltd', 'Inc', 'Corp', 'tp',
]);

const TERMINATOR = /[.!?…]+["”’')\]]*(?=\s)/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Where credits glued to running text start new sentences (most texts have none: one
  // search of the text for their openers says so).
  const creditSplits = CREDIT_OPENERS.some((w) => text.includes(w)) ? creditStarts(text) : [];
  const runIns = runInStarts(text);
  // (So do list items opened by a bullet glyph: most texts have none, a search for each says so,
  // eight times faster than one regex of their class.)
  const bullets = LIST_BULLETS.some((b) => text.includes(b)) ? bulletStarts(text) : [];
  if (runIns.length || bullets.length) {
    for (const at of runIns) creditSplits.push(at);
    for (const at of bullets) creditSplits.push(at);
    creditSplits.sort(ascending);
  }
  let next = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let from = lineStart;
    for (; next < creditSplits.length && creditSplits[next]! < lineEnd; next++) {
      if (creditSplits[next]! <= from) continue;
      splitLine(text, from, creditSplits[next]!, sentences);
      from = creditSplits[next]!;
    }
    splitLine(text, from, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

const BULLET_CLASS = `[${LIST_BULLETS.join('')}]`;
/** A bullet after a space, before a space and a capital or a digit: an item of a list starts there. */
const BULLET_ITEM = letterPattern(`(?<=\\s)${BULLET_CLASS}(?=\\s+[\\p{Lu}\\d])`, 'gu');

/** Offsets of the bullets that open list items (LIST_BULLETS) inside a paragraph. */
function bulletStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BULLET_ITEM)) out.push(m.index);
  return out;
}

/**
 * Offsets where a paragraph's opener follows a heading with no stop (RUN_IN_OPENERS): after a
 * letter, a digit or a closing quote and one space (no mark), before a word.
 */
function runInStarts(text: string): number[] {
  const out: number[] = [];
  RUN_IN.lastIndex = 0;
  for (let m = RUN_IN.exec(text); m; m = RUN_IN.exec(text)) {
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    if (isLetterCode(before) || (before >= 48 && before <= 57) || before === 0x201d || before === 34) out.push(m.index + 1);
  }
  return out;
}
const RUN_IN = letterPattern(` (?:${RUN_IN_OPENERS.join('|')}) (?=[\\p{L}\\d“"])`, 'gu');

/** Offsets where a sentence starts after a credit glued to it (see creditEnd), ascending. */
function creditStarts(text: string): number[] {
  const out: number[] = [];
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(text); m; m = CREDIT.exec(text)) {
    // (A word of its own: after a space, a bracket or nothing.)
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    if (before !== 32 && before !== 10 && before !== 9 && before !== 40) continue;
    // Without a colon (`… Nghi Thiết. Ảnh Hồ Phương Tổng số doanh nghiệp …`), only where a
    // sentence starts and a capitalised word follows: `Ảnh hưởng`, `Nguồn vốn` are words.
    if (m[0].indexOf(':') < 0 && !opensSentence(text, m.index)) continue;
    const split = creditEnd(text, m.index + m[0].length);
    if (split > 0) out.push(split);
  }
  // A credit in brackets (`… (Ảnh minh họa) Chọn xe …`, `(Ảnh: EPA) Reuters …`): the caption
  // ends at the bracket, and a capitalised word after it opens a sentence.
  BRACKETED_CREDIT.lastIndex = 0;
  for (let m = BRACKETED_CREDIT.exec(text); m; m = BRACKETED_CREDIT.exec(text)) out.push(m.index + m[0].length);
  return out.sort(ascending);
}

const BRACKETED_CREDIT = letterPattern(`\\((?:${CREDIT_OPENERS.join('|')})(?=[\\s:])[^()\\n]{0,60}\\) +(?=[\\p{Lu}“"])`, 'gu');

const CREDIT = letterPattern(`(?:${CREDIT_OPENERS.join('|')})(?:\\s*:\\s*| (?=\\p{Lu}))`, 'gu');

/** Whether text[at] opens a sentence: at the start, after a line break, or after a stop and a space. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return i < at - 1 ? c === 46 || c === 33 || c === 63 || c === 10 : c === 10;
}
/** A credit's own words: at most this many (a name, an agency, initials). */
const CREDIT_WORDS = 5;

/**
 * Where the text after a credit opener starts a new sentence, or -1: at the first capitalised
 * word followed by a lower-case one (`… Ảnh: VGP/Đình Nam Ban tổ chức đã …` → `Ban tổ chức`),
 * since a credit is a name, an agency or initials, each word capitalised. A credit closed by a
 * stop or a bracket needs no split.
 */
function creditEnd(text: string, at: number): number {
  const WORD_RE = /\S+/gu;
  WORD_RE.lastIndex = at;
  // (A credit on a line of its own ends with it.)
  const lineEnd = text.indexOf('\n', at);
  let previous: RegExpExecArray | null = null;
  let beforePrevious: RegExpExecArray | null = null;
  for (let k = 0; k <= CREDIT_WORDS; k++) {
    const m = WORD_RE.exec(text);
    if (!m || (lineEnd >= 0 && m.index > lineEnd)) return -1;
    if (/[.)]$/u.test(m[0])) return -1;
    if (previous && startsUpper(previous[0]) && startsLower(m[0])) {
      // (`Ảnh: Đ.Loan Bộ Giao thông vận tải …`: an organisation's head before it opens the sentence.)
      const start = beforePrevious && ORGANIZATION_HEAD_WORDS.has(beforePrevious[0]) ? beforePrevious.index : previous.index;
      return start === at ? -1 : start;
    }
    beforePrevious = previous;
    previous = m;
  }
  return -1;
}

const SENTENCE_OPENING_CHARACTER = lettered(/[\p{Lu}\d"“'‘(\[-]/u);
function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let sentenceStart = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < line.length && line[next] === ' ') next++;
    if (next >= line.length) break;
    const nextChar = line[next]!;
    if (!SENTENCE_OPENING_CHARACTER.test(nextChar)) continue;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(line, m.index)) continue;
    pushTrimmed(text, from + sentenceStart, from + end, out);
    sentenceStart = next;
  }
  pushTrimmed(text, from + sentenceStart, to, out);
}

const TEMPERATURE_BEFORE = /(?:độ ?|°)$/u;

const ONE_CAPITAL = lettered(/^\p{Lu}$/u);
function isAbbreviation(line: string, dotIndex: number): boolean {
  let start = dotIndex;
  // (By code: this runs at every full stop of every article.)
  while (start > 0) {
    const c = line.charCodeAt(start - 1);
    if (c !== 46 /* . */ && !isLetterCode(c)) break;
    start--;
  }
  const word = line.slice(start, dotIndex);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A lone capital is an initial (`Nguyễn V. A.`), but for a temperature's unit (`38 độ C.`, `30°C.`).
  if ((word === 'C' || word === 'F') && TEMPERATURE_BEFORE.test(line.slice(Math.max(0, start - 4), start))) return false;
  return ONE_CAPITAL.test(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the sentence holding `offset` (binary search over sorted sentences). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}
