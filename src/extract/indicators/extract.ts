// Indicators: every measured number of an article as a typed record (SPEC "indicator").
// The normaliser finds the quantities; the rules here give each its name, subject and
// period, and pair `lần lượt là` lists with their names.
import { opensWithBaseline, type Quantity } from '../../normalize/quantities.js';
import type { IndicatorRecord } from '../../schema/records.js';
import { sentenceAt } from '../../text/segment.js';
import type { Warning } from '../../pipeline/document.js';
import type { Extractor } from '../types.js';
import { MAX_SENTENCE, sentenceWindow, spanOf } from '../span.js';
import { firstProvince, periodOf, subjectOf } from './context.js';
import { listNames } from './lists.js';
import { ENUMERATED_UNITS } from '../../vocab/indicator-phrases.js';
import { measuredName } from './name.js';

export const extractIndicators: Extractor<IndicatorRecord> = (doc) => {
  const { dates, quantities } = doc;
  const records: IndicatorRecord[] = [];
  const warnings: Warning[] = [];
  const listNamesById = new Map<number, string[] | null>();
  const subjects = new Map<number, string | null>();
  let previous: { q: Quantity; name: string | null; clause: number } | null = null;
  let headline: string | null | undefined;
  const headlineProvince = () => (headline === undefined ? (headline = doc.title ? firstProvince(doc.title) : null) : headline);

  for (const q of quantities) {
    const sentence = doc.sentences[sentenceAt(doc.sentences, q.start)]!;
    // The subject of a normal sentence is read once; a giant one is read around the number.
    const giant = sentence.end - sentence.start > MAX_SENTENCE;
    let subject = giant ? undefined : subjects.get(sentence.start);
    if (subject === undefined) {
      subject = subjectOf(sentenceWindow(doc.text, sentence.start, sentence.end, q.start, q.end), headlineProvince);
      if (!giant) subjects.set(sentence.start, subject);
    }
    const clause = lastIndexOfAny(doc.text, CLAUSE_SEPARATORS, sentence.start, q.start);
    const segmentStart = lastIndexOfAny(doc.text, SEGMENT_SEPARATORS, sentence.start, q.start);

    let name: string | null;
    if (q.list) {
      if (!listNamesById.has(q.list.id)) {
        const names = listNames(doc.text.slice(clause, q.list.id).replace(/lần lượt(?:\s+\p{L}+)?\s*:?\s*$/u, '').trimEnd());
        const fits = names.length === q.list.size;
        listNamesById.set(q.list.id, fits ? names : null);
        if (!fits) {
          warnings.push({
            article_id: doc.id,
            start: q.start,
            end: q.start,
            message: `"lần lượt" list has ${names.length} names and ${q.list.size} values: names left empty`,
          });
        }
      }
      name = listNamesById.get(q.list.id)?.[q.list.index] ?? null;
    } else {
      name = measuredName(doc.text, segmentStart, q, dates, sentence.end);
      // `…ước đạt X, tăng Y% so với…`: the change measures the same thing.
      if (q.change && previous && previous.clause === clause && /^(?:\p{L}+\s?){0,3}$/u.test(ownPhraseOf(doc.text, segmentStart, q.start))) name = previous.name;
      // Both bounds of a range measure the same thing (SPEC: the same `name`).
      if (q.range === 'upper' && previous?.q.range === 'lower') name = previous.name;
      if (!name && q.kind === 'percent') name = phraseAfter(doc.text, q.end, sentence.end);
    }
    name = tidyName(name);

    records.push({
      type: 'indicator',
      ...spanOf(doc, q.start, q.end),
      kind: q.kind,
      value: q.value,
      total: q.total,
      unit: q.unit,
      currency: q.currency,
      name,
      subject,
      period: periodOf(doc.text, sentence.start, q, dates),
      qualifier: q.qualifier,
      change: q.change,
      baseline: q.baseline,
    });
    previous = { q, name, clause };
  }
  return { records, warnings };
};

/**
 * A name as written, without the brackets and signs it was cut from (`) xuống 766,3 điểm`,
 * `+`); one with no letter at all (`224`, `+`) names nothing.
 */
function tidyName(name: string | null): string | null {
  if (name === null) return null;
  // Closing brackets and signs at the start, opening ones at the end: a whole `(…)` stays.
  let trimmed = name.replace(/^[\s)\],;:+\-–/…~]+|[\s([,;:+\-–/]+$/gu, '');
  // A bracket whose pair was cut off: `Chỉ số … (CPĐT)` read from after its `(`.
  if (trimmed.endsWith(')') && !trimmed.includes('(')) trimmed = trimmed.slice(0, -1).trimEnd();
  return /\p{L}/u.test(trimmed) ? trimmed : null;
}

const ENUMERATION_GOES_ON = new RegExp(`^,\\s*(?:${ENUMERATED_UNITS.join('|')})(?![\\p{L}])`, 'u');

/** The characters that end a clause (`;`) and a comma segment (`, ; : (`). */
const CLAUSE_SEPARATORS: readonly string[] = [';'];
const SEGMENT_SEPARATORS: readonly string[] = [',', ';', ':', '('];

/** Just after the last of `chars` in [from, to), looking back at most 400 characters; else the floor. */
function lastIndexOfAny(text: string, chars: readonly string[], from: number, to: number): number {
  const floor = Math.max(from, to - 400);
  // One native search per character over the window, not a loop over its positions.
  const window = text.slice(floor, to);
  let last = -1;
  for (const c of chars) last = Math.max(last, window.lastIndexOf(c));
  return last >= 0 ? floor + last + 1 : floor;
}

/** The words between the segment start and the number, separators folded. */
function ownPhraseOf(text: string, segmentStart: number, numberStart: number): string {
  return text.slice(segmentStart, numberStart).replace(/[\s,;:(]+/gu, ' ').trim();
}

/** `80% hạ tầng mạng ngoại vi … đã được ngầm hóa`: the phrase after a percent, to the clause end. */
function phraseAfter(text: string, from: number, to: number): string | null {
  const after = text.slice(from, Math.min(to, from + 120));
  let stop = -1;
  for (let at = after.search(/[;.]|,\s/u); at >= 0; ) {
    // `sở, ban, ngành …`: an enumeration of units goes on past its commas.
    if (after[at] !== ',' || at === 0 || !ENUMERATION_GOES_ON.test(after.slice(at, at + 16))) {
      stop = at;
      break;
    }
    const next = after.slice(at + 1).search(/[;.]|,\s/u);
    at = next >= 0 ? at + 1 + next : -1;
  }
  const phrase = (stop >= 0 ? after.slice(0, stop) : after).replace(/^\s*(?:các|những)\s+/u, '').trim();
  // `tăng 2% so với quy định`: what follows is the baseline, not what is measured.
  if (opensWithBaseline(phrase)) return null;
  return phrase || null;
}
