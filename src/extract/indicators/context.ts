// Who is measured (`subject`) and when (`period`), from the sentence holding the number.
import type { DateMention } from '../../normalize/dates.js';
import type { Quantity } from '../../normalize/quantities.js';
import { PROVINCES } from '../../vocab/places.js';
import { BIRTH_DATE_CUES } from '../../vocab/indicator-phrases.js';
import { firstStartingAtOrAfter } from '../../normalize/spans.js';
import { scanWords } from '../../normalize/scan.js';

// The boundary before a name is checked by scanWords (a leading lookbehind is slow in V8).
const provincePattern = new RegExp(
  `(${[...PROVINCES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.]/g, '\\.')).join('|')})(?!\\p{L})`,
  'gu',
);

/**
 * A province or `cả nước` named in the sentence, else in the headline, else null. The
 * headline's province is asked for only when needed, and the caller reads it once per article.
 */
export function subjectOf(sentence: string, headlineProvince: () => string | null): string | null {
  const inSentence = firstProvince(sentence);
  if (inSentence) return inSentence;
  if (/(?<!\p{L})(?:cả nước|toàn quốc)(?!\p{L})/iu.test(sentence)) return 'cả nước';
  return headlineProvince();
}

/** The first province named in `s`, or null. */
export function firstProvince(s: string): string | null {
  for (const m of scanWords(s, provincePattern)) return m[0];
  return null;
}

const BIRTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BIRTH_DATE_CUES.map((c) => c.replace(/[.]/g, '\\.')).join('|')})\\s*$`, 'iu');

const PERIOD_KINDS = new Set(['date', 'date_range', 'month', 'year', 'quarter', 'half', 'interval']);

/**
 * The period the sentence states for a number: the nearest date mention before it that is
 * not a baseline (`so với năm 2018`) nor inside a quoted title; else one right after it in
 * the same comma segment (`đạt 100 tỷ đồng trong năm 2019`). Never the publication date.
 */
export function periodOf(text: string, sentenceStart: number, q: Quantity, dates: DateMention[]): string | null {
  // Only the dates of this sentence before the number, and at most a few hundred characters back.
  const from = Math.max(sentenceStart, q.start - 600);
  let best: DateMention | null = null;
  for (let i = firstStartingAtOrAfter(dates, from); i < dates.length; i++) {
    const d = dates[i]!;
    if (d.start >= q.start) break;
    if (!PERIOD_KINDS.has(d.kind) || !d.value) continue;
    const before = text.slice(Math.max(sentenceStart, d.start - 12), d.start);
    if (/so\s+với\s*(?:năm\s*)?$/iu.test(before)) continue;
    if (BIRTH_BEFORE.test(before)) continue;
    if (insideQuotes(text, sentenceStart, d.start)) continue;
    best = d;
  }
  if (best) return best.value;
  const after = text.slice(q.end, q.end + 60);
  const segmentEnd = after.search(/[,;(.]/u);
  const limit = q.end + (segmentEnd >= 0 ? segmentEnd : after.length);
  for (let i = firstStartingAtOrAfter(dates, q.end); i < dates.length; i++) {
    const d = dates[i]!;
    if (d.start >= limit) break;
    // Only a period right after the figure: `đạt 100 tỷ đồng (trong) năm 2019`, not `… nhiệm vụ năm 2019`.
    if (!/^\s*(?:trong|vào|của|tính đến|đến hết|hết|cả)?\s*$/iu.test(text.slice(q.end, d.start))) break;
    if ((d.kind === 'year' || d.kind === 'month' || d.kind === 'quarter' || d.kind === 'half') && d.value) {
      if (/so\s+với\s*(?:năm\s*)?$/iu.test(text.slice(Math.max(q.end, d.start - 12), d.start))) continue;
      return d.value;
    }
  }
  return null;
}

function insideQuotes(text: string, from: number, at: number): boolean {
  const segment = text.slice(from, at);
  const open = (segment.match(/[“"]/g) ?? []).length;
  const close = (segment.match(/[”]/g) ?? []).length;
  return segment.includes('“') ? open > close : open % 2 === 1;
}
