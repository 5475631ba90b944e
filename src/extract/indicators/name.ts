// `name`: what a number measures, as written. Rules, in order:
// 1. the phrase before the number in its comma segment, trimmed of verbs and fillers
//    (`Doanh thu các dịch vụ của ngành trong năm 2019 ước đạt 15.658 tỉ đồng` → `Doanh thu
//    các dịch vụ của ngành`), dates removed;
// 2. a change with no phrase of its own (`, tăng 2,2%`) takes the name of the figure before
//    it in the same clause;
// 3. else the counted noun and what qualifies it (`1.637 dịch vụ công mức độ 3`).
import type { Quantity } from '../../normalize/quantities.js';
import type { DateMention } from '../../normalize/dates.js';
import { firstStartingAtOrAfter } from '../../normalize/spans.js';
import { DATE_PREPOSITIONS, NAME_LEADING_FILLERS, NAME_TRAILING_FILLERS, NAMES_ENDING_IN_FILLERS, VERBS_AFTER_NAME } from '../../vocab/indicator-phrases.js';
import { NOUN_COMPOUNDS_WITH_STOPWORD, NOUN_PHRASE_STOPWORDS } from '../../vocab/quantities.js';

const lower = (s: string) => s.toLowerCase();
const trailing = byLastCharacter(wordList(NAME_TRAILING_FILLERS));
// A preposition left dangling once a date is removed; the word boundary before it is checked
// in code (a leading lookbehind makes V8 test it at every position).
const DANGLING_PREPOSITION = new RegExp(`(?:${DATE_PREPOSITIONS.join('|')})\\s*(?=[,;]|$|\\s(?:${VERBS_AFTER_NAME.join('|')})(?!\\p{L}))`, 'giu');
const LETTER = /\p{L}/u;
const dropUnlessGlued = (m: string, offset: number, whole: string) => (offset > 0 && LETTER.test(whole[offset - 1]!) ? m : '');
const leading = wordList(NAME_LEADING_FILLERS);

/** Pre-lowered word lists, longest first. */
function wordList(words: string[]): string[] {
  return [...words].map(lower).sort((a, b) => b.length - a.length);
}

/** The same list grouped by last character (order kept): a word can only end a string that ends like it. */
function byLastCharacter(words: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) {
    const last = w[w.length - 1]!;
    out.set(last, [...(out.get(last) ?? []), w]);
  }
  return out;
}

const NO_WORDS: string[] = [];
const KEPT_ENDINGS = NAMES_ENDING_IN_FILLERS.map(lower);
const KEPT_LAST_WORDS = new Set(KEPT_ENDINGS.map((k) => k.slice(k.lastIndexOf(' ') + 1)));

function stripWordsAtEnd(s: string, words: Map<string, string[]>): string {
  let out = s.trim();
  let low = lower(out);
  for (let changed = true; changed && out; ) {
    changed = false;
    if (KEPT_LAST_WORDS.has(low.slice(low.lastIndexOf(' ') + 1)) && KEPT_ENDINGS.some((k) => low === k || low.endsWith(' ' + k))) break;
    for (const w of words.get(low[low.length - 1]!) ?? NO_WORDS) {
      if (low === w || (low.length > w.length && low.endsWith(w) && low[low.length - w.length - 1] === ' ')) {
        out = out.slice(0, out.length - w.length).trimEnd();
        low = lower(out);
        changed = true;
        break;
      }
    }
  }
  return out;
}

function stripWordsAtStart(s: string, words: string[]): string {
  let out = s.trim();
  let low = lower(out);
  for (let changed = true; changed && out; ) {
    changed = false;
    for (const w of words) {
      if (low === w || (low.startsWith(w) && (low[w.length] === ' ' || low[w.length] === ','))) {
        out = out.slice(w.length).replace(/^[\s,]+/u, '');
        low = lower(out);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** Remove date phrases (`trong năm 2019`, `năm 2019`) lying inside [from, to). */
function withoutDates(text: string, from: number, to: number, dates: DateMention[]): string {
  let out = '';
  let at = from;
  for (let i = Math.max(0, firstStartingAtOrAfter(dates, from) - 1); i < dates.length; i++) {
    const d = dates[i]!;
    if (d.start >= to) break;
    if (d.end <= from) continue;
    out += text.slice(at, Math.max(at, d.start));
    at = Math.max(at, d.end);
  }
  out += text.slice(at, to);
  // `từ [ngày 12/5] đến [16/5] đã xử lý`: each dropped preposition can leave another dangling.
  for (let round = 0; round < 3; round++) {
    const next = out.replace(DANGLING_PREPOSITION, dropUnlessGlued).replace(/\s{2,}/g, ' ');
    if (next === out) break;
    out = next;
  }
  return out.trim();
}

export function measuredName(
  text: string,
  segmentStart: number,
  q: Quantity,
  dates: DateMention[],
  sentenceEnd: number,
): string | null {
  let phrase = withoutDates(text, segmentStart, q.start, dates);
  phrase = phrase.replace(/[(:]\s*$/u, '').replace(/^[\s,;:)(–-]+/u, '');
  phrase = stripWordsAtEnd(phrase, trailing);
  phrase = stripWordsAtStart(phrase, leading);
  phrase = stripWordsAtEnd(phrase, trailing);
  const words = phrase.split(/\s+/).length;
  // A phrase that is a whole clause (a figure, a long verb phrase) names the actor, not the measure.
  const usable = phrase && words >= 2 && words <= 10 && !/\d/.test(phrase) && !/[()]/.test(phrase);
  if (usable) return phrase;
  return nounName(text, q, sentenceEnd) ?? (phrase && words <= 10 && !/\d/.test(phrase) ? phrase : null);
}

/** The counted noun and its qualifiers up to the next comma or verb. */
function nounName(text: string, q: Quantity, sentenceEnd: number): string | null {
  if (!q.unit || q.unit === '%' || q.currency) return null;
  if (q.kind === 'fraction') {
    const rest = text.slice(q.end, Math.min(sentenceEnd, q.end + 80)).trim();
    const cut = rest.search(/[;.()]|\s(?:và|của|đã|được|để|đang|có|cho|với|tại|trên|thì|là)\s/u);
    return (cut >= 0 ? rest.slice(0, cut) : rest).trim() || q.unit;
  }
  const after = text.slice(q.end, Math.min(sentenceEnd, q.end + 80));
  const stop = after.search(/[,;.()]/u);
  const unit = q.kind === 'rate' ? q.unit.split('/')[0]! : q.unit;
  const extra = wordsUntilStopword(unit, stop >= 0 ? after.slice(0, stop) : after);
  return extra ? `${unit} ${extra}` : unit;
}

/**
 * The words of `s` (which follows `unit`) before the first one that never belongs to a noun
 * phrase (`như`, `đều`, `của`…), unless it ends a compound with the word before (`lý do`).
 */
function wordsUntilStopword(unit: string, s: string): string {
  const words = s.trim().split(/\s+/u);
  const cut = words.findIndex((w, i) => NOUN_PHRASE_STOPWORDS.has(lower(w)) && !NOUN_COMPOUNDS_WITH_STOPWORD.has(lower(`${i > 0 ? words[i - 1] : unit.split(' ').pop()} ${w}`)));
  return (cut >= 0 ? words.slice(0, cut) : words).join(' ');
}
