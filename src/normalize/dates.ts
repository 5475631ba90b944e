// Dates, periods and times in Vietnamese text, each with its ISO 8601 value (SPEC):
// `14/01/2020` → 2020-01-14, `Ngày 14/1` → year from the publication date, `tháng 8/2020`
// → 2020-08, `quý I/2023` → 2023-Q1, `6 tháng đầu năm 2023` → 2023-H1, `giai đoạn 2020 - 2025`
// → 2020/2025, `cùng kỳ` → same period last year. Parsers propose mentions; the resolver
// keeps the earliest, longest ones and fills partial dates from the reference date.
import { digitRunStarts, matchesAt, scanWords, stickyOf, wordsBeforeDigits } from './scan.js';
import { DASH_DATE_CUES, MONTH_NUMBER_WORDS, PARTIAL_DATE_CUES, SPAN_FROM_WORDS, SPAN_TO_WORDS, YEAR_CUES_AFTER, YEAR_CUES_BEFORE, YEAR_CUES_BEFORE_ALWAYS } from '../vocab/date-words.js';
import { ascending } from '../text/spans.js';
import { letterPattern, lettered } from '../text/letters.js';

export type DateKind = 'date' | 'date_range' | 'month' | 'year' | 'quarter' | 'half' | 'interval' | 'same_period' | 'time';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  /** ISO 8601 (date, month, year, `YYYY-Qn`, `YYYY-Hn`, `A/B` interval), `cùng kỳ`, `HH:MM`; null when the year is unknown. */
  value: string | null;
  /** The year came from the reference (publication) date, not from the text. */
  inferredYear: boolean;
}

interface Proposal {
  start: number;
  end: number;
  kind: DateKind;
  value: string | null;
  inferredYear: boolean;
}

/** What every parser reads: the text, where its digit runs begin, the reference date. */
interface ParseContext {
  text: string;
  digits: readonly number[];
  ref: RefDate | null;
}

type Parser = (ctx: ParseContext) => Proposal[];

interface RefDate {
  year: number;
  month: number;
  day: number;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const L = '\\p{L}';
/** A number not glued to other digits or letters. */
const B = ''; // the number boundary is checked by scanWords(…, 'number')
const E = `(?![\\d${L}]|[.,/-]\\d)`;

const pad = (n: number) => String(n).padStart(2, '0');

export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const validYear = (y: number) => y >= 1900 && y <= 2100;

export function parseRefDate(iso: string | null | undefined): RefDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

/** A day and month without a year: the reference year, or the year before when that would be > 6 months ahead. */
function resolvePartial(day: number, month: number, ref: RefDate | null): { value: string | null; ok: boolean } {
  // 29/2 is possible in some year: validate against a leap year when the year is unknown.
  if (!validDate(2000, month, day)) return { value: null, ok: false };
  if (!ref) return { value: null, ok: true };
  let year = ref.year;
  const candidate = Date.UTC(year, month - 1, day);
  const reference = Date.UTC(ref.year, ref.month - 1, ref.day);
  if (candidate - reference > 183 * 86400000) year--;
  if (!validDate(year, month, day)) return { value: null, ok: false };
  return { value: `${year}-${pad(month)}-${pad(day)}`, ok: true };
}

function re(source: string): RegExp {
  return letterPattern(source, 'giu');
}

// `ngày 7 tháng 2 năm 2020`, `ngày 7 tháng 2`
const WORD_DATE = re(`ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?${E}`);
// `14/01/2020`, `14-9-2018`, `19.1.2017`, `10 - 08 - 2018`
const FULL_DATE = re(`${B}(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})${E}`);
// `19-21/10`, `19 - 21/10/2020`
const DAY_RANGE = re(`${B}(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s?/\\s?(\\d{1,2})(?:\\s?/\\s?(\\d{4}))?${E}`);
// `Ngày 14/1`, `Chiều 1/10`, `ngày 9.8`, `từ 28/12`: a cue word makes a day/month a date.
const CUED_PARTIAL = re(`(\\d{1,2})\\s?([/.])\\s?(\\d{1,2})${E}`);
/** The cue before a day/month that makes it a date (part of day, `ngày`, `từ`, a time). */
const PARTIAL_CUE = letterPattern(
  `(?:^|[^${L}])(?:${PARTIAL_DATE_CUES.join('|')}|\\d{1,2}h(?:\\d{2})?|\\d{1,2}:\\d{2})\\s*(?:,\\s*)?(?:ngày\\s+)?$`,
  'iu',
);
// `ngày 30-5`, `sáng 17-5`: a day-month with a dash, after a narrower cue (DASH_DATE_CUES);
// written tight, as dates are (`đêm 2 – 3 lần` is a range of counts).
const CUED_DASH = re(`(\\d{1,2})[-–](\\d{1,2})${E}`);
const DASH_CUE = letterPattern(`(?:^|[^${L}])(?:${DASH_DATE_CUES.join('|')})\\s*(?:,\\s*)?(?:ngày\\s+)?$`, 'iu');
// `(07/02)`, a day/month alone in parentheses, as datelines write it
const PAREN_PARTIAL = re(`\\((\\d{1,2})/(\\d{1,2})\\)`);
// `tháng 8/2020`, `tháng 12.2016`, `tháng 8 năm 2020`, `tháng 8`
const MONTH = re(`tháng\\s+(\\d{1,2})(?:\\s?[/.-]\\s?(\\d{4})|\\s+năm\\s+(\\d{4}))?${E}`);
/** After a month: `và 12/2011`, `, 12/2011`: another month the same `tháng` governs. */
const JOINED_MONTH = lettered(/^\s*(?:và|hoặc|,)\s*((\d{1,2})\/(\d{4}))(?![\d\p{L}]|[.,/-]\d)/u);
// `tháng Ba`, `tháng Mười Hai năm 2016`: a month by its number word, capitalised (case-sensitive:
// `tháng năm` in lower case is time in general).
const WORD_MONTH = letterPattern(`[Tt]háng\\s+(${MONTH_NUMBER_WORDS.map(([w]) => w.replace(' ', '\\s+')).join('|')})(?:\\s?[/.-]\\s?(\\d{4})|\\s+năm\\s+(\\d{4}))?(?![${L}\\d])`, 'gu');
const MONTH_OF_WORD = new Map(MONTH_NUMBER_WORDS.map(([w, n]) => [w, n]));
// `tháng 4 - 12/2017`: a span of months in one year
const MONTH_SPAN = re(`tháng\\s+(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4})${E}`);
// `thập niên 1980`, `thập kỷ 90`: a decade
const DECADE = re(`thập\\s+(?:niên|kỷ|kỉ)\\s+((?:19|20)?\\d0)(?:s)?${E}`);
// `quý I/2023`, `quý 3/2016`, `quý II năm 2023`, `quý IV`
const QUARTER = re(`quý\\s+(IV|I{1,3}|[1-4])(?:\\s?[/.-]\\s?(\\d{4})|\\s+năm\\s+(\\d{4}))?(?![${L}\\d])`);
// `6 tháng đầu năm 2023`, `9 tháng năm 2019`, `sáu tháng cuối năm`
const MONTHS_OF_YEAR = re(`tháng\\s+(đầu|cuối)?\\s*năm(?:\\s+(?:nay|(\\d{4})))?${E}`);
/** The count before `tháng … năm`: `6 tháng đầu năm`, `sáu tháng cuối năm`. */
const MONTHS_COUNT_BEFORE = lettered(/(?:^|[^\p{L}\d.,/-])(\d{1,2}|sáu|chín|ba)\s+$/iu);
// `giai đoạn 2020 - 2025`, `2016-2020`, `năm 2018 - 2019`, `niên khóa 2019-2020`
const YEAR_INTERVAL = re(`${B}(\\d{4})\\s?[-–—]\\s?(\\d{4})${E}`);
// `năm 2018 - 2019`: a span of years
const YEAR_SPAN = re(`năm\\s+(\\d{4})\\s?[-–—]\\s?(\\d{4})${E}`);
// `năm 2019`, `Năm 2019`
const YEAR = re(`năm\\s+(\\d{4})${E}`);
// A bare year: `so với 2018`, `(CPĐT) 2018 xếp thứ`
const BARE_YEAR = re(`${B}((?:19|20)\\d{2})${E}`);
// `cùng kỳ`, `cùng kỳ năm trước`, `cùng kỳ năm 2018`
const SAME_PERIOD = re(`cùng\\s+kỳ(?:\\s+năm\\s+(?:trước|ngoái|(\\d{4})))?(?![${L}])`);
// `01:22`, `9:00 SA`, `8h30`, `15 giờ 30`
const TIME = re(`${B}(\\d{1,2})\\s?(?::|h|giờ)\\s?(\\d{2})?(?:\\s?(?:phút|SA|CH|AM|PM))?(?![\\d${L}])`);

/** Words after which a bare 19xx/20xx number is a year, not a count of something. */
const YEAR_CONTEXT_BEFORE = letterPattern(`(?:${YEAR_CUES_BEFORE.join('|')}|\\)|,|:|\\p{Lu}[\\p{L}\\d]*)\\s*$`, 'u');
const YEAR_CONTEXT_BEFORE_ALWAYS = letterPattern(`(?<![\\p{L}])(?:${YEAR_CUES_BEFORE_ALWAYS.join('|')})\\s*$`, 'iu');
/** Words after a bare year that show it is one (a verb or function word, not a counted noun). */
const YEAR_CONTEXT_AFTER = letterPattern(`^\\s*(?:[,;.)]|$|${YEAR_CUES_AFTER.join('|')})`, 'iu');

// Number-led rules are tried where a digit run begins; `word\s+\d…` rules where their word
// stands before one (see scan.ts). Same matches as scanning the whole text, a fraction of the passes.
// Every rule given to atNumbers or afterWord is listed here (the examples corpus runs them all).
const STICKY = new Map<RegExp, RegExp>(
  [WORD_DATE, FULL_DATE, DAY_RANGE, CUED_PARTIAL, CUED_DASH, PAREN_PARTIAL, MONTH, MONTH_SPAN, DECADE, YEAR_INTERVAL, YEAR_SPAN, YEAR, BARE_YEAR, TIME].map((re) => [re, stickyOf(re)]),
);
const sticky = (re: RegExp): RegExp => STICKY.get(re)!;

/** A number-led rule (`14/01/2020`, `2016-2020`, `8h30`). */
function atNumbers(text: string, digits: readonly number[], re: RegExp): RegExpExecArray[] {
  return matchesAt(text, sticky(re), digits, 'number');
}

/** A rule led by `word` and then a number (`ngày 7 tháng 2`, `tháng 8/2020`, `năm 2019`). */
function afterWord(text: string, digits: readonly number[], re: RegExp, word: string): RegExpExecArray[] {
  return matchesAt(text, sticky(re), wordsBefore(text, digits).get(word) ?? [], 'letter');
}

/** The words before the text's digit runs, read once per text for all the rules led by one. */
function wordsBefore(text: string, digits: readonly number[]): Map<string, number[]> {
  if (lastWordsBefore.text !== text || lastWordsBefore.digits !== digits) {
    lastWordsBefore.text = text;
    lastWordsBefore.digits = digits;
    lastWordsBefore.index = wordsBeforeDigits(text, digits, RULE_WORDS);
  }
  return lastWordsBefore.index;
}
/** The words that lead a date rule before a number. */
const RULE_WORDS = ['ngày', 'tháng', 'năm', 'niên', 'kỷ', 'kỉ'];
const lastWordsBefore: { text: string; digits: readonly number[]; index: Map<string, number[]> } = { text: '', digits: [], index: new Map() };

/** Where `thập niên`/`thập kỷ` stands before a number (`thập niên 1980`): found from the number back. */
function decadeStarts(text: string, digits: readonly number[]): number[] {
  const index = wordsBefore(text, digits);
  const out: number[] = [];
  for (const word of ['niên', 'kỷ', 'kỉ']) {
    for (const at of index.get(word) ?? []) {
      const thap = /thập\s+$/iu.exec(text.slice(Math.max(0, at - 12), at));
      if (thap) out.push(at - thap[0].length);
    }
  }
  return out.sort(ascending);
}

/**
 * Day/month matches (`1/10`, `30-5`) that a cue before them makes dates (`Chiều 1/10`, `ngày
 * 30-5`); the month is the match's group `monthGroup`. The span is the day/month itself, with
 * `ngày` when written: the cue word is context.
 */
function cuedDayMonths(text: string, matches: RegExpExecArray[], cue: RegExp, monthGroup: number, ref: RefDate | null): Proposal[] {
  const out: Proposal[] = [];
  for (const m of matches) {
    const before = cue.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (!before) continue;
    const r = resolvePartial(+m[1]!, +m[monthGroup]!, ref);
    if (!r.ok) continue;
    const ngay = /ngày\s+$/iu.exec(before[0]);
    const start = ngay ? m.index - ngay[0].length : m.index;
    out.push({ start, end: m.index + m[0].length, kind: 'date', value: r.value, inferredYear: true });
  }
  return out;
}

const PARSERS: Parser[] = [
  ({ text, digits }) =>
    afterWord(text, digits, WORD_DATE, 'ngày').flatMap((m) => {
      const day = +m[1]!;
      const month = +m[2]!;
      if (m[3]) {
        const year = +m[3];
        return validDate(year, month, day) ? [prop(m, 'date', `${year}-${pad(month)}-${pad(day)}`)] : [];
      }
      return [];
    }),
  ({ text, digits }) =>
    atNumbers(text, digits, FULL_DATE).flatMap((m) => {
      const day = +m[1]!;
      const month = +m[3]!;
      const year = +m[4]!;
      return validDate(year, month, day) ? [prop(m, 'date', `${year}-${pad(month)}-${pad(day)}`)] : [];
    }),
  ({ text, digits, ref }) =>
    atNumbers(text, digits, DAY_RANGE).flatMap((m) => {
      const from = +m[1]!;
      const to = +m[2]!;
      const month = +m[3]!;
      if (from >= to || !validDate(2000, month, to)) return [];
      // Ranges of days need a cue or a year: `19-21/10` alone could be a fraction.
      if (!m[4] && !/(?:ngày|từ)\s*$/iu.test(text.slice(Math.max(0, m.index! - 8), m.index!))) return [];
      const year = m[4] ? +m[4] : (resolvePartial(to, month, ref).value?.slice(0, 4) ?? null);
      const value = year ? `${year}-${pad(month)}-${pad(from)}/${year}-${pad(month)}-${pad(to)}` : null;
      return [prop(m, 'date_range', value, !m[4])];
    }),
  ({ text, digits, ref }) =>
    afterWord(text, digits, WORD_DATE, 'ngày').flatMap((m) => {
      if (m[3]) return [];
      const r = resolvePartial(+m[1]!, +m[2]!, ref);
      return r.ok ? [prop(m, 'date', r.value, true)] : [];
    }),
  ({ text, digits, ref }) => cuedDayMonths(text, atNumbers(text, digits, CUED_PARTIAL), PARTIAL_CUE, 3, ref),
  ({ text, digits, ref }) => cuedDayMonths(text, atNumbers(text, digits, CUED_DASH), DASH_CUE, 2, ref),
  ({ text, ref, digits }) =>
    matchesAt(text, sticky(PAREN_PARTIAL), parenthesised(text, digits), null).flatMap((m) => {
      const r = resolvePartial(+m[1]!, +m[2]!, ref);
      return r.ok ? [{ start: m.index! + 1, end: m.index! + m[0].length - 1, kind: 'date' as const, value: r.value, inferredYear: true }] : [];
    }),
  ({ text, ref }) =>
    [...scanWords(text, MONTHS_OF_YEAR)].flatMap((match) => {
      // Anchored on `tháng`, the rarer part; the count is read just before it.
      const count = MONTHS_COUNT_BEFORE.exec(text.slice(Math.max(0, match.index - 8), match.index));
      if (!count) return [];
      const word = count[1]!;
      const start = match.index - (count[0].length - count[0].indexOf(word));
      const m = Object.assign([text.slice(start, match.index + match[0].length), word, match[1], match[2]], { index: start }) as unknown as RegExpMatchArray;
      const n = /^\d+$/.test(word) ? +word : ({ sáu: 6, chín: 9, ba: 3 } as Record<string, number>)[word.toLowerCase()]!;
      if (n < 1 || n > 12) return [];
      const year = m[3] ? +m[3] : ref?.year ?? null;
      const last = m[2]?.toLowerCase() === 'cuối';
      let value: string | null = null;
      if (year) {
        if (n === 6) value = `${year}-H${last ? 2 : 1}`;
        else if (n === 3 && !last) value = `${year}-Q1`;
        else if (n === 12) value = String(year);
        else value = last ? `${year}-${pad(13 - n)}/${year}-12` : `${year}-01/${year}-${pad(n)}`;
      }
      return [prop(m, 'half', value, !m[3])];
    }),
  ({ text, digits, ref }) =>
    afterWord(text, digits, MONTH, 'tháng').flatMap((m) => {
      // `12 tháng` is a duration, not a month.
      if (/\d\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return [];
      const month = +m[1]!;
      if (month < 1 || month > 12) return [];
      const written = m[2] ?? m[3];
      const year = written ? +written : ref?.year ?? null;
      const out = [prop(m, 'month', year ? `${year}-${pad(month)}` : null, !written)];
      // `tháng 10/2011 và 12/2011`: `tháng` governs the months joined to it.
      const end = m.index + m[0].length;
      const joined = JOINED_MONTH.exec(text.slice(end, end + 16));
      if (joined && +joined[2]! >= 1 && +joined[2]! <= 12 && validYear(+joined[3]!)) {
        const start = end + joined[0].length - joined[1]!.length;
        out.push({ start, end: end + joined[0].length, kind: 'month' as const, value: `${joined[3]}-${pad(+joined[2]!)}`, inferredYear: false });
      }
      return out;
    }),
  ({ text, ref }) =>
    (text.includes('háng ') ? [...scanWords(text, WORD_MONTH)] : []).map((m) => {
      const month = MONTH_OF_WORD.get(m[1]!.replace(/\s+/gu, ' '))!;
      const written = m[2] ?? m[3];
      const year = written ? +written : ref?.year ?? null;
      return prop(m, 'month', year ? `${year}-${pad(month)}` : null, !written);
    }),
  ({ text, digits }) =>
    afterWord(text, digits, MONTH_SPAN, 'tháng').flatMap((m) => {
      const from = +m[1]!;
      const to = +m[2]!;
      const year = +m[3]!;
      if (from < 1 || to > 12 || from >= to || !validYear(year)) return [];
      return [prop(m, 'interval', `${year}-${pad(from)}/${year}-${pad(to)}`)];
    }),
  ({ text, digits }) =>
    matchesAt(text, sticky(DECADE), decadeStarts(text, digits), 'letter').flatMap((m) => {
      const written = m[1]!;
      const start = written.length === 2 ? 1900 + +written : +written;
      return validYear(start) ? [prop(m, 'interval', `${start}/${start + 9}`)] : [];
    }),
  ({ text, ref }) =>
    [...scanWords(text, QUARTER)].flatMap((m) => {
      const q = ROMAN[m[1]!.toUpperCase()] ?? +m[1]!;
      const written = m[2] ?? m[3];
      const year = written ? +written : ref?.year ?? null;
      return [prop(m, 'quarter', year ? `${year}-Q${q}` : null, !written)];
    }),
  ({ text, digits }) =>
    atNumbers(text, digits, YEAR_INTERVAL).flatMap((m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      return validYear(a) && validYear(b) && b > a && b - a <= 50 ? [prop(m, 'interval', `${a}/${b}`)] : [];
    }),
  ({ text, digits }) =>
    afterWord(text, digits, YEAR_SPAN, 'năm').flatMap((m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      return validYear(a) && validYear(b) && b > a ? [prop(m, 'interval', `${a}/${b}`)] : [];
    }),
  ({ text, digits }) => afterWord(text, digits, YEAR, 'năm').flatMap((m) => (validYear(+m[1]!) ? [prop(m, 'year', m[1]!)] : [])),
  ({ text, digits }) =>
    atNumbers(text, digits, BARE_YEAR).flatMap((m) => {
      const before = text.slice(Math.max(0, m.index! - 24), m.index!);
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
      if (YEAR_CONTEXT_BEFORE_ALWAYS.test(before)) return [prop(m, 'year', m[1]!)];
      if (!YEAR_CONTEXT_BEFORE.test(before) && !/^\s*(?:[,;.)]|$)/u.test(after)) return [];
      if (!YEAR_CONTEXT_AFTER.test(after)) return [];
      return [prop(m, 'year', m[1]!)];
    }),
  ({ text }) => [...scanWords(text, SAME_PERIOD)].map((m) => prop(m, 'same_period', m[1] ? `cùng kỳ ${m[1]}` : 'cùng kỳ')),
  ({ text, digits }) =>
    atNumbers(text, digits, TIME).flatMap((m) => {
      const h = +m[1]!;
      const min = m[2] ? +m[2] : 0;
      if (h > 24 || min > 59) return [];
      // `8h` alone or `15 giờ` alone is a time only with minutes or a day part after; else a duration.
      if (!m[2] && !/SA|CH|AM|PM/i.test(m[0])) return [];
      return [prop(m, 'time', `${pad(h)}:${pad(min)}`)];
    }),
];

function prop(m: RegExpMatchArray, kind: DateKind, value: string | null, inferredYear = false): Proposal {
  return { start: m.index!, end: m.index! + m[0].length, kind, value, inferredYear };
}

/** Every date, period and time in `text`, non-overlapping, in order. */
const earliestThenLongest = (a: Proposal, b: Proposal): number => a.start - b.start || b.end - a.end;

export function findDates(text: string, published?: string | null, digits: readonly number[] = digitRunStarts(text)): DateMention[] {
  const ref = parseRefDate(published);
  const proposals: Proposal[] = [];
  const ctx: ParseContext = { text, ref, digits };
  for (const parser of PARSERS) for (const p of parser(ctx)) proposals.push(p);
  // Earliest first; at the same start the longest; then parser order (stable sort).
  proposals.sort(earliestThenLongest);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const p of proposals) {
    if (p.start < lastEnd) continue;
    out.push(mentionOf(text, p.start, p.end, p.kind, p.value, p.inferredYear));
    lastEnd = p.end;
  }
  return joinSpans(text, out);
}

/** A date mention, always made here: one object shape for every reader of dates. */
function mentionOf(text: string, start: number, end: number, kind: DateKind, value: string | null, inferredYear: boolean): DateMention {
  return { start, end, text: text.slice(start, end), kind, value, inferredYear };
}

const SPAN_FROM = letterPattern(`(?<![\\p{L}])(?:${SPAN_FROM_WORDS.join('|')})\\s*$`, 'iu');
const SPAN_TO = letterPattern(`^\\s*(?:${SPAN_TO_WORDS.join('|')})\\s*$`, 'iu');

/**
 * `từ 20/1/2016 đến 30/6/2016`, `từ tháng 1 đến tháng 5/2016`, `từ năm 2016 đến năm 2020`: two
 * mentions of one grain joined by `đến`/`tới` after `từ` are one span; the first takes the
 * second's year when it has none (SPEC: `2016-01/2016-05`).
 */
function joinSpans(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const value = b && SPAN_TO.test(text.slice(a.end, b.start)) && SPAN_FROM.test(text.slice(Math.max(0, a.start - 8), a.start)) ? spanValue(a, b) : null;
    if (!b || !value) {
      out.push(a);
      continue;
    }
    out.push(mentionOf(text, a.start, b.end, a.kind === 'date' ? 'date_range' : 'interval', value, a.inferredYear || b.inferredYear));
    i++;
  }
  return out;
}

/** `A/B` for two mentions of one grain, the later one second; null when they do not make a span. */
function spanValue(a: DateMention, b: DateMention): string | null {
  if (a.kind !== b.kind || !b.value || !(a.kind === 'date' || a.kind === 'month' || a.kind === 'year')) return null;
  let first = a.value;
  if (!first) {
    // A first part without its year takes the second's: `tháng 1` … `tháng 5/2016`, `20/1` … `30/6/2016`.
    const year = b.value.slice(0, 4);
    const m = a.kind === 'month' ? /(\d{1,2})\s*$/u.exec(a.text) : a.kind === 'date' ? /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/u.exec(a.text) : null;
    if (!m) return null;
    first = a.kind === 'month' ? `${year}-${pad(+m[1]!)}` : `${year}-${pad(+m[2]!)}-${pad(+m[1]!)}`;
    if (a.kind === 'date' && !validDate(+year, +m[2]!, +m[1]!)) return null;
  }
  return first < b.value ? `${first}/${b.value}` : null;
}

/** `(07/02)`: digit runs right after an opening bracket, at the bracket. */
function parenthesised(text: string, digits: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of digits) if (at > 0 && text.charCodeAt(at - 1) === 40) out.push(at - 1);
  return out;
}
