// The words around a quantity that qualify it (SPEC "qualifier", "change", "baseline"):
// bounds (`hơn`, `gần`), estimates and targets in its clause or sentence, change words
// before it, and the baseline it is compared with (`so với năm 2018`).
import { type Sentence } from '../text/segment.js';
import {
  BASELINE_OPENERS,
  BOUND_QUALIFIERS,
  BOUNDS_NOT_OPENING_A_CLAUSE,
  BOUND_QUALIFIERS_AFTER,
  CHANGE_WORDS,
  GREATER_ADJECTIVES,
  LESSER_ADJECTIVES,
  NOT_TARGET_PHRASES,
} from '../vocab/quantities.js';
import { SuffixTable, WordTable } from './word-table.js';
import { type Qualifier, type Quantity, SCOPE_WINDOW, lower, base, skipSpaces, clauseStart, clauseEnd, nearestWord } from './quantity-parts.js';
import { hasLetter, lettered, letterPattern } from '../text/letters.js';

const BOUND_AFTER_TABLE = new WordTable(BOUND_QUALIFIERS_AFTER, (b) => b[0]);
export const BOUND_TABLE = new SuffixTable(BOUND_QUALIFIERS, (b) => b[0]);
const notOpeningBounds = new Set(BOUNDS_NOT_OPENING_A_CLAUSE);
export const CHANGE_TABLE = new SuffixTable(CHANGE_WORDS, (c) => c[0]);
const CHANGE_PASSIVE_TABLE = new SuffixTable(CHANGE_WORDS, (c) => `${c[0]} được`);


/** Qualifier, change and baseline from the words around a quantity. */
export interface QualifierWords {
  estimate: readonly string[];
  target: readonly string[];
}

const WORD_THEN_BOUND = lettered(/\p{L}+\s+tối (?:thiểu|đa)$/iu);
const WORD_THEN_DEGREE = lettered(/\p{L}\s+độ$/iu);
export function applyQualifiers(text: string, sentenceLow: string | null, words: QualifierWords, sentence: Sentence, q: Quantity): void {
  const clauseFrom = clauseStart(text, sentence.start, q.start);
  const before = text.slice(Math.max(clauseFrom, q.start - 30), q.start).trimEnd();

  // Bound words right before the number (`trên 1.100`, `gần 1.100`, `khoảng 2.230.000`).
  let bound: Qualifier | null = null;
  let beforeBound = before;
  let boundEntry = BOUND_TABLE.suffix(before) ?? undefined;
  // `lương tối thiểu 4.680.000 đồng` names the minimum wage; `đạt tối thiểu 6%` bounds a figure.
  if (boundEntry && /^tối (?:thiểu|đa)$/u.test(boundEntry[0]) && WORD_THEN_BOUND.test(before) && !/(?:là|đạt|ở mức|có|được|cần|phải|với|mức)\s+tối (?:thiểu|đa)$/iu.test(before)) {
    boundEntry = undefined;
  }
  // `Ngoài 4 bị cáo, …`, `…, ngoài 6 người nhập viện`: opening a clause, `ngoài` is `besides`.
  if (boundEntry && notOpeningBounds.has(boundEntry[0]) && /(?:^|[,;:(])\s*$/u.test(before.slice(0, before.length - boundEntry[0].length))) boundEntry = undefined;
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
  if (boundEntry && !(boundEntry[0] === 'độ' && WORD_THEN_DEGREE.test(before) && !/(?:khoảng|chừng|vào)\s+độ$/iu.test(before))) {
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
  return NOT_TARGET_PHRASES.some((p) => through.endsWith(p) && !hasLetter(through[through.length - p.length - 1] ?? ''));
}

const LAST_WORD = lettered(/(\p{L}+)\s*$/u);
/** The last word of `s`, lower-cased. */
function lastWord(s: string): string {
  const m = LAST_WORD.exec(s);
  return m ? lower(m[1]!) : '';
}

const BASELINE_OPENING = letterPattern(`^\\s*(?:${BASELINE_OPENERS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`, 'iu');

/** Whether `s` opens with a comparison to a baseline (`so với năm 2018`, `so cùng kỳ`). */
export function opensWithBaseline(s: string): boolean {
  return BASELINE_OPENING.test(s);
}

const COMPARED_WITH = lettered(/(?<!\p{L})so\s+(?:với\s+(.+)|(cùng\s+kỳ.*))$/iu);
const PLAN_BASELINE = lettered(/^\s*(kế hoạch(?:\s+(?:được giao|năm(?:\s+(?:19|20)\d{2})?|đề ra|đặt ra|tỉnh giao|năm nay))?)(?!\p{L})/iu);
function readBaseline(after: string): string | null {
  // `so với năm 2018`, and the short `so cùng kỳ`.
  const so = COMPARED_WITH.exec(after);
  if (so) {
    const target = (so[1] ?? so[2]!).trim();
    const sameTime = /^cùng\s+kỳ/iu.exec(target);
    if (sameTime) return 'cùng kỳ';
    const year = /^(?:năm\s+|cuối\s+năm\s+)?((?:19|20)\d{2})(?!\d)/iu.exec(target);
    if (year) return year[1]!;
    const phrase = target.replace(/[.;:!?…]+$/u, '').split(/\s+/).slice(0, 6).join(' ');
    return phrase || null;
  }
  const plan = PLAN_BASELINE.exec(after);
  if (plan) return plan[1]!;
  return null;
}
