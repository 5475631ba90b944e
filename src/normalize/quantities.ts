// Quantities in Vietnamese text: every number that measures something, with its kind,
// value in base units, unit, qualifier, change and baseline. Parsers are small steps over
// one numeric token at a time; what is not a quantity (dates, times, document numbers,
// labels, phone numbers, URLs) is masked first. Pure: text in, quantities out.
import { findDates, type DateMention } from './dates.js';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers.js';
import { NUMBER_WORDS, parseNumberLiteral, parseSpelledNumber } from './numbers.js';
import { splitSentences, type Sentence } from '../text/segment.js';
import { isAcronym } from '../text/organization-phrase.js';
import { dictionaryEntry, Tag } from '../text/words.js';
import {
  BASELINE_OPENERS,
  BOUND_QUALIFIERS,
  BOUND_QUALIFIERS_AFTER,
  CHANGE_WORDS,
  COUNTED_UNITS,
  CURRENCIES,
  DONG_NOT_CURRENCY,
  MONEY_NOUNS_AFTER,
  MONEY_WORDS_BEFORE,
  ESTIMATE_WORDS,
  GREATER_ADJECTIVES,
  LESSER_ADJECTIVES,
  NON_QUANTITY_FOLLOWERS,
  EVENT_FOLLOWERS,
  NON_QUANTITY_PRECEDERS,
  NOT_SCALE_WORDS,
  NOT_TARGET_PHRASES,
  NOUN_COMPOUNDS_WITH_STOPWORD,
  NOUN_PHRASE_STOPWORDS,
  PERCENT_LABELS,
  PER_UNITS,
  POINT_PLACE_WORDS,
  RANK_CUES,
  RANK_VERBS_BEFORE_GRADE,
  RANK_SCOPES_AFTER,
  LENGTH_UNITS,
  SCALED_CURRENCIES,
  SCALES,
  TARGET_WORDS,
  TIME_NOUNS,
} from '../vocab/quantities.js';
import { DOCUMENT_TYPE_WORDS } from '../vocab/document-types.js';
import { TITLES } from '../vocab/titles.js';
import { SuffixTable, WordTable } from './word-table.js';
import { digitRunStarts, matchesAt, scanWords } from './scan.js';
import { firstStartingAtOrAfter } from '../text/spans.js';

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
  list?: { id: number; index: number; size: number };
}

export interface QuantityOptions {
  /** Publication date, for partial dates (they are masked either way). */
  published?: string | null;
  /** Dates already found in the same text, to avoid finding them twice. */
  dates?: DateMention[];
  /** Sentences of the text (offsets), if already known. */
  sentences?: Sentence[];
  /** Document numbers already found in the same text. */
  documentNumbers?: DocumentNumber[];
  /** Where the text's digit runs begin (scan.ts), if already known. */
  digits?: readonly number[];
}

interface Span {
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
// Plain toLowerCase: Vietnamese has no locale-specific case pairs, and the locale-aware
// version is many times slower.
const lower = (s: string) => s.toLowerCase();

// A numeric token: digits with `.`/`,` groups, tried where a digit run begins that is not
// glued to a letter before.
const NUMBER = /\d+(?:[.,]\d+)*/uy;

// Masks: what looks numeric but is not a quantity. A needle skips the pattern when absent;
// number-led patterns are tried only where a digit run begins (scan.ts).
interface MaskRule {
  pattern: RegExp;
  needle: string | null;
  numberLed: boolean;
}
const MASKS: MaskRule[] = [
  { pattern: /(?:https?:\/\/|www\.)[^\s<>"“”]+/giu, needle: null, numberLed: false }, // URLs
  { pattern: /[\w.+-]+@[\w-]+\.[\w.]+/gu, needle: '@', numberLed: false }, // e-mail addresses
  { pattern: /(?<![\d.,])(?:\+84|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d.,])/uy, needle: null, numberLed: true }, // phone numbers (`+84…`: tried at the `+`)
  { pattern: /(?<![\d.,])1[89]00[ .]?\d{4}(?![\d.,])/uy, needle: null, numberLed: true }, // hotlines
  { pattern: /\d+(?:[.,]\d+)?\s?[GKD](?![\p{L}\d])/uy, needle: null, numberLed: true }, // 5G, 4K, 3D: labels
  { pattern: /(?<![\p{L}\d.,])\d\.0(?![\d.,])/uy, needle: '.0', numberLed: true }, // 4.0: a label
];

const UNIT_TABLE = new WordTable(COUNTED_UNITS, (u) => u);
const CURRENCY_TABLE = new WordTable(CURRENCIES, (c) => c[0]);
const SCALED_CURRENCY_TABLE = new WordTable(SCALED_CURRENCIES, (c) => c[0]);
const SCALE_TABLE = new WordTable(SCALES, (s) => s[0]);
const BOUND_AFTER_TABLE = new WordTable(BOUND_QUALIFIERS_AFTER, (b) => b[0]);
const NOT_SCALE_TABLE = new WordTable(NOT_SCALE_WORDS, (w) => w);
const TIME_NOUN_TABLE = new WordTable(TIME_NOUNS, (w) => w);
/** Gold purities in karats, and the words that put a number in gold's context. */
const KARATS = new Set([8, 9, 10, 14, 16, 18, 22, 24]);
const GOLD_NEAR = /vàng|nhẫn|dây chuyền|trang sức|lắc tay|bông tai|charm/iu;
const GLUED_TABLE = new WordTable([...COUNTED_UNITS, ...CURRENCIES.map((c) => c[0]), 'tr', 'k'], (u) => u);
const BOUND_TABLE = new SuffixTable(BOUND_QUALIFIERS, (b) => b[0]);
const CHANGE_TABLE = new SuffixTable(CHANGE_WORDS, (c) => c[0]);
const CHANGE_PASSIVE_TABLE = new SuffixTable(CHANGE_WORDS, (c) => `${c[0]} được`);
const RANK_TABLE = new SuffixTable(RANK_CUES, (r) => r);
const NON_FOLLOWERS = [...NON_QUANTITY_FOLLOWERS].sort((a, b) => b.length - a.length);
const NON_FOLLOWERS_LOWER = NON_FOLLOWERS.map((w) => [w, lower(w)] as const);

/** A noun that makes the number before it no quantity (`G` only as written: `5G`). */
function startsWithNonFollower(noun: string): boolean {
  const low = lower(noun);
  if (low.length !== noun.length) return NON_FOLLOWERS.some((w) => startsWithWord(noun, w, w === 'G')) && !eventWithComplement(noun);
  for (const [word, wordLow] of NON_FOLLOWERS_LOWER) {
    if (word === 'G' ? !noun.startsWith(word) : !low.startsWith(wordLow)) continue;
    const next = noun[word.length];
    if (next === undefined || !(LETTER.test(next) || /\d/.test(next)) || !LETTER.test(word[word.length - 1]!)) return !eventWithComplement(noun);
  }
  return false;
}

/** `10 kỳ điều chỉnh`, `3 buổi tập`: an event word with what it names after it is counted. */
function eventWithComplement(noun: string): boolean {
  const firstWord = /^\p{L}+/u.exec(noun)?.[0];
  return firstWord !== undefined && EVENT_WORDS.has(firstWord.toLowerCase()) && noun.length > firstWord.length;
}
const NON_PRECEDERS = new SuffixTable(NON_QUANTITY_PRECEDERS, (w) => w);
const EVENT_WORDS = new Set(EVENT_FOLLOWERS);

/** `word` at the very start of `s`, as a whole word (case-insensitive unless `exactCase`). */
function startsWithWord(s: string, word: string, exactCase = false): boolean {
  const head = s.slice(0, word.length);
  if (exactCase ? head !== word : lower(head) !== lower(word)) return false;
  const next = s[word.length];
  return next === undefined || !(LETTER.test(next) || /\d/.test(next)) || !LETTER.test(word[word.length - 1]!);
}

/** `word` at the very end of `s`, as a whole word. */
function endsWithWord(s: string, word: string): boolean {
  if (s.length < word.length) return false;
  if (lower(s.slice(s.length - word.length)) !== lower(word)) return false;
  const prev = s[s.length - word.length - 1];
  return prev === undefined || !LETTER.test(prev);
}

/** A noun of time opening `s` that is not part of a date (`năm trước`, not `năm 2016`). */
function timeNounAt(s: string): boolean {
  const noun = longestPrefix(s, TIME_NOUN_TABLE);
  return noun !== null && !/^\s*\d/u.test(s.slice(noun.length));
}

function longestPrefix<T>(s: string, table: WordTable<T>, exactCase = false): T | null {
  return table.prefix(s, exactCase);
}

/** Spans (sorted by start, each short) that touch [start, end): binary search, then a short walk. */
function spansWithin(spans: Span[], start: number, end: number): Span[] {
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

function isMasked(masks: Span[], start: number, end: number): boolean {
  // Spans are sorted and short: look at the few that start before `end`, from a binary search.
  let i = Math.max(0, firstStartingAtOrAfter(masks, start - MAX_MASK_LENGTH));
  for (; i < masks.length; i++) {
    const m = masks[i]!;
    if (m.start >= end) break;
    if (m.end > start) return true;
  }
  return false;
}
/** Longer masks than this are checked too, only more slowly (URLs, long symbols). */
const MAX_MASK_LENGTH = 400;

export function findMasks(
  text: string,
  dates: DateMention[],
  documentNumbers: DocumentNumber[] = findDocumentNumbers(text),
  digits: readonly number[] = digitRunStarts(text),
): Span[] {
  const spans: Span[] = dates.map((d) => ({ start: d.start, end: d.end }));
  for (const { pattern, needle, numberLed } of MASKS) {
    if (needle && !text.includes(needle)) continue; // most articles have no e-mail address
    const matches = numberLed ? matchesAt(text, pattern, withPlusSigns(text, digits), 'letterOrDigit') : [...scanWords(text, pattern, 'letterOrDigit')];
    for (const m of matches) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const d of documentNumbers) spans.push({ start: d.start, end: d.end });
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** Whether the word before a document type forms a noun with it (`vốn điều lệ`). */
function nounEndingInType(low: string, type: string): boolean {
  const head = low.slice(0, low.length - type.length).trimEnd();
  const word = /\p{L}+$/u.exec(head)?.[0];
  return word !== undefined && dictionaryEntry(`${word} ${type}`) !== undefined;
}

/** Whether the text ends with a two-syllable noun ending in `số` (`dân số`, `chỉ số`, `hệ số`). */
function compoundEndingInSo(trimmed: string): boolean {
  const m = /(?:(\p{L}+)\s+)?(\p{L}+)\s+số$/iu.exec(trimmed.slice(-24));
  if (m === null || dictionaryEntry(`${m[2]} số`) === undefined) return false;
  // `địa chỉ số 44`: the syllable before `số` belongs to a word of its own.
  return m[1] === undefined || dictionaryEntry(`${m[1]} ${m[2]}`) === undefined;
}

/** `nghị quyết số` → `nghị quyết`: a trailing `số` and the spaces before it (as `/\s+số$/`, without a regex per number). */
function withoutTrailingSo(s: string): string {
  if (!s.endsWith('số')) return s;
  const head = s.slice(0, -2);
  const trimmed = head.trimEnd();
  return trimmed.length < head.length ? trimmed : s;
}

/** Digit-run starts, with the `+` before any that has one (`+84…`), in order. */
function withPlusSigns(text: string, digits: readonly number[]): readonly number[] {
  if (!text.includes('+')) return digits;
  const out: number[] = [];
  for (const at of digits) {
    if (at > 0 && text.charCodeAt(at - 1) === 43) out.push(at - 1);
    out.push(at);
  }
  return out;
}

/** `Nghị quyết số 116`, `Đề án 06`: a number right after a document type names the document. */
const DOC_TYPE_TABLE = new SuffixTable(DOCUMENT_TYPE_WORDS, (d) => d.word);

interface Token {
  start: number;
  end: number;
  literal: string;
  value: number;
}

/** Words before `hạng` that make it a rank (`xếp hạng`, `đứng hạng`, `lên hạng`), at the end of the text before a number. */
const GRADE_AS_RANK_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${RANK_VERBS_BEFORE_GRADE.join('|')})\\s+hạng\\s*$`, 'u');

/** `hạng 45 thế giới`, `hạng 3 cả nước`: the scope after the number makes `hạng` a rank. */
const RANK_SCOPE_AFTER = new RegExp(`^\\s+(?:${RANK_SCOPES_AFTER.join('|')})(?![\\p{L}])`, 'u');

/** Clause boundaries inside a sentence: `;` always; `:` opens a list. */
// Searches are bounded to the window (a slice), so a missing `;` never scans the whole text.
function clauseStart(text: string, sentenceStart: number, at: number): number {
  const floor = Math.max(sentenceStart, at - SCOPE_WINDOW);
  const i = text.slice(floor, at).lastIndexOf(';');
  return i >= 0 ? floor + i + 1 : sentenceStart;
}

function clauseEnd(text: string, sentenceEnd: number, at: number): number {
  const limit = Math.min(sentenceEnd, at + SCOPE_WINDOW);
  const i = text.slice(at, limit).indexOf(';');
  return i >= 0 ? at + i : limit;
}

/** The end of the last trigger word in `low` (already lower-cased) that `skip` does not reject, or -1. */
function nearestWord(low: string, words: readonly string[], skip?: (low: string, at: number, word: string) => boolean): number {
  let best = -1;
  for (const word of words) {
    let from = low.length;
    while (from > 0) {
      const i = low.lastIndexOf(word, from - 1);
      if (i < 0) break;
      const before = low[i - 1];
      const after = low[i + word.length];
      if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after)) && !skip?.(low, i, word)) {
        best = Math.max(best, i + word.length);
        break;
      }
      from = i;
    }
  }
  return best;
}

export function findQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const digitAt = options.digits ?? digitRunStarts(text);
  const dates = options.dates ?? findDates(text, options.published, digitAt);
  const masks = findMasks(text, dates, options.documentNumbers ?? findDocumentNumbers(text, digitAt), digitAt);
  const sentences = options.sentences ?? splitSentences(text);
  const out: Quantity[] = [];
  // Document-level gates: most sentences hold no digit and most articles no spelled-out
  // scale word, so those sentences are skipped without a regex each.
  const spelledAnchors = findSpelledAnchors(text);
  const hasSpelled = spelledAnchors.length > 0;
  let d = 0;
  for (const sentence of sentences) {
    while (d < digitAt.length && digitAt[d]! < sentence.start) d++;
    const hasDigit = d < digitAt.length && digitAt[d]! < sentence.end;
    if (!hasDigit && !hasSpelled) continue;
    const hasSpelledHere = hasSpelled && anchorsWithin(spelledAnchors, sentence.start, sentence.end);
    if (!hasDigit && !hasSpelledHere) continue;
    scanSentence(text, sentence, masks, out, { hasDigit, hasSpelled: hasSpelledHere, digits: digitAt, firstDigit: d });
  }
  return out;
}

interface SentenceGates {
  hasDigit: boolean;
  /** The text's digit runs, and the index of the first one inside this sentence. */
  digits: readonly number[];
  firstDigit: number;
  hasSpelled: boolean;
}

function scanSentence(text: string, sentence: Sentence, allMasks: Span[], out: Quantity[], gates: SentenceGates): void {
  const masks = spansWithin(allMasks, sentence.start, sentence.end);
  const consumed: Span[] = [];
  const found: Quantity[] = [];
  // The sentence lower-cased once, for the word searches around its numbers (null when
  // lower-casing changes its length: each window is then lower-cased on its own).
  const low = lower(text.slice(sentence.start, sentence.end));
  const sentenceLow = low.length === sentence.end - sentence.start ? low : null;

  // Lists first: `lần lượt là 22,10,10 và 37` — the commas separate items.
  if (gates.hasDigit && (!sentenceLow || sentenceLow.includes('lần lượt'))) {
    for (const list of findLists(text, sentence)) {
      consumed.push({ start: list.start, end: list.end });
      for (const item of list.items) found.push(item);
    }
  }

  const tokens: Token[] = [];
  const region = text.slice(sentence.start, sentence.end);
  const { digits } = gates;
  let lastEnd = 0;
  for (let k = gates.firstDigit; k < digits.length && digits[k]! < sentence.end; k++) {
    // NUMBER over the sentence alone, tried where its digit runs begin.
    const at = digits[k]! - sentence.start;
    if (at < lastEnd || (at > 0 && LETTER.test(region[at - 1]!))) continue;
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(region);
    if (!m) continue;
    lastEnd = at + m[0].length;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (isMasked(masks, start, end) || isMasked(consumed, start, end)) continue;
    const value = parseNumberLiteral(m[0]);
    if (value === null) continue;
    tokens.push({ start, end, literal: m[0], value });
  }

  let lastExcludedEnd = -1;
  let lastQuantityEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Already part of the previous quantity (`123 thuê bao/100 dân`).
    if (token.start < lastQuantityEnd) continue;
    if (
      lastExcludedEnd >= 0 &&
      /^\s*(?:,|và|hoặc|-|–|\/)\s*$/u.test(text.slice(lastExcludedEnd, token.start)) &&
      readTail(text, token.end, sentence.end).kind === null
    ) {
      // `mức độ 3, 4`, `lần thứ 2 và 3`: a list of labels stays labels (unless a unit follows).
      lastExcludedEnd = token.end;
      continue;
    }
    const q = readQuantity(text, sentence, token, tokens[i + 1] ?? null);
    if (q === 'excluded') {
      lastExcludedEnd = token.end;
      continue;
    }
    lastExcludedEnd = -1;
    if (!q) continue;
    if (q.consumedNext) i++;
    for (const x of q.quantities) found.push(x);
    for (const x of q.quantities) lastQuantityEnd = Math.max(lastQuantityEnd, x.end);
  }

  if (gates.hasSpelled) {
    const taken = [...consumed, ...found].sort((a, b) => a.start - b.start);
    for (const x of findSpelledQuantities(text, sentence, masks, taken)) found.push(x);
  }
  found.sort((a, b) => a.start - b.start);
  // The qualifier words that occur in the sentence at all, found once: most sentences hold
  // none, and each quantity then searches its window only for those.
  const words: QualifierWords = sentenceLow && found.length > 0
    ? { estimate: ESTIMATE_WORDS.filter((w) => sentenceLow.includes(w)), target: TARGET_WORDS.filter((w) => sentenceLow.includes(w)) }
    : { estimate: ESTIMATE_WORDS, target: TARGET_WORDS };
  for (const q of found) {
    applyQualifiers(text, sentenceLow, words, sentence, q);
  }
  for (const q of found) out.push(q);
}

interface ReadResult {
  quantities: Quantity[];
  consumedNext: boolean;
}

/**
 * A decimal times a scale in binary floating point leaves noise (`4,1 tỷ` → 4099999999.9999995);
 * 15 significant digits hold every figure the press writes, so the value is rounded to them.
 */
function tidy(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15));
}

function base(text: string, start: number, end: number, kind: QuantityKind, value: number): Quantity {
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
  };
}

/** What follows a number: scale, currency, percent, per-unit, counted noun. */
interface Tail {
  end: number;
  kind: QuantityKind | null;
  scale: number;
  unit: string | null;
  currency: string | null;
}

function readTail(text: string, from: number, limit: number): Tail {
  let pos = from;
  const rest = () => text.slice(pos, Math.min(limit, pos + 60));
  const skipSpace = () => {
    while (pos < limit && text[pos] === ' ') pos++;
  };
  const tail: Tail = { end: from, kind: null, scale: 1, unit: null, currency: null };

  // Percent right after, glued or spaced.
  const afterNumber = text.slice(pos, Math.min(limit, pos + 20));
  const percent = /^\s?%/u.exec(afterNumber);
  if (percent) return { ...tail, end: pos + percent[0].length, kind: 'percent', unit: '%' };
  skipSpace();
  if (/^điểm phần trăm(?!\p{L})/iu.test(rest())) return { ...tail, end: pos + 'điểm phần trăm'.length, kind: 'percent', unit: 'điểm phần trăm' };
  if (/^phần trăm(?!\p{L})/iu.test(rest())) return { ...tail, end: pos + 'phần trăm'.length, kind: 'percent', unit: '%' };

  // Scale words (may stack: `nghìn tỷ`), then a currency or a unit. Glued to the number,
  // `k` is a thousand and `tr` a million (`50k`, `5tr`), as the informal press writes them.
  const glued = pos === from ? /^(k|K|tr)(?![\p{L}\d])/u.exec(text.slice(pos, pos + 3)) : null;
  const scaleWord: [string, number] | null = glued ? [glued[1]!, glued[1] === 'tr' ? 1e6 : 1e3] : longestPrefix(rest(), SCALE_TABLE);
  const scale = scaleWord && !longestPrefix(rest(), NOT_SCALE_TABLE) ? scaleWord : null;
  if (scale) {
    tail.scale = scale[1];
    pos += scale[0].length;
    tail.end = pos;
    tail.kind = 'count';
    skipSpace();
  }
  const currency = longestPrefix(rest(), CURRENCY_TABLE, true) ?? (scale ? longestPrefix(rest(), SCALED_CURRENCY_TABLE, true) : null);
  const notMoney = currency?.[0] === 'đồng' && DONG_NOT_CURRENCY_RE.test(rest());
  if (currency && !notMoney && (currency[0] !== 'đ' || !LETTER.test(text[pos + 1] ?? ''))) {
    pos += currency[0].length;
    tail.kind = 'money';
    tail.currency = currency[1];
    tail.unit = currency[1];
    tail.end = pos;
    // Currency per unit: `300 đồng/lít`, `95,6 triệu đồng/người`.
    const per = /^\s?\/\s?(\p{L}[\p{L}\d]*(?: \p{L}+)?)/u.exec(text.slice(pos, Math.min(limit, pos + 30)));
    if (per) {
      const perUnit = firstUnitWords(per[1]!);
      tail.unit = `${text.slice(pos - currency[0].length, pos)}/${perUnit}`;
      tail.end = pos + per[0].indexOf(perUnit) + perUnit.length;
    }
    return tail;
  }
  if (scale && /^%/.test(rest())) return { ...tail, end: pos + 1, kind: 'percent', unit: '%' };
  // `chi 3.150 tỷ xây nhà`: billions with no currency and no counted unit are đồng in
  // Vietnamese news; millions are not (`96 triệu dân`), so only tỷ and above.
  // `250 triệu tiền viện phí`: millions before a money noun are đồng too (the noun is no unit).
  if (scale && scale[1] >= 1e6 && MONEY_NOUN_AFTER.test(rest())) {
    return { ...tail, kind: 'money', currency: 'VND', unit: 'VND' };
  }
  if (scale && scale[1] >= 1e9 && !longestPrefix(rest(), UNIT_TABLE) && !timeNounAt(rest())) {
    return { ...tail, kind: 'money', currency: 'VND', unit: 'VND' };
  }

  // A counted noun: from the unit table, an acronym, or the noun phrase as written.
  const noun = readNoun(text, pos, limit);
  if (noun) {
    if (startsWithNonFollower(noun.text)) {
      return scale ? tail : { ...tail, kind: null, unit: null, end: from, scale: 1 };
    }
    tail.unit = noun.text;
    tail.end = noun.end;
    tail.kind = 'count';
    // `20 m 3 nước`, `30m 2`: a page that lost its superscript writes the power apart.
    // (Not when the digit counts a unit of its own: `3 km 2 làn xe`.)
    const power = LENGTH_UNIT_SET.has(noun.text) ? DETACHED_POWER.exec(text.slice(noun.end, Math.min(limit, noun.end + 4))) : null;
    if (power && !longestPrefix(text.slice(noun.end + power[0].length).trimStart().slice(0, 30), UNIT_TABLE)) {
      tail.unit = `${noun.text}${power[1]}`;
      tail.end = noun.end + power[0].length;
      return tail;
    }
    // Rates: `123 thuê bao/100 dân`, `80,98 máy/100 dân`.
    const rate = /^\s?\/\s?(\d+(?:\.\d{3})*)\s?(\p{L}+(?: \p{L}+)?)/u.exec(text.slice(noun.end, Math.min(limit, noun.end + 40)));
    if (rate) {
      const per = firstUnitWords(rate[2]!);
      const rateEnd = noun.end + rate[0].indexOf(rate[2]!) + per.length;
      tail.unit = text.slice(pos, rateEnd).replace(/\s*\/\s*/, '/');
      tail.end = rateEnd;
      tail.kind = 'rate';
    } else {
      // `120km/h`, `6 tấn/ha`, `3 lít/người`: a measure per unit keeps its whole form; a
      // ratio of nouns (`máy tính/cán bộ`) is still a count of the first.
      const perUnit = /^\/(\p{L}[\p{L}\d]*)(?![\p{L}\d])/u.exec(text.slice(noun.end, Math.min(limit, noun.end + 16)));
      if (perUnit && PER_UNIT_WORDS.has(perUnit[1]!.toLowerCase())) {
        tail.unit = `${noun.text}/${perUnit[1]}`;
        tail.end = noun.end + perUnit[0].length;
      }
    }
  }
  return tail;
}

const PER_UNIT_WORDS = new Set(PER_UNITS);
/** Before or after `100%`, words that make it a label of a thing (see PERCENT_LABELS). */
const PERCENT_LABEL_BEFORE = new RegExp(`(?:^|\\s)(?:${PERCENT_LABELS.before.join('|')})$`, 'u');
const PERCENT_LABEL_AFTER = new RegExp(`^\\s(?:${PERCENT_LABELS.after.join('|')})(?!\\p{L})`, 'u');
const OWNED_BEFORE = new RegExp(`(?:^|\\s)(?:${PERCENT_LABELS.owned.before.join('|')})$`, 'u');
const OWNED_AFTER = new RegExp(`^\\s(?:${PERCENT_LABELS.owned.after.join('|')})(?!\\p{L})`, 'u');
/** Capitalised titles, longest first (`Phó Thủ tướng` before `Thủ tướng`). */
const TITLE_WORDS = [...new Set(TITLES.map((t) => t.title).filter((t) => /^\p{Lu}/u.test(t)))].sort((a, b) => b.length - a.length);
const TITLE_FIRST_CODES = new Set(TITLE_WORDS.map((t) => t.charCodeAt(0)));
/** `700.000`: the leading group and the groups of thousands after it. */
const THOUSANDS_GROUPS = /^(\d{1,3})((?:\.\d{3})+)$/u;
const MONEY_NOUN_AFTER = new RegExp(`^(?:${MONEY_NOUNS_AFTER.join('|')})(?![\\p{L}])`, 'u');
/** A money word in the stretch before a figure (see MONEY_WORDS_BEFORE). */
const MONEY_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONEY_WORDS_BEFORE.join('|')})(?![\\p{L}])[^.;:]*$`, 'iu');
const LENGTH_UNIT_SET = new Set(LENGTH_UNITS);
const DETACHED_POWER = /^ ?([23])(?![\d\p{L}.,/])/u;

/** The first word or two of a per-unit noun (`lít`, `người`, `dân`, `cổ phiếu`): a table unit, a noun of two syllables, else one. */
function firstUnitWords(s: string): string {
  const known = longestPrefix(s, UNIT_TABLE);
  if (known) return known;
  const [first, second] = s.split(' ');
  // (`đồng/ngày sau đó`: a unit of time stands alone.)
  if (second !== undefined && !PER_UNIT_WORDS.has(first!.toLowerCase()) && (dictionaryEntry(`${first} ${second}`)?.classes ?? '').startsWith('N')) return `${first} ${second}`;
  return first!;
}

/** The noun after a number: a table unit (longest), an acronym, or up to 3 plain words. */
function readNoun(text: string, pos: number, limit: number): { text: string; end: number } | null {
  const rest = text.slice(pos, Math.min(limit, pos + 80));
  if (!rest || !LETTER.test(rest[0]!)) return null;
  const known = longestPrefix(rest, UNIT_TABLE);
  if (known) {
    // `trạm BTS`, `xã, phường, thị trấn`: the table entry as written in the text.
    let end = pos + known.length;
    // An acronym qualifying a table noun belongs to it: `trạm BTS`.
    const acronym = /^ ([A-ZĐ]{2,6})(?![\p{L}\d])/u.exec(text.slice(end, end + 10));
    if (acronym && !known.includes(' ')) end += acronym[0].length;
    // `3 lần lượt …` (`respectively`): a table noun that opens a word of grammar is no noun.
    const word = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 12));
    if (word && !known.includes(' ') && ((dictionaryEntry(`${known.toLowerCase()} ${word[1]}`)?.tags ?? 0) & (Tag.Linking | Tag.Qualifier | Tag.Opener | Tag.Auxiliary))) return null;
    // `76 máy bay`, `3 nhà hàng`: a table noun that opens a longer dictionary noun is that noun.
    // (Not when the next syllable opens a word of its own: `5 người thương vong`.)
    const next = acronym ? undefined : /^ (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(text.slice(end, end + 20));
    if (next && !known.includes(' ') && (dictionaryEntry(`${known.toLowerCase()} ${next[1]}`)?.classes ?? '').startsWith('N') && !(next[2] && dictionaryEntry(`${next[1]} ${next[2]}`))) {
      end += next[1]!.length + 1;
    }
    return { text: text.slice(pos, end), end };
  }
  // `8 Phó Giám đốc Sở`, `2 Thẩm phán`: a title, capitalised, is a counted noun too.
  const title = TITLE_FIRST_CODES.has(rest.charCodeAt(0)) ? TITLE_WORDS.find((t) => rest.startsWith(t) && !LETTER.test(rest[t.length] ?? '')) : undefined;
  if (title) return { text: title, end: pos + title.length };
  // `Tối 3-6 vừa qua`, `Windows 10 sắp có`, `iOS 11 không …`: a word of grammar or time right
  // after the number (by the lexicon, read as one word with the syllable after it when it makes
  // one) counts nothing. (A verb may: `7 nghi phạm`, `2 tùy chọn`, `15 báo cáo`.)
  if (!countsSomething(rest)) return null;
  const words: string[] = [];
  const re = /(\p{L}[\p{L}&-]*)(\s?)/uy;
  let at = 0;
  while (words.length < 3) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) break;
    const word = m[1]!;
    if (NOUN_PHRASE_STOPWORDS.has(lower(word)) && !(words.length > 0 && NOUN_COMPOUNDS_WITH_STOPWORD.has(lower(`${words[words.length - 1]} ${word}`)))) {
      if (words.length > 0) break;
      return null;
    }
    // `2 bên cần phải đảm bảo`, `nạn nhân chưa …`: after the noun's first word, a word of grammar
    // (an auxiliary, a linking or reporting verb, a preposition …) the lexicon knows ends it,
    // unless it joins the word before or after into a dictionary word (`nhà ở`, `hãng hàng không`).
    if (words.length > 0 && endsCountedNoun(words[words.length - 1]!, word, rest, re.lastIndex)) break;
    // Upper case: an acronym (`UBND`) opens a noun phrase; a capitalised word (a name) does not.
    if (/^\p{Lu}/u.test(word) && words.length === 0 && !/^[\p{Lu}&-]{2,}$/u.test(word) && !/^(Sở|Phòng|Trường|Bệnh viện)$/u.test(word)) {
      return null;
    }
    if (words.length > 0 && /^\p{Lu}/u.test(word) && !/^[\p{Lu}&-]{2,}$/u.test(word)) break;
    words.push(word);
    at = re.lastIndex;
    if (!m[2]) break;
  }
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  return { text: phrase, end: pos + phrase.length };
}

/** Whether the word opening `rest` may be a counted noun: not a word of grammar or time. */
function countsSomething(rest: string): boolean {
  const m = /^(\p{Ll}+)(?: (\p{Ll}+))?/u.exec(rest);
  if (!m) return true;
  const entry = (m[2] ? dictionaryEntry(`${m[1]} ${m[2]}`) : undefined) ?? dictionaryEntry(m[1]!);
  if (!entry) return true;
  if (entry.tags & (Tag.Noun | Tag.Adjective)) return true;
  return !(entry.tags & (Tag.Time | Tag.Auxiliary | Tag.Linking | Tag.Opener));
}

/** Whether `before` ends in one capital letter and a dot (`U.`, `Q.`), by code: no regex scan per number. */
function capitalAndDotBefore(before: string): boolean {
  const n = before.length;
  if (n < 2 || before.charCodeAt(n - 1) !== 46) return false;
  const c = before.charAt(n - 2);
  if (c === c.toLowerCase()) return false;
  return n === 2 || !LETTER.test(before.charAt(n - 3));
}

/** Tags of grammar words that end a counted noun read after a number. */
const NOUN_ENDING_TAGS = Tag.Auxiliary | Tag.Linking | Tag.Qualifier | Tag.Preposition | Tag.Owner | Tag.Reporting | Tag.Opener | Tag.Anaphor | Tag.Pronoun | Tag.Change;

/** Whether `word`, after `previous` in a counted noun, is a grammar word that ends it (see readNoun). */
function endsCountedNoun(previous: string, word: string, rest: string, after: number): boolean {
  const entry = dictionaryEntry(word);
  if (!entry || !(entry.tags & NOUN_ENDING_TAGS) || entry.tags & (Tag.Noun | Tag.Adjective)) return false;
  if (dictionaryEntry(`${previous} ${word}`)) return false;
  const next = /^\p{L}+/u.exec(rest.slice(after))?.[0];
  return !(next && (dictionaryEntry(`${word} ${next}`)?.tags ?? 0) & (Tag.Noun | Tag.Verb | Tag.Adjective));
}

function readQuantity(text: string, sentence: Sentence, token: Token, next: Token | null): ReadResult | 'excluded' | null {
  const before = text.slice(Math.max(sentence.start, token.start - 40), token.start);
  const limit = sentence.end;
  const trimmedBefore = before.trimEnd();
  const lowBefore = trimmedBefore.toLowerCase();
  const rankCue = RANK_TABLE.suffixOfLower(lowBefore);

  // `Nghị quyết số 116`: a document's number; but `vốn điều lệ 4.500 tỷ đồng` is capital, a
  // noun the dictionary knows ending in a type's words.
  const docBefore = withoutTrailingSo(lowBefore);
  const docType = DOC_TYPE_TABLE.suffixOfLower(docBefore);
  if (docType && !nounEndingInType(docBefore, docType.word.toLowerCase())) return 'excluded';
  // The second half of `158/2013` or `12-5`: read with the first number, never alone.
  if (/\d[/-]$/u.test(before)) return 'excluded';
  // Labels and ordinals: `mức độ 3`, `lần thứ 2`, `khóa XIV`, `Quốc lộ 1`, `top 10`.
  if (!rankCue || rankCue === 'top') {
    const trimmed = trimmedBefore;
    if (NON_PRECEDERS.suffixOfLower(lowBefore)) return 'excluded';
    // A house or list number (`tại số 12 phố …`), but `tổng số 635 xã` is a count.
    // A compound the dictionary knows (`dân số 96 triệu`, `chỉ số 68`, `con số 5.000`) is no such `số`.
    if (endsWithWord(trimmed, 'số') && !/(?:tổng|với|trong)\s+số$/iu.test(trimmed) && !compoundEndingInSo(trimmed)) return 'excluded';
    if (rankCue === 'top') return 'excluded';
  }
  // `BV hạng 1`, `tàu cá hạng 4`: after a noun, `hạng` gives a grade, a label; a rank needs
  // its verb (`xếp hạng 3`, `đứng hạng 2`, `tụt 3 hạng`).
  if (rankCue === 'hạng' && !GRADE_AS_RANK_BEFORE.test(lowBefore) && !RANK_SCOPE_AFTER.test(text.slice(token.end, token.end + 16))) return 'excluded';
  // `F-35`, `Su-30`, `A-4`: a model designation; `U.20`, `Q.1`: an age group, a district.
  if (/\p{L}[-–]$/u.test(before) || capitalAndDotBefore(before)) return 'excluded';
  // Model names and labels: `Type 5`, `Honda Monkey 2017 bản`, `Galaxy S8` — a number right
  // after a capitalised word inside a sentence names something (a sentence-initial word such as
  // `Có` or `Khoảng` does not).
  if (!rankCue && before.length > 1 && before[before.length - 1] === ' ') {
    const wordStart = before.lastIndexOf(' ', before.length - 2) + 1;
    const word = before.slice(wordStart, before.length - 1);
    // (Or at the start of a clause: after a colon, a bracket or a quote, `Trong đó: Có 18 CCN`.)
    const wordAt = token.start - (before.length - wordStart);
    const atSentenceStart = wordAt <= sentence.start || /[:(“"]\s*$/u.test(text.slice(Math.max(sentence.start, wordAt - 3), wordAt));
    // (Not when a scale, a currency or a percent follows: `của Monaco 45 triệu euro`.)
    if (!atSentenceStart && /^\p{Lu}[\p{L}\d-]*$/u.test(word)) {
      const tail = readTail(text, token.end, limit);
      if (!(tail.kind === 'money' || tail.kind === 'percent' || tail.scale > 1)) return 'excluded';
    }
  }
  // `mới 100%` (brand new), `doanh nghiệp 100% vốn nhà nước` (wholly state-owned): labels of a thing.
  if (token.value === 100 && text.startsWith('%', token.end)) {
    const after = text.slice(token.end + 1, token.end + 8);
    if (PERCENT_LABEL_BEFORE.test(lowBefore) || PERCENT_LABEL_AFTER.test(after) || (OWNED_BEFORE.test(lowBefore) && OWNED_AFTER.test(after))) return 'excluded';
  }
  // Gold purity: `vàng 24k`, `nhẫn 18K` are labels, not thousands.
  if (/^[kK](?![\p{L}\d])/u.test(text.slice(token.end, token.end + 2)) && KARATS.has(token.value) && GOLD_NEAR.test(text.slice(Math.max(0, token.start - 30), token.end + 30))) return 'excluded';
  // Glued letters: `100ha` is fine, `H5N1`, `3G` are labels.
  if (LETTER.test(text[token.end] ?? '')) {
    const glued = longestPrefix(text.slice(token.end, token.end + 6), GLUED_TABLE);
    if (!glued) return 'excluded';
  }

  // Negative values: `-3,1%`, `(-3,1%)`, `âm 3%`.
  let start = token.start;
  let sign = 1;
  // A minus sign only after a space, a bracket or nothing: not in `F-35`, `10%-20%`, `2-3`;
  // and not after a figure (`12m -13m`): there the dash joins a range.
  if (/(?:^|[\s(])[-−]$/u.test(before) && !/\d\s?\p{L}{0,4}\s[-−]$/u.test(before)) {
    sign = -1;
    start = token.start - 1;
  } else if (/(?<!\p{L})âm\s$/iu.test(before)) sign = -1;

  // `8 trong số 10`, `3 trên 5 huyện`, `4 dự án trong số 8 dự án luật`: a fraction written in words.
  const after48 = text.slice(token.end, token.end + 48);
  const inWords = /^\s+(?:trong số|trên tổng số|trên)\s+(\d+(?:\.\d{3})*)(?![\d\p{L}]|[.,]\d)/u.exec(after48.slice(0, 24)) ??
    (after48.includes(' số ') ? /^\s+(?:\p{Ll}+\s){1,3}(?:trong số|trong tổng số|trên tổng số)\s+(\d+(?:\.\d{3})*)(?![\d\p{L}]|[.,]\d)/u.exec(after48) : null);
  if (inWords) {
    const total = parseNumberLiteral(inWords[1]!);
    if (total !== null && total > 0 && token.value <= total) {
      const end = token.end + inWords[0].length;
      const q = base(text, start, end, 'fraction', token.value);
      q.total = total;
      q.unit = readNoun(text, skipSpaces(text, end, limit), limit)?.text ?? null;
      return { quantities: [q], consumedNext: next !== null && next.start < end };
    }
  }

  // a/b: a rank (`xếp thứ 19/63`) or a fraction (`427/635 xã`).
  const slash = /^\s?\/\s?(\d+(?:\.\d{3})*)(?![\d\p{L}]|[.,]\d)/u.exec(text.slice(token.end, token.end + 16));
  if (slash) {
    const total = parseNumberLiteral(slash[1]!);
    if (total === null || total === 0) return null;
    const end = token.end + slash[0].length;
    const consumedNext = next !== null && next.start < end;
    if (rankCue) {
      const q = base(text, start, end, 'rank', token.value);
      q.total = total;
      return { quantities: [q], consumedNext };
    }
    if (token.value > total) return { quantities: [], consumedNext };
    const noun = readNoun(text, skipSpaces(text, end, limit), limit);
    if (!noun && total <= 12 && token.value <= 31) return { quantities: [], consumedNext };
    const q = base(text, start, end, 'fraction', token.value);
    q.total = total;
    q.unit = noun?.text ?? null;
    return { quantities: [q], consumedNext };
  }

  // Ranges: `34-35%`, `5 - 7 triệu`, `từ 2.300 tỷ đồng đến dưới 5.000 tỷ đồng`.
  if (next) {
    const between = text.slice(token.end, next.start);
    const dash = /^\s?%?\s?[-–]\s?$/u.test(between);
    // The short `từ ` test first: `between` can be long.
    const fromTo = /(?<!\p{L})từ\s$/iu.test(before.slice(-4)) && /^\s*(?:\p{L}+\s*){0,3}?\s*(?:đến|tới|lên|xuống)\s+(?:(?:dưới|trên|gần|hơn|khoảng)\s+)?$/u.test(between);
    // `5 hoặc 7 thành viên`: alternatives share the unit as a range's bounds do (no range, though).
    const alternative = !dash && !fromTo && /^\s+hoặc\s+$/u.test(between);
    if (dash || fromTo || alternative) {
      const upperTail = readTail(text, next.end, limit);
      const lowerTail = readTail(text, token.end, next.start);
      if (upperTail.kind) {
        const lowerOwn = lowerTail.kind !== null && lowerTail.end > token.end;
        const lowerEnd = lowerOwn ? lowerTail.end : token.end;
        // `từ 6 triệu lên gần 6,7 triệu đồng`: a lower bound with its own scale but no currency
        // or unit takes the upper one's.
        const lowerUnit = !lowerOwn ? upperTail : lowerTail.unit === null && upperTail.unit !== null ? { ...upperTail, scale: lowerTail.scale } : lowerTail;
        // `600-700.000 đồng`: a short lower bound shares the upper one's thousands.
        const groups = !lowerOwn && dash ? THOUSANDS_GROUPS.exec(next.literal) : null;
        const shared = groups && /^\d{1,3}$/u.test(token.literal) && token.value <= Number(groups[1]) ? 1000 ** (groups[2]!.length / 4) : 1;
        const lowerQ = base(text, start, lowerEnd, lowerUnit.kind!, sign * token.value * shared * lowerUnit.scale);
        lowerQ.unit = lowerUnit.unit;
        lowerQ.currency = lowerUnit.currency;
        lowerQ.range = 'lower';
        const upperQ = base(text, next.start, upperTail.end, upperTail.kind, next.value * upperTail.scale);
        upperQ.unit = upperTail.unit;
        upperQ.currency = upperTail.currency;
        upperQ.range = 'upper';
        return { quantities: [lowerQ, upperQ], consumedNext: true };
      }
    }
  }

  const tail = readTail(text, token.end, limit);
  // `hóa đơn nhỏ hơn 20 triệu`: millions with nothing after them, after a money word, are đồng.
  if (tail.kind === 'count' && tail.unit === null && tail.scale >= 1e6 && MONEY_WORD_BEFORE.test(before)) {
    tail.kind = 'money';
    tail.currency = 'VND';
    tail.unit = 'VND';
  }
  const value = sign * token.value * tail.scale;
  if (rankCue && (tail.kind === null || tail.kind === 'count') && !/^\s*(?:bậc|lần)/u.test(text.slice(token.end, token.end + 8))) {
    // `xếp 14 cả nước`, `đứng thứ 3 toàn quốc`: the rank is the number alone.
    return { quantities: [base(text, start, token.end, 'rank', token.value)], consumedNext: false };
  }
  if (tail.kind === null) {
    // Index values: `với giá trị 0,4843`, `chỉ số PCI đạt 68,75`.
    if (/(?:giá trị|chỉ số|hệ số|điểm số|số điểm|điểm)(?:\s+\p{L}+){0,3}\s*(?:đạt|là|:)?\s*$/iu.test(before) && /,/.test(token.literal)) {
      return { quantities: [base(text, start, token.end, 'score', value)], consumedNext: false };
    }
    return null;
  }
  // `1 KSA 2,190 …`, `8 STB 13,450`: a row number, a ticker and a price — a table row, no count.
  if (tail.kind === 'count' && tail.unit && isAcronym(tail.unit) && /^ \d/u.test(text.slice(tail.end, tail.end + 2))) {
    return 'excluded';
  }
  // `Táo quân 2017 tuyên bố`, `kỳ thi THPT quốc gia 2017 tổ chức`, `1989 M3`: a year-shaped number
  // before a word that is no counted unit, with no bound word before it, is the year of something.
  if (
    tail.kind === 'count' && tail.scale === 1 && YEAR_SHAPED.test(token.literal) &&
    !longestPrefix(text.slice(skipSpaces(text, token.end, limit), limit), UNIT_TABLE) && !BOUND_TABLE.suffix(trimmedBefore)
  ) {
    return 'excluded';
  }
  const q = base(text, start, tail.end, tail.kind, value);
  q.unit = tail.unit;
  q.currency = tail.currency;
  // `đạt 68,75 điểm`: a score; `125 điểm thi`: exam sites, counted (`9,5 điểm thi`: a score).
  if (tail.kind === 'count' && tail.unit && /^điểm$/iu.test(tail.unit) && !(Number.isInteger(value) && pointIsPlace(text, tail.end, limit))) q.kind = 'score';
  if (/(?<!\p{L})gấp\s*$/iu.test(before) && /^lần/u.test(tail.unit ?? '')) q.unit = 'lần';
  return { quantities: [q], consumedNext: false };
}

const YEAR_SHAPED = /^(?:19|20)\d{2}$/u;

/** Whether the word after `điểm` makes it a place (`điểm thi`, `điểm giữ xe`), see POINT_PLACE_WORDS. */
function pointIsPlace(text: string, at: number, limit: number): boolean {
  const next = /^ (\p{Ll}+)/u.exec(text.slice(at, Math.min(limit, at + 16)));
  return next !== null && POINT_PLACE_WORDS.has(next[1]!);
}

function skipSpaces(text: string, pos: number, limit: number): number {
  while (pos < limit && text[pos] === ' ') pos++;
  return pos;
}

// `lần lượt là 22,10,10 và 37`, `lần lượt đạt 79,9%, 24% và 48,7%`
const LIST = /lần lượt(?:\s+(?:là|đạt|chiếm|có|với|bằng|ở|xếp thứ|xếp|đứng thứ|tăng|giảm))?\s*:?\s*/giu;
const LIST_ITEM = /^(\d+(?:\.\d{3})*(?:,\d+)?%?|\d+)/u;

interface FoundList {
  start: number;
  end: number;
  items: Quantity[];
}

function findLists(text: string, sentence: Sentence): FoundList[] {
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
const SPELLED_ANCHOR = /(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn|bậc|phần trăm)(?!\p{L})/gu;

/** Offsets of scale words preceded by a spelled-out number word (`hai mươi lăm nghìn`, `một bậc`). */
function findSpelledAnchors(text: string): number[] {
  const out: number[] = [];
  SPACED_SPELLED_ANCHOR.lastIndex = 0;
  for (let m = SPACED_SPELLED_ANCHOR.exec(text); m; m = SPACED_SPELLED_ANCHOR.exec(text)) {
    const at = m.index + 1;
    const before = /(\p{L}+) $/u.exec(text.slice(Math.max(0, at - 8), at));
    if (before && NUMBER_WORDS.has(lower(before[1]!))) out.push(at);
  }
  return out;
}
/** The same with its space: a literal first character lets the scan skip faster (half the time). */
const SPACED_SPELLED_ANCHOR = new RegExp(` ${SPELLED_ANCHOR.source}`, 'gu');

function anchorsWithin(anchors: number[], start: number, end: number): boolean {
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

function findSpelledQuantities(text: string, sentence: Sentence, masks: Span[], taken: Span[]): Quantity[] {
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
      const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(sentence.start, pos - 12), pos));
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

const DONG_NOT_CURRENCY_RE = new RegExp(`^đồng\\s(?:${DONG_NOT_CURRENCY.join('|')})(?!\\p{L})`, 'iu');

/** How far back (characters) an estimate or target word can govern a number. */
const SCOPE_WINDOW = 500;

/** Qualifier, change and baseline from the words around a quantity. */
interface QualifierWords {
  estimate: readonly string[];
  target: readonly string[];
}

function applyQualifiers(text: string, sentenceLow: string | null, words: QualifierWords, sentence: Sentence, q: Quantity): void {
  const clauseFrom = clauseStart(text, sentence.start, q.start);
  const before = text.slice(Math.max(clauseFrom, q.start - 30), q.start).trimEnd();

  // Bound words right before the number (`trên 1.100`, `gần 1.100`, `khoảng 2.230.000`).
  let bound: Qualifier | null = null;
  let beforeBound = before;
  let boundEntry = BOUND_TABLE.suffix(before) ?? undefined;
  // `lương tối thiểu 4.680.000 đồng` names the minimum wage; `đạt tối thiểu 6%` bounds a figure.
  if (boundEntry && /^tối (?:thiểu|đa)$/u.test(boundEntry[0]) && /\p{L}+\s+tối (?:thiểu|đa)$/iu.test(before) && !/(?:là|đạt|ở mức|có|được|cần|phải|với|mức)\s+tối (?:thiểu|đa)$/iu.test(before)) {
    boundEntry = undefined;
  }
  // `hơn` after an adjective: a comparison (see GREATER_ADJECTIVES).
  let comparedBound: Qualifier | null = null;
  if (boundEntry && boundEntry[0] === 'hơn') {
    const head = before.slice(0, before.length - 3).trimEnd();
    const adjective = lastWord(head);
    if (GREATER_ADJECTIVES.has(adjective) || LESSER_ADJECTIVES.has(adjective)) {
      const comparesDifference = q.kind === 'percent' || q.unit === 'lần' || opensWithBaseline(text.slice(q.end, q.end + 16));
      const negated = lastWord(head.slice(0, head.length - adjective.length)) === 'không';
      if (comparesDifference) boundEntry = undefined;
      else if (LESSER_ADJECTIVES.has(adjective) !== negated) comparedBound = 'less_than';
    }
  }
  if (boundEntry && !(boundEntry[0] === 'độ' && /\p{L}\s+độ$/iu.test(before) && !/(?:khoảng|chừng|vào)\s+độ$/iu.test(before))) {
    bound = comparedBound ?? boundEntry[1];
    beforeBound = before.slice(0, before.length - boundEntry[0].length).trimEnd();
  }

  // Change words before the number (after any bound word): `tăng 2,2%`, `giảm hơn 5%`.
  const change = CHANGE_TABLE.suffix(beforeBound) ?? CHANGE_PASSIVE_TABLE.suffix(beforeBound);
  if (change) q.change = change[1];

  // Estimate in the clause, target in the sentence: they beat bound words.
  // Windows are capped so a pathological one-sentence megabyte stays linear.
  const clauseWindow = Math.max(clauseFrom, q.start - SCOPE_WINDOW);
  const sentenceWindow = Math.max(sentence.start, q.start - SCOPE_WINDOW);
  const lowOf = (from: number) => (sentenceLow ? sentenceLow.slice(from - sentence.start, q.start - sentence.start) : lower(text.slice(from, q.start)));
  const estimateAt = words.estimate.length > 0 ? nearestWord(lowOf(clauseWindow), words.estimate) : -1;
  const targetAt = words.target.length > 0 ? nearestWord(lowOf(sentenceWindow), words.target, notATarget) : -1;
  const estimatePos = estimateAt >= 0 ? clauseWindow + estimateAt : -1;
  const targetPos = targetAt >= 0 ? sentenceWindow + targetAt : -1;
  if (estimatePos >= 0 || targetPos >= 0) q.qualifier = estimatePos > targetPos ? 'estimate' : 'target';
  else if (bound) q.qualifier = bound;
  else {
    const after = BOUND_AFTER_TABLE.prefix(text.slice(skipSpaces(text, q.end, sentence.end), sentence.end));
    if (after) q.qualifier = after[1];
  }

  // Baseline: `so với năm 2018`, `so với cùng kỳ`, `kế hoạch được giao`, up to the next comma.
  const clauseTo = clauseEnd(text, sentence.end, q.end);
  let after = text.slice(q.end, clauseTo);
  const comma = after.search(/[,(]/u);
  if (comma >= 0) after = after.slice(0, comma);
  const baseline = readBaseline(after);
  if (baseline) q.baseline = baseline;
}

/**
 * A target word that sets no target: the base of a share (`đạt 51,7% dự toán`) or a noun's
 * modifier (`khách hàng mục tiêu`, target customers).
 */
function notATarget(low: string, at: number, word: string): boolean {
  if (/\d\s*%?\s*$/u.test(low.slice(Math.max(0, at - 8), at))) return true;
  const through = low.slice(Math.max(0, at - 24), at + word.length);
  return NOT_TARGET_PHRASES.some((p) => through.endsWith(p) && !LETTER.test(through[through.length - p.length - 1] ?? ''));
}

/** The last word of `s`, lower-cased. */
function lastWord(s: string): string {
  const m = /(\p{L}+)\s*$/u.exec(s);
  return m ? lower(m[1]!) : '';
}

const BASELINE_OPENING = new RegExp(`^\\s*(?:${BASELINE_OPENERS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`, 'iu');

/** Whether `s` opens with a comparison to a baseline (`so với năm 2018`, `so cùng kỳ`). */
export function opensWithBaseline(s: string): boolean {
  return BASELINE_OPENING.test(s);
}

function readBaseline(after: string): string | null {
  // `so với năm 2018`, and the short `so cùng kỳ`.
  const so = /(?<!\p{L})so\s+(?:với\s+(.+)|(cùng\s+kỳ.*))$/iu.exec(after);
  if (so) {
    const target = (so[1] ?? so[2]!).trim();
    const sameTime = /^cùng\s+kỳ/iu.exec(target);
    if (sameTime) return 'cùng kỳ';
    const year = /^(?:năm\s+|cuối\s+năm\s+)?((?:19|20)\d{2})(?!\d)/iu.exec(target);
    if (year) return year[1]!;
    const phrase = target.replace(/[.;:!?…]+$/u, '').split(/\s+/).slice(0, 6).join(' ');
    return phrase || null;
  }
  const plan = /^\s*(kế hoạch(?:\s+(?:được giao|năm(?:\s+(?:19|20)\d{2})?|đề ra|đặt ra|tỉnh giao|năm nay))?)(?!\p{L})/iu.exec(after);
  if (plan) return plan[1]!;
  return null;
}
