// Quantities in Vietnamese text: every number that measures something, with its kind,
// value in base units, unit, qualifier, change and baseline. Parsers are small steps over
// one numeric token at a time; what is not a quantity (dates, times, document numbers,
// labels, phone numbers, URLs) is masked first. Pure: text in, quantities out. What follows
// a number is read in quantity-tail.ts, lists and spelled numbers in quantity-lists.ts,
// qualifiers in quantity-qualifiers.ts, the shared parts in quantity-parts.ts.
import { findDates, type DateMention } from './dates.js';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers.js';
import { parseNumberLiteral } from './numbers.js';
import { splitSentences, type Sentence } from '../text/segment.js';
import { byStart } from '../text/spans.js';
import { isAcronym } from '../text/organization-phrase.js';
import { dictionaryEntry } from '../text/words.js';
import {
  COUNTED_UNITS,
  MEASUREMENT_UNITS,
  CURRENCIES,
  MONEY_WORDS_BEFORE,
  ESTIMATE_WORDS,
  NON_QUANTITY_PRECEDERS,
  PERCENT_LABELS,
  POINT_PLACE_WORDS,
  RANK_CUES,
  RANK_VERBS_BEFORE_GRADE,
  RANK_SCOPES_AFTER,
  TARGET_OPENERS,
  PLAN_SUBJECTS,
  TARGET_WORDS,
  SCALES,
} from '../vocab/quantities.js';
import { DOCUMENT_TYPE_WORDS } from '../vocab/document-types.js';
import { SuffixTable, WordTable } from './word-table.js';
import { digitRunStarts, matchesAt, scanWords } from './scan.js';
import { type Quantity, type Span, lower, endsWithWord, longestPrefix, spansWithin, isMasked, base, skipSpaces } from './quantity-parts.js';
import { SCALE_TABLE, UNIT_TABLE, readTail, readNoun, tailOf, type Tail } from './quantity-tail.js';
import { findLists, findSpelledAnchors, anchorsWithin, findSpelledQuantities, markUnitLists, sizeSides } from './quantity-lists.js';
import { BOUND_TABLE, type QualifierWords, applyQualifiers } from './quantity-qualifiers.js';
import { hasLetter, lettered, letterPattern, NEXT_LOWER_CASE_WORD } from '../text/letters.js';

export type { Quantity, QuantityKind, Qualifier } from './quantity-parts.js';

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
  { pattern: lettered(/\d+(?:[.,]\d+)?\s?[GKD](?![\p{L}\d])/uy), needle: null, numberLed: true }, // 5G, 4K, 3D: labels
  { pattern: lettered(/(?<![\p{L}\d.,])\d\.0(?![\d.,])/uy), needle: '.0', numberLed: true }, // 4.0: a label
  // Vehicle plates, the series then the number, apart or joined (`61A – 220.72`, `60H4 - 7071`,
  // `19A 088.10`); four digits that read as a year are left to the date rules.
  { pattern: /\d{2}[A-ZĐ]{1,2}\d{0,2}(?:\s?[-–.]\s?|\s)(?!(?:19|20)\d\d(?![\d.,]))\d{3}[.,]?\d{1,2}(?![\d.,])/uy, needle: null, numberLed: true },
];

/** Gold purities in karats, and the words that put a number in gold's context. */
const KARATS = new Set([8, 9, 10, 14, 16, 18, 22, 24]);
const GOLD_NEAR = /vàng|nhẫn|dây chuyền|trang sức|lắc tay|bông tai|charm/iu;
const MEASURE_UNIT_SET = new Set(MEASUREMENT_UNITS);
/** A range's dash and upper bound right after a number (`-24`, ` – 24,5`). */
const RANGE_UPPER = /^\s?[-–]\s?\d[\d.,]*/u;
const GLUED_TABLE = new WordTable([...COUNTED_UNITS, ...CURRENCIES.map((c) => c[0]), 'tr', 'k'], (u) => u);
const RANK_TABLE = new SuffixTable(RANK_CUES, (r) => r);
const NON_PRECEDERS = new SuffixTable(NON_QUANTITY_PRECEDERS, (w) => w);

export function findMasks(
  text: string,
  dates: DateMention[],
  documentNumbers: DocumentNumber[] = findDocumentNumbers(text),
  digits: readonly number[] = digitRunStarts(text),
): Span[] {
  const spans: Span[] = [];
  for (const d of dates) spans.push({ start: d.start, end: d.end });
  for (const rule of MASKS) {
    if (rule.needle !== null && !text.includes(rule.needle)) continue; // most articles have no e-mail address
    if (rule.numberLed) {
      for (const m of matchesAt(text, rule.pattern, withPlusSigns(text, digits), 'letterOrDigit')) spans.push({ start: m.index, end: m.index + m[0].length });
    } else {
      for (const m of scanWords(text, rule.pattern, 'letterOrDigit')) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const d of documentNumbers) spans.push({ start: d.start, end: d.end });
  spans.sort(byStart);
  return spans;
}

const LAST_WORD = lettered(/\p{L}+$/u);
/** Whether the word before a document type forms a noun with it (`vốn điều lệ`). */
function nounEndingInType(low: string, type: string): boolean {
  const head = low.slice(0, low.length - type.length).trimEnd();
  const word = LAST_WORD.exec(head)?.[0];
  return word !== undefined && dictionaryEntry(`${word} ${type}`) !== undefined;
}

/** A counted noun or a scale right after the number ending at `end` (one space between). */
function countedAfter(text: string, end: number, limit: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const after = text.slice(end + 1, Math.min(limit, end + 32));
  // (A capital opens a name: `phương án 1 Bộ LĐ-TB&XH đề xuất`.)
  if (after.charAt(0) === after.charAt(0).toUpperCase()) return false;
  return longestPrefix(after, UNIT_TABLE) !== null || longestPrefix(after, SCALE_TABLE) !== null;
}

const WORD_BEFORE_LAST = lettered(/(\p{L}+)\s+\p{L}+$/u);
/** Whether a label word ends a verb of two syllables the dictionary knows (`triệu tập 30 người`: to summon, not `tập 30`, an episode). */
function verbEndingIn(low: string, label: string): boolean {
  if (label.includes(' ')) return false;
  const word = WORD_BEFORE_LAST.exec(low.slice(-24))?.[1];
  return word !== undefined && (dictionaryEntry(`${word} ${label}`)?.classes ?? '').startsWith('V');
}

const WORDS_BEFORE_NUMBER_WORD = lettered(/(?:(\p{L}+)\s+)?(\p{L}+)\s+số$/iu);
/** Whether the text ends with a two-syllable noun ending in `số` (`dân số`, `chỉ số`, `hệ số`). */
function compoundEndingInSo(trimmed: string): boolean {
  const m = WORDS_BEFORE_NUMBER_WORD.exec(trimmed.slice(-24));
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
const GRADE_AS_RANK_BEFORE = letterPattern(`(?:^|[^\\p{L}])(?:${RANK_VERBS_BEFORE_GRADE.join('|')})\\s+hạng\\s*$`, 'u');

/** `hạng 45 thế giới`, `hạng 3 cả nước`: the scope after the number makes `hạng` a rank. */
const RANK_SCOPE_AFTER = letterPattern(`^\\s+(?:${RANK_SCOPES_AFTER.join('|')})(?![\\p{L}])`, 'u');

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
    if (at < lastEnd) continue;
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(region);
    if (!m) continue;
    lastEnd = at + m[0].length;
    // A number glued to a letter is a code's, its decimals included: `2x2.5`, `2x2,5` hold no `5`.
    if (at > 0 && hasLetter(region[at - 1]!)) continue;
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
    const size = sizeSides(text, tokens, i, sentence.end);
    if (size) {
      for (const x of size.sides) found.push(x);
      lastQuantityEnd = Math.max(lastQuantityEnd, size.sides[size.sides.length - 1]!.end);
      lastExcludedEnd = -1;
      i = size.last;
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
    const taken = [...consumed, ...found].sort(byStart);
    for (const x of findSpelledQuantities(text, sentence, masks, taken)) found.push(x);
  }
  found.sort(byStart);
  if (gates.hasDigit && (!sentenceLow || sentenceLow.includes('lần lượt'))) markUnitLists(text, sentence, found);
  // The qualifier words that occur in the sentence at all, found once: most sentences hold
  // none, and each quantity then searches its window only for those.
  const words: QualifierWords = sentenceLow && found.length > 0
    ? { estimate: ESTIMATE_WORDS.filter((w) => sentenceLow.includes(w)), target: [...TARGET_WORDS.filter((w) => sentenceLow.includes(w)), ...TARGET_OPENERS.filter((w) => sentenceLow.startsWith(w)), ...planAsSubject(sentenceLow)] }
    : { estimate: ESTIMATE_WORDS, target: TARGET_WORDS };
  for (const q of found) {
    applyQualifiers(text, sentenceLow, words, sentence, q);
  }
  // `khoảng 6%-11%`: `about` before a range's lower bound is about both bounds.
  for (let k = 0; k + 1 < found.length; k++) {
    const lowerBound = found[k]!;
    const upperBound = found[k + 1]!;
    if (lowerBound.range === 'lower' && upperBound.range === 'upper' && lowerBound.qualifier === 'about' && upperBound.qualifier === 'exact') upperBound.qualifier = 'about';
  }
  for (const q of found) out.push(q);
}

/**
 * `Kế hoạch của TP giai đoạn 2016 - 2020 là cần đầu tư thêm 39 dự án …`: a plan that opens the
 * sentence as its subject, linked by `là`, makes the figures the plan's (not `Kế hoạch … bao gồm
 * hệ thống cảnh báo 4 màu`, which says what the plan holds).
 */
function planAsSubject(sentenceLow: string): string[] {
  const plan = PLAN_SUBJECTS.find((w) => sentenceLow.startsWith(w) && !hasLetter(sentenceLow.charAt(w.length)));
  return plan !== undefined && sentenceLow.includes(' là ') ? [plan] : [];
}

interface ReadResult {
  quantities: Quantity[];
  consumedNext: boolean;
}

/** Before or after `100%`, words that make it a label of a thing (see PERCENT_LABELS). */
const PERCENT_LABEL_BEFORE = letterPattern(`(?:^|\\s)(?:${PERCENT_LABELS.before.join('|')})$`, 'u');
const PERCENT_LABEL_AFTER = letterPattern(`^\\s(?:${PERCENT_LABELS.after.join('|')})(?!\\p{L})`, 'u');
const OWNED_BEFORE = letterPattern(`(?:^|\\s)(?:${PERCENT_LABELS.owned.before.join('|')})$`, 'u');
const OWNED_AFTER = letterPattern(`^\\s(?:${PERCENT_LABELS.owned.after.join('|')})(?!\\p{L})`, 'u');

/** `700.000`: the leading group and the groups of thousands after it. */
const THOUSANDS_GROUPS = /^(\d{1,3})((?:\.\d{3})+)$/u;

/** A money word in the stretch before a figure (see MONEY_WORDS_BEFORE). */
const MONEY_WORD_BEFORE = letterPattern(`(?:^|[^\\p{L}])(?:${MONEY_WORDS_BEFORE.join('|')})(?![\\p{L}])[^.;:]*$`, 'iu');

/** Whether `before` ends in one capital letter and a dot (`U.`, `Q.`), by code: no regex scan per number. */
function capitalAndDotBefore(before: string): boolean {
  const n = before.length;
  if (n < 2 || before.charCodeAt(n - 1) !== 46) return false;
  const c = before.charAt(n - 2);
  if (c === c.toLowerCase()) return false;
  return n === 2 || !hasLetter(before.charAt(n - 3));
}

const LETTER_AND_DASH = lettered(/\p{L}[-–]$/u);
const SOME_AFTER_ONE = lettered(/^ số \p{Ll}/u);
const CAPITALISED_TOKEN = lettered(/^\p{Lu}[\p{L}\d&-]*$/u);
const KARAT_MARK = lettered(/^[kK](?![\p{L}\d])/u);
const FIGURE_THEN_DASH = lettered(/\d\s?\p{L}{0,4}\s[-−]$/u);
const NEGATIVE_WORD = lettered(/(?<!\p{L})âm\s$/iu);
const OUT_OF_TOTAL_AFTER_WORDS = lettered(/^\s+(?:\p{Ll}+\s){1,3}(?:trong số|trong tổng số|trên tổng số)\s+(\d+(?:\.\d{3})*)(?![\d\p{L}]|[.,]\d)/u);
const SLASH_TOTAL = lettered(/^\s?\/\s?(\d+(?:\.\d{3})*)(?![\d\p{L}]|[.,]\d)/u);
const FROM_WORD = lettered(/(?<!\p{L})từ\s$/iu);
const TO_WORD_BETWEEN = lettered(/^\s*(?:\p{L}+\s*){0,3}?\s*(?:đến|tới|lên|xuống)\s+(?:(?:dưới|trên|gần|hơn|khoảng)\s+)?$/u);
const TIMES_WORD = lettered(/(?<!\p{L})gấp\s*$/iu);
const OUT_OF_TOTAL = lettered(/^\s+(?:trong số|trên tổng số|trên)\s+(\d+(?:\.\d{3})*)(?![\d\p{L}]|[.,]\d)/u);
const SCORE_WORDS_BEFORE = lettered(/(?:giá trị|chỉ số|hệ số|điểm số|số điểm|điểm)(?:\s+\p{L}+){0,3}\s*(?:đạt|là|:)?\s*$/iu);
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
  // (Not with a counted noun or a scale right after the number and no `số` before it: `rút giấy
  // phép 4 doanh nghiệp`, `Kế hoạch 125 triệu bảng` are amounts.)
  if (docType && !nounEndingInType(docBefore, docType.word.toLowerCase()) && !(docBefore === lowBefore && countedAfter(text, token.end, limit))) return 'excluded';
  // The second half of `158/2013` or `12-5`: read with the first number, never alone.
  if (/\d[/-]$/u.test(before)) return 'excluded';
  // Labels and ordinals: `mức độ 3`, `lần thứ 2`, `khóa XIV`, `Quốc lộ 1`, `top 10`.
  if (!rankCue || rankCue === 'top') {
    const trimmed = trimmedBefore;
    const label = NON_PRECEDERS.suffixOfLower(lowBefore);
    if (label && !verbEndingIn(lowBefore, label)) return 'excluded';
    // A house or list number (`tại số 12 phố …`), but `tổng số 635 xã` is a count.
    // A compound the dictionary knows (`dân số 96 triệu`, `chỉ số 68`, `con số 5.000`) is no such `số`.
    if (endsWithWord(trimmed, 'số') && !/(?:tổng|với|trong)\s+số$/iu.test(trimmed) && !compoundEndingInSo(trimmed)) return 'excluded';
    if (rankCue === 'top') return 'excluded';
  }
  // `BV hạng 1`, `tàu cá hạng 4`: after a noun, `hạng` gives a grade, a label; a rank needs
  // its verb (`xếp hạng 3`, `đứng hạng 2`, `tụt 3 hạng`).
  if (rankCue === 'hạng' && !GRADE_AS_RANK_BEFORE.test(lowBefore) && !RANK_SCOPE_AFTER.test(text.slice(token.end, token.end + 16))) return 'excluded';
  // `F-35`, `Su-30`, `A-4`: a model designation; `U.20`, `Q.1`: an age group, a district.
  if (LETTER_AND_DASH.test(before) || capitalAndDotBefore(before)) return 'excluded';
  // Model names and labels: `Type 5`, `Honda Monkey 2017 bản`, `Galaxy S8` — a number right
  // after a capitalised word inside a sentence names something (a sentence-initial word such as
  // `Có` or `Khoảng` does not).
  if (!rankCue && before.length > 1 && before[before.length - 1] === ' ') {
    const wordStart = before.lastIndexOf(' ', before.length - 2) + 1;
    const word = before.slice(wordStart, before.length - 1);
    // (Or at the start of a clause: after a colon, a bracket or a quote, `Trong đó: Có 18 CCN`.)
    const wordAt = token.start - (before.length - wordStart);
    const atSentenceStart = wordAt <= sentence.start || /[:(“"]\s*$/u.test(text.slice(Math.max(sentence.start, wordAt - 3), wordAt));
    // (Not when a scale, a currency, a percent or a unit of measure follows: `của Monaco 45
    // triệu euro`, `Hà Nội 21-24 độ C`.)
    if (!atSentenceStart && CAPITALISED_TOKEN.test(word)) {
      // (A range's lower bound takes its upper bound's unit: `21-24 độ C`.)
      const range = RANGE_UPPER.exec(text.slice(token.end, Math.min(limit, token.end + 16)));
      const tail = readTail(text, token.end, limit);
      const unit = tail.unit ?? (range ? readTail(text, token.end + range[0].length, limit).unit : null);
      // (Not after a code in capitals, a brand's product: `vàng SJC 1kg`, a bar's size.)
      const measured = unit !== null && MEASURE_UNIT_SET.has(unit) && word !== word.toUpperCase();
      if (!(tail.kind === 'money' || tail.kind === 'percent' || tail.scale > 1 || measured)) return 'excluded';
    }
  }
  // `mới 100%` (brand new), `doanh nghiệp 100% vốn nhà nước` (wholly state-owned): labels of a thing.
  if (token.value === 100 && text.startsWith('%', token.end)) {
    const after = text.slice(token.end + 1, token.end + 8);
    if (PERCENT_LABEL_BEFORE.test(lowBefore) || PERCENT_LABEL_AFTER.test(after) || (OWNED_BEFORE.test(lowBefore) && OWNED_AFTER.test(after))) return 'excluded';
  }
  // Gold purity: `vàng 24k`, `nhẫn 18K` are labels, not thousands.
  if (KARAT_MARK.test(text.slice(token.end, token.end + 2)) && KARATS.has(token.value) && GOLD_NEAR.test(text.slice(Math.max(0, token.start - 30), token.end + 30))) return 'excluded';
  // Glued letters: `100ha` is fine, `H5N1`, `3G` are labels.
  if (token.end < text.length && hasLetter(text[token.end]!)) {
    const glued = longestPrefix(text.slice(token.end, token.end + 6), GLUED_TABLE);
    if (!glued) return 'excluded';
  }

  // `1 số nhân viên`, `1 số hình ảnh`: `một số` (some) written with a digit counts nothing (not
  // `1/4 số tài sản`, a share, nor `1 số 5`).
  if (token.literal === '1' && SOME_AFTER_ONE.test(text.slice(token.end, token.end + 8))) return 'excluded';

  // Negative values: `-3,1%`, `(-3,1%)`, `âm 3%`.
  let start = token.start;
  let sign = 1;
  // A minus sign only after a space, a bracket or nothing: not in `F-35`, `10%-20%`, `2-3`;
  // and not after a figure (`12m -13m`): there the dash joins a range.
  if (/(?:^|[\s(])[-−]$/u.test(before) && !FIGURE_THEN_DASH.test(before)) {
    sign = -1;
    start = token.start - 1;
  } else if (NEGATIVE_WORD.test(before)) sign = -1;

  // `8 trong số 10`, `3 trên 5 huyện`, `4 dự án trong số 8 dự án luật`: a fraction written in words.
  const after48 = text.slice(token.end, token.end + 48);
  const inWords = OUT_OF_TOTAL.exec(after48.slice(0, 24)) ??
    (after48.includes(' số ') ? OUT_OF_TOTAL_AFTER_WORDS.exec(after48) : null);
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
  const slash = SLASH_TOTAL.exec(text.slice(token.end, token.end + 16));
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
    const fromTo = FROM_WORD.test(before.slice(-4)) && TO_WORD_BETWEEN.test(between);
    // `5 hoặc 7 thành viên`: alternatives share the unit as a range's bounds do (no range, though);
    // so does a bare number joined by `và` (`ở mức 36,17 và 36,16 triệu đồng/lượng`, `tăng 5 và 7%`).
    const alternative = !dash && !fromTo && /^\s+(?:hoặc|và)\s+$/u.test(between);
    if (dash || fromTo || alternative) {
      const upperTail = readTail(text, next.end, limit);
      const lowerTail = readTail(text, token.end, next.start);
      // (Not a year before `và`: `luật Báo chí 2016 và 10 điều …`.)
      const bareBeforeAnd = !alternative || between.includes('hoặc') || (lowerTail.kind === null && !/^(?:19|20)\d\d$/u.test(token.literal));
      if (upperTail.kind && bareBeforeAnd) {
        const lowerOwn = lowerTail.kind !== null && lowerTail.end > token.end;
        const lowerEnd = lowerOwn ? lowerTail.end : token.end;
        // `từ 6 triệu lên gần 6,7 triệu đồng`: a lower bound with its own scale but no currency
        // or unit takes the upper one's.
        const lowerUnit = !lowerOwn ? upperTail : lowerTail.unit === null && upperTail.unit !== null ? tailOf(upperTail.end, upperTail.kind, lowerTail.scale, upperTail.unit, upperTail.currency) : lowerTail;
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

  let tail = readTail(text, token.end, limit);
  // `hóa đơn nhỏ hơn 20 triệu`: millions with nothing after them, after a money word, are đồng.
  if (tail.kind === 'count' && tail.unit === null && tail.scale >= 1e6 && MONEY_WORD_BEFORE.test(before)) {
    tail.kind = 'money';
    tail.currency = 'VND';
    tail.unit = 'VND';
  }
  let value = sign * token.value * tail.scale;
  const rest = tail.scale >= 1e6 ? amountRest(text, token.end, tail, limit) : null;
  if (rest) {
    value += sign * rest.value;
    tail = rest.tail;
  }
  if (rankCue && (tail.kind === null || tail.kind === 'count') && !/^\s*(?:bậc|lần)/u.test(text.slice(token.end, token.end + 8))) {
    // `xếp 14 cả nước`, `đứng thứ 3 toàn quốc`: the rank is the number alone.
    return { quantities: [base(text, start, token.end, 'rank', token.value)], consumedNext: false };
  }
  if (tail.kind === null) {
    // Index values: `với giá trị 0,4843`, `chỉ số PCI đạt 68,75`.
    if (SCORE_WORDS_BEFORE.test(before) && /,/.test(token.literal)) {
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
  if (TIMES_WORD.test(before) && /^lần/u.test(tail.unit ?? '')) q.unit = 'lần';
  return { quantities: [q], consumedNext: false };
}

const YEAR_SHAPED = /^(?:19|20)\d{2}$/u;

/** Whether the word after `điểm` makes it a place (`điểm thi`, `điểm giữ xe`), see POINT_PLACE_WORDS. */
function pointIsPlace(text: string, at: number, limit: number): boolean {
  const next = NEXT_LOWER_CASE_WORD.exec(text.slice(at, Math.min(limit, at + 16)));
  return next !== null && POINT_PLACE_WORDS.has(next[1]!);
}

/**
 * `126 tỷ 090 triệu đồng`, `3 triệu 500 nghìn đồng`: the rest of an amount written in two
 * scales (SCALES), after the first scale word alone: a number of one to three digits in a
 * smaller scale of a thousand or more. Its value in units and the tail after it (the first
 * part's currency when the rest names none: `24 tỷ 450 triệu`), or null.
 */
function amountRest(text: string, numberEnd: number, tail: Tail, limit: number): { value: number; tail: Tail } | null {
  if (!SINGLE_SCALE_WORDS.has(text.slice(numberEnd, tail.end).trim())) return null;
  const m = REST_NUMBER.exec(text.slice(tail.end, Math.min(limit, tail.end + 6)));
  if (!m) return null;
  const restTail = readTail(text, tail.end + m[0].length, limit);
  const value = Number(m[1]) * restTail.scale;
  if (restTail.scale < 1e3 || restTail.scale >= tail.scale || value >= tail.scale) return null;
  if (restTail.kind === 'money' || tail.kind !== 'money') return { value, tail: restTail };
  return { value, tail: tailOf(restTail.end, 'money', restTail.scale, tail.unit, tail.currency) };
}
const SINGLE_SCALE_WORDS = new Set(SCALES.filter(([word, scale]) => !word.includes(' ') && scale >= 1e6).map(([word]) => word));
const REST_NUMBER = lettered(/^ (\d{1,3})(?= \p{L})/u);
