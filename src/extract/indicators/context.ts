// When a figure was measured (`period`): the time phrase that governs its clause, read on
// the words of its sentence (src/text/clause.ts). Rules, in order:
// 0. a period right after the figure, or a time preposition's there (`vào năm 2025`, `đến
//    năm 2020`; after the upper bound for a range's lower one);
// 1. the nearest period before the figure in its sentence, unless the figure's clause is timed
//    now on the way back (`… nhưng, đến nay … đạt 50%`: none), over `;` and a colon's lead-in
//    (`Năm 2016, …; riêng quý IV đạt X` → 2016-Q4 is nearer), passing over a baseline
//    (`so với năm 2018`), a birth year, a year inside a document's name (`Luật … năm 2015`),
//    an open start (`từ năm 2012 đến nay`: no period), a date before a reporting verb
//    (`ngày 9/12, báo X đưa tin, …`: the date of the report) and one a predicate took after its
//    verb before `và` opened the figure's (`mở cửa vào năm 1995 và có sức chứa …`; but one
//    that dated a figure there is the subject's, shared: `… tháng 10/2024 ước đạt A, tăng B và tăng C`);
// 2. else the first such period after the figure in its clause (`… đưa vào sử dụng cuối năm
//    2016`, `… trong giai đoạn 2016 - 2020`);
// A period after the figure is introduced by a time word or follows a verb (`… trong năm
// 2019`, `… đưa vào sử dụng cuối năm 2016`); right after a noun it dates that noun (`hoàn
// thành nhiệm vụ công tác năm 2019`). Never the publication date.
import type { DateMention } from '../../normalize/dates.js';
import type { ReadSentence } from '../../text/clause.js';
import { clauseEnd, isClauseBreak, TIME_PREPOSITIONS } from '../../text/phrase-words.js';
import { has, isYearNumber, wordNear, Tag, type Word } from '../../text/words.js';
import { BIRTH_DATE_CUES, RESPECTIVE_LINKS } from '../../vocab/indicator-phrases.js';
import { DOCUMENT_TYPE_WORDS } from '../../vocab/document-types.js';
import { EVENTS_DATED_BY_YEAR, FIGURE_TIME_PREPOSITIONS, NOW_TIME_WORDS, PERIOD_POSITIONS } from '../../vocab/date-words.js';

/** Words that place a time inside a period (`cuối năm 2016`): a date after them is a period. */
const TIME_POSITIONS = new Set([...PERIOD_POSITIONS, 'hết', 'suốt', 'trong']);
/** Words that bring a time right after a figure: its own period (`vào năm 2025`, `đến năm 2020`). */
const TIME_AFTER_FIGURE = new Set([...TIME_POSITIONS, ...FIGURE_TIME_PREPOSITIONS]);
const NOW_WORDS = new Set(NOW_TIME_WORDS);
const RANGE_MARKS = new Set(['-', '–', 'đến', 'tới']);
const PERIOD_KINDS = new Set(['date', 'date_range', 'month', 'year', 'quarter', 'half', 'interval']);
const BASELINE_WORDS = new Set(['so với', 'so', 'so cùng kỳ', 'cùng kỳ', 'hơn', 'như']);
const BIRTH_WORDS = new Set(BIRTH_DATE_CUES.map((c) => c.toLowerCase()));
const DOCUMENT_WORDS = DOCUMENT_TYPE_WORDS.map(({ word }) => word.toLowerCase());
const BARE_YEAR = /^\d{4}$/u;
const EVENTS = new Set(EVENTS_DATED_BY_YEAR);
/** Whether the words before the year at word `i`, back to a mark or a figure, hold an event's, a season's, a holiday's or an index's word (EVENTS_DATED_BY_YEAR). */
function namesEvent(text: string, words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    const w = words[j]!;
    if (has(w, Tag.Punctuation | Tag.Figure) && !(w.key === '-' || w.key === '–')) return false;
    if (EVENTS.has((w.key || text.slice(w.start, w.end)).toLowerCase())) return true;
  }
  return false;
}

export function periodOf(text: string, read: ReadSentence, figure: number, dates: ReadonlyMap<number, DateMention>): string | null {
  const { words } = read;
  // `từ 44% năm 2011 lên tới 60% năm 2016`: a period right after the figure is its own; so is
  // one a time preposition brings there (`xuất khẩu 38 tỷ USD vào năm 2025 và 60 tỷ USD vào năm 2030`).
  // (A range's lower bound looks after its upper one: `50 - 60 tỷ USD vào năm 2030`.)
  const last = RANGE_MARKS.has(wordNear(words, figure + 1)?.key ?? '') && has(wordNear(words, figure + 2), Tag.Figure) ? figure + 2 : figure;
  const next = has(wordNear(words, last + 1), Tag.Date) ? last + 1 : has(wordNear(words, last + 2), Tag.Date) && TIME_AFTER_FIGURE.has(wordNear(words, last + 1)?.key ?? '') ? last + 2 : -1;
  if (next > 0) {
    const d = dates.get(words[next]!.start);
    if (d && governs(text, words, next, d)) return d.value;
  }
  let reporting = false;
  let coordinated = false;
  /** Where the `và` opening the figure's own predicate stands (see `coordinated`). */
  let coordinatedAt = -1;
  let now = false;
  for (let i = figure - 1; i >= 0; i--) {
    const w = words[i]!;
    if (has(w, Tag.Reporting)) reporting = true;
    // `… hoàn thành vào tháng 5/2015 nhưng, đến nay … mới hoàn thành được 50%`: a clause timed now
    // (`đến nay`, `hiện nay`) takes no earlier period. (Not `từ năm 2012 đến nay`, the date's own.)
    // (Nor `từ trước tới nay`, ever: an idiom.) A period after the figure may still be its own.
    if (NOW_WORDS.has(w.key) && !has(wordNear(words, i - 1), Tag.Date) && wordNear(words, i - 1)?.key !== 'trước') {
      now = true;
      break;
    }
    // `… mở cửa vào năm 1995 và có sức chứa 21.000 người`: after `và` a second predicate opens.
    if (w.key === 'và' && has(wordNear(words, i + 1), Tag.Verb | Tag.Linking | Tag.Auxiliary | Tag.Change) && !has(wordNear(words, i + 1), Tag.Noun) && !coordinated) {
      coordinated = true;
      coordinatedAt = i;
    }
    if (!has(w, Tag.Date)) continue;
    const respective = reporting ? null : respectivePeriod(text, words, i, figure, dates);
    if (respective) return respective;
    const d = dates.get(w.start);
    if (!d || reporting || !governs(text, words, i, d)) continue;
    // (`Theo báo cáo ngày 4-10-2016 của …, …`: the day of a source is the report's.)
    if (d.kind === 'date' && datesSource(words, i)) continue;
    // (A time the predicate before `và` took after its verb is that predicate's, not this one's;
    // one that dated a figure before `và` is the subject's, shared: `Tổng mức bán lẻ tháng 10/2024
    // ước đạt …, tăng 1,6% … và tăng 7,1% …`.)
    if (coordinated && datesVerbBefore(words, i) && !containsFigure(words, i + 1, coordinatedAt)) continue;
    return d.value;
  }
  const end = clauseEnd(words, figure);
  // (A period after another figure of a later comma's segment is that figure's: `dân số lên 13
  // triệu người, …, có 81.000 hộ cần nhà ở trong giai đoạn 2016-2020`.)
  let comma = false;
  for (let i = figure + 1; i < end; i++) {
    const w = words[i]!;
    // (In a clause timed now, one after any other figure: `hiện nay là 9.800 người và sẽ tăng tới 11.700 người vào năm 2026`.)
    if (has(w, Tag.Reporting) || ((comma || now) && has(w, Tag.Figure))) break;
    if (w.key === ',') comma = true;
    if (!has(w, Tag.Date)) continue;
    const d = dates.get(w.start);
    if (!d || !governs(text, words, i, d)) continue;
    const previous = wordNear(words, i - 1)!;
    // `… đơn giá của năm 2017`, `… nhiệm vụ công tác năm 2019`: a year that dates a noun.
    if ((previous.key === 'của' && i - 2 !== figure) || (has(previous, Tag.Noun | Tag.Name) && !has(previous, Tag.Preposition | Tag.Time | Tag.Figure) && !TIME_POSITIONS.has(previous.key) && i - 1 !== figure)) continue;
    return d.value;
  }
  return null;
}

/**
 * `Doanh thu năm 2015 và 2016 lần lượt đạt A và B`: dates listed (ending at word `last`) and
 * figures after `lần lượt` pair in order; the figure's date, or null when the sentence pairs none.
 */
function respectivePeriod(text: string, words: Word[], last: number, figure: number, dates: ReadonlyMap<number, DateMention>): string | null {
  const listed = [last];
  while (listed[0]! >= 2 && (words[listed[0]! - 1]!.key === 'và' || words[listed[0]! - 1]!.key === ',') && has(words[listed[0]! - 2], Tag.Date)) listed.unshift(listed[0]! - 2);
  if (listed.length < 2) return null;
  let order = -1;
  for (let j = last + 1; j < figure; j++) {
    const w = words[j]!;
    if (order < 0 && RESPECTIVE_LINKS.some((link) => w.key.startsWith(link))) order = 0;
    else if (order >= 0 && has(w, Tag.Figure)) order++;
    else if (has(w, Tag.Punctuation) && w.key !== ',') return null;
  }
  if (order < 0 || order >= listed.length) return null;
  const at = words[listed[order]!]!;
  const d = dates.get(at.start);
  if (d) return governs(text, words, listed[order]!, d) ? d.value : null;
  // (A year the normaliser left as a number: `… năm 2015 và 2016`.)
  return isYearNumber(text, at) ? text.slice(at.start, at.end) : null;
}

/** The date at word `i` dates a source's report, a few nouns after it (`Theo báo cáo ngày …`, `Theo trang tin Nhà Trắng ngày …`). */
function datesSource(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j > i - 5; j--) {
    const w = words[j]!;
    if (has(w, Tag.Source)) return true;
    if (!has(w, Tag.Noun | Tag.Name | Tag.Time) || has(w, FUNCTION_WORDS)) return false;
  }
  return false;
}
const FUNCTION_WORDS = Tag.Punctuation | Tag.Figure | Tag.Linking | Tag.Change | Tag.Auxiliary | Tag.Reporting | Tag.Preposition | Tag.Owner;

/** The date at word `i` follows a verb, past its preposition and period words (`mở cửa vào năm 1995`). */
/** Whether a figure stands among words[from, to) in the clause that opens at `from` (before a break: `;`, `:`). */
function containsFigure(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isClauseBreak(words[k])) return false;
    if (has(words[k], Tag.Figure)) return true;
  }
  return false;
}

function datesVerbBefore(words: Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (TIME_POSITIONS.has(words[j]!.key) || TIME_PREPOSITIONS.has(words[j]!.key) || words[j]!.key === 'năm')) j--;
  const w = wordNear(words, j);
  return w !== undefined && has(w, Tag.Verb) && !has(w, Tag.Noun | Tag.Name);
}

/** Whether the date at word `i` can be a period at all (rule 1's exceptions). */
function governs(text: string, words: Word[], i: number, d: DateMention): boolean {
  if (!PERIOD_KINDS.has(d.kind) || !d.value) return false;
  const previous = wordNear(words, i - 1);
  const key = previous?.key ?? '';
  // `so với năm 2018`, `so với cuối năm 2011`: a baseline, over the words that place it in a year.
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const k = words[j]!.key;
    if (BASELINE_WORDS.has(k)) return false;
    if (k !== 'năm' && !TIME_POSITIONS.has(k) && k !== 'cuối năm' && k !== 'đầu năm') break;
  }
  // `sinh ngày 01/11/1983`, `SN 1972`: the cue is one or two words before the date.
  const twoBefore = text.slice(words[Math.max(0, i - 2)]!.start, d.start).trim().toLowerCase();
  if (BIRTH_WORDS.has(key) || BIRTH_WORDS.has(twoBefore) || BIRTH_WORDS.has(text.slice(previous?.start ?? d.start, d.start).trim().toLowerCase())) return false;
  // `từ năm 2012 đến nay`: an interval with no end the text gives; but `từ đầu năm 2017 đến
  // nay` is that year so far.
  const sinceStartOfYear = key === 'đầu' || key === 'đầu năm' || /^đầu năm/iu.test(d.text);
  if ((wordNear(words, i + 1)?.key === 'đến nay' || wordNear(words, i + 1)?.key === 'tới nay') && !sinceStartOfYear) return false;
  if (sinceStartOfYear && (key === 'từ' || wordNear(words, i - 2)?.key === 'từ' || wordNear(words, i - 2)?.key === 'tính từ')) return true;
  // `từ năm 2012` alone opens an interval that has no end here.
  if ((key === 'từ' || key === 'kể từ' || (key === 'năm' && wordNear(words, i - 2)?.key === 'từ')) && d.kind !== 'interval' && d.kind !== 'date_range') return false;
  // `Honda Civic 2017`, `Captur 2017`: a bare year right after a name is the name's model or
  // edition, not a time.
  if (previous && has(previous, Tag.Name) && !has(previous, Tag.Time | Tag.Date) && d.kind === 'year' && BARE_YEAR.test(d.text) && !namesEvent(text, words, i)) return false;
  // `Luật Tổ chức Chính phủ năm 2015`: the year of a document's name.
  if (previous && has(previous, Tag.Noun) && inDocumentName(text, words, i - 1)) return false;
  if (insideQuotes(words, i)) return false;
  return true;
}

/** The words before a year run back, over a title's words, to a document type (`Luật`, `Nghị định`). */
function inDocumentName(text: string, words: Word[], from: number): boolean {
  for (let j = from; j >= 0 && j > from - 10; j--) {
    const w = words[j]!;
    if (has(w, Tag.Name)) {
      const rest = text.slice(w.start, w.start + 24).toLowerCase();
      for (const d of DOCUMENT_WORDS) if (rest.startsWith(d)) return true;
    }
    if (has(w, Tag.Punctuation | Tag.Figure | Tag.Date) || !has(w, Tag.Noun | Tag.Verb | Tag.Adjective | Tag.Name)) return false;
  }
  return false;
}

/**
 * Inside a quoted title (`chương trình “Du lịch năm 2019”`): a quote opened at most a dozen
 * words before and closed at most a dozen after. A quoted speech runs longer.
 */
function insideQuotes(words: Word[], at: number): boolean {
  let opened = -1;
  for (let j = at - 1; j >= 0 && j >= at - 12; j--) {
    const k = words[j]!.key;
    if (k === '”') return false;
    if (k === '“' || k === '"') {
      opened = j;
      break;
    }
  }
  if (opened < 0) return false;
  for (let j = at + 1; j < words.length && j <= at + 12; j++) {
    const k = words[j]!.key;
    if (k === '”' || k === '"') return true;
    if (k === '“') return false;
  }
  return false;
}
