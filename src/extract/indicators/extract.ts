// Indicators: every measured number of an article as a typed record (SPEC "indicator").
// The normaliser finds the quantities; each sentence holding one is read into words once
// (src/text/words.ts), and the clause reader gives every figure its name, subject and
// period as spans of that sentence. `lần lượt là` lists pair values with their names.
import type { Quantity } from '../../normalize/quantities.js';
import type { DateMention } from '../../normalize/dates.js';
import type { IndicatorRecord } from '../../schema/records.js';
import type { ArticleDocument, Warning } from '../../pipeline/document.js';
import { sentenceAt, type Sentence } from '../../text/segment.js';
import { balancedSpan } from '../../text/spans.js';
import { nounPhraseStart, wordAt, type ReadSentence } from '../../text/clause.js';
import { namesOwner } from '../../text/owner.js';
import { measuredPhraseBeforeComma, verbWithObjectBefore } from '../../text/measure-elsewhere.js';
import { beforeQualifiers, clauseStart, isContent, isTimeWord, isVerbOnly, type Span } from '../../text/phrase-words.js';
import { readStretch } from '../read-document.js';
import { has, Tag, type Word } from '../../text/words.js';
import type { Extractor } from '../types.js';
import { MAX_SENTENCE, spanOf } from '../span.js';
import { periodOf } from './context.js';
import { plausibilityWarnings } from './plausibility.js';
import { readList } from './lists.js';
import { RESTATEMENT_LEADS } from '../../vocab/clause-words.js';
import { LEVEL_WORDS_AFTER_CHANGE, LIST_OWNER_LEAD_WORDS, MATTER_UNITS, PART_OF_WHOLE_OPENERS } from '../../vocab/indicator-phrases.js';
import { DOCUMENT_DATE_VERBS } from '../../vocab/decree-phrases.js';
import { countedNoun, readFigure, type NameSource } from './reading.js';
import { hasLetter, lettered, letterPattern } from '../../text/letters.js';

/** A giant sentence (a page without punctuation) is read in overlapping chunks of this size, each once. */
const CHUNK = 1000;
const OVERLAP = 400;

interface Reading {
  name: Span | null;
  source: NameSource | null;
  subject: Span | null;
  period: string | null;
  q: Quantity;
  sentence: number;
  clause: number;
  /** The figure's clause has no words of its own before it (`…; năm 2025 từ 35-38 tỷ USD`). */
  bare: boolean;
  /** The name is one verb and no noun (`Tuấn nhận hơn 900 triệu đồng` → `nhận`). */
  verbName: boolean;
  /** The figure is the level a change reaches (`tăng 2,15 điểm lên 753,46 điểm`): right after `lên`, `xuống`, `còn`. */
  levelAfterChange?: boolean;
}

export const extractIndicators: Extractor<IndicatorRecord> = (doc) => {
  const { quantities } = doc;
  const warnings: Warning[] = [];
  const listNamesById = new Map<number, ReadListing | null>();
  const readings: Reading[] = [];
  const dateAt = new Map<number, DateMention>();
  for (const d of doc.dates) if (!datesADocument(doc, d)) dateAt.set(d.start, d);
  const cache: { from: number; to: number; read: ReadSentence | null } = { from: -1, to: -1, read: null };

  for (const q of quantities) {
    const index = sentenceAt(doc.sentences, q.start);
    const sentence = doc.sentences[index]!;
    let from = sentence.start;
    let to = sentence.end;
    if (to - from > MAX_SENTENCE) {
      const chunk = Math.floor((q.start - sentence.start) / CHUNK);
      from = Math.max(sentence.start, sentence.start + chunk * CHUNK - OVERLAP);
      to = Math.min(sentence.end, sentence.start + (chunk + 1) * CHUNK + OVERLAP);
    }
    if (cache.from !== from || cache.to !== to || !cache.read) {
      cache.from = from;
      cache.to = to;
      cache.read = readStretch(doc, from, to);
    }
    const read = cache.read;
    const figure = wordAt(read, q.start);
    if (figure < 0) {
      readings.push({ name: null, source: null, subject: null, period: null, q, sentence: index, clause: -1, bare: false, verbName: false });
      continue;
    }
    const { name, source, subject } = readFigure(doc.text, read, figure, q);
    const opening = clauseStart(read.words, figure);
    const clause = read.words[opening]?.start ?? sentence.start;
    // `…; năm 2025 từ 35-38 tỷ USD`: a clause with no words of its own before the figure.
    let bare = true;
    for (let k = opening; k < figure && bare; k++) if (isContent(read.words[k]) && !isTimeWord(read.words[k])) bare = false;
    let listed: ListItem = { name, subject };
    if (q.list) listed = listName(doc, read, q, sentence, listNamesById, warnings, name, subject);
    const nameWord = listed.name ? read.words[wordAt(read, listed.name.start)] : undefined;
    const oneWord = nameWord !== undefined && nameWord.end === listed.name!.end;
    let verbName = oneWord && isVerbOnly(nameWord);
    // `… âm quỹ BOG, điển hình là Công ty A âm hơn 30 tỷ đồng`: a predicate alone (a verb, or
    // an adjective the dictionary also has), said with its object before.
    const predicate = verbName || (oneWord && has(nameWord, Tag.Adjective) && !has(nameWord, Tag.MeasureHead | Tag.Name));
    const said = predicate ? verbWithObjectBefore(read.words, wordAt(read, listed.name!.start)) : null;
    // `Giá vàng SJC tại TP.HCM cũng biến động tương tự, niêm yết ở mức …`: a verb alone opening
    // the clause after a comma sets the level of the measure the clause before opens with.
    const levelled = verbName && !said ? measuredPhraseBeforeComma(read.words, figure, wordAt(read, listed.name!.start)) : null;
    if (said ?? levelled) {
      listed.name = said ?? levelled;
      verbName = false;
    }
    readings.push({ name: listed.name, source: q.list && listed.name !== name ? 'before' : source, subject: listed.subject, period: periodOf(doc.text, read, figure, dateAt), q, sentence: index, clause, bare, verbName, levelAfterChange: levelWordBefore(read.words, figure) });
  }

  carryNamesToLabelledItems(doc, readings);
  namePartsOfAWhole(doc.text, readings);
  restatementsTakeTheirFigures(doc.text, readings);
  shareAcrossRangesAndChanges(readings);
  levelsTakeTheirChangesName(readings);
  ownersOfPartsOfAWhole(doc, readings);
  dropSubjectsThatAreNames(readings);
  const records = readings.map((r) => record(doc, r));
  for (const w of plausibilityWarnings(doc.id, records)) warnings.push(w);
  return { records, warnings };
};

interface ListItem {
  name: Span | null;
  subject: Span | null;
}

interface ReadListing {
  names: Span[];
  /** `doanh thu của Hà Nội, Đà Nẵng và Cần Thơ lần lượt là …`: the names are owners, each the subject of its value; this is what they measure. */
  ownersOf: Span | null;
  /** `Lãi suất lần lượt là 5%, 7% và 8%`: one measured phrase before the list, which names every value: the first value's own name. */
  shared?: Span | null;
}

const RESPECTIVELY_AT_END = lettered(/lần lượt(?:\s+\p{L}+)?\s*:?\s*$/u);
function listName(doc: ArticleDocument, read: ReadSentence, q: Quantity, sentence: Sentence, byId: Map<number, ReadListing | null>, warnings: Warning[], own: Span | null, subject: Span | null): ListItem {
  const list = q.list!;
  if (!byId.has(list.id)) {
    const from = Math.max(sentence.start, lastIndexOfAny(doc.text, [';'], sentence.start, list.id));
    const lead = doc.text.slice(from, list.id);
    const trimmed = lead.replace(RESPECTIVELY_AT_END, '').trimEnd();
    const { names, lead: leadWord } = readList(doc.text, from, from + trimmed.length);
    // More names than values: the values go to the first names in order, as a reader pairs
    // them (`A, B, C, D lần lượt là 13,18 và 18`); fewer names: no pairing is guessed.
    // (Only a list of short names without figures is one: `nhóm cổ phiếu … với BID đứng giá, VCB …` is a clause.)
    const pairs = names.length === list.size || (names.length > list.size && names.every((n) => shortName(doc.text.slice(n.start, n.end))));
    const shared = !pairs && names.length === 1 && list.index === 0 && own !== null && namesTheWholeList(doc.text, read, own, list.id);
    byId.set(list.id, pairs ? { names, ownersOf: leadWord ? ownersOf(doc.text, read, leadWord, names) : null } : shared ? { names: [], ownersOf: null, shared: own } : null);
    if (names.length !== list.size && !list.withUnits && !shared) {
      warnings.push({
        article_id: doc.id,
        start: q.start,
        end: q.start,
        message: `"lần lượt" list has ${names.length} names and ${list.size} values: ${pairs ? 'paired in order, the last names left over' : 'names left empty'}`,
      });
    }
  }
  const listing = byId.get(list.id);
  if (listing?.shared) return { name: listing.shared, subject };
  const item = listing?.names[list.index] ?? null;
  if (listing?.ownersOf && item) return { name: listing.ownersOf, subject: item };
  // Figures with their own units read their names as any figure does, unless owners are listed.
  if (list.withUnits) return { name: own, subject };
  return { name: item, subject };
}

/**
 * Whether the first value's own name, the one phrase before a list, measures every value
 * (SPEC: the lead-in's name): `Lãi suất trúng thầu lần lượt là 5,25%, 7,25% và 7,69%`. Not
 * where two measures are joined, `Chi phí bán hàng và chi phí quản lý … ở mức lần lượt …`,
 * `chỉ số A … và chỉ số B … tăng lần lượt …`; nor a name of no content word, `… phiên bản này`.
 */
function namesTheWholeList(text: string, read: ReadSentence, own: Span, listStart: number): boolean {
  if (/,|\svà\s/u.test(text.slice(own.start, listStart)) || /\svà\s+$/u.test(text.slice(Math.max(0, own.start - 5), own.start))) return false;
  return read.words.some((w) => w.start >= own.start && w.end <= own.end && isContent(w));
}

/**
 * When the list's lead word is an owner preposition and every name names an owner, what they
 * own: the measured phrase before the lead word (`Doanh thu` of `Doanh thu của Hà Nội, …`).
 */
function ownersOf(text: string, read: ReadSentence, lead: { word: string; at: number }, names: Span[]): Span | null {
  if (!LIST_OWNER_WORDS.has(lead.word)) return null;
  if (!names.every((n) => namesOwner(read.words, n, text))) return null;
  const at = wordAt(read, lead.at);
  if (at <= 0) return null;
  const start = nounPhraseStart(read.words, at - 1);
  if (start > at - 1 || !isContent(read.words[start])) return null;
  return { start: read.words[start]!.start, end: read.words[at - 1]!.end };
}
const LIST_OWNER_WORDS = new Set(LIST_OWNER_LEAD_WORDS);

const shortName = (name: string) => name.split(' ').length <= 6 && !/\d/u.test(name);

/** Just after the last of `chars` in [from, to), looking back at most 400 characters; else the floor. */
function lastIndexOfAny(text: string, chars: readonly string[], from: number, to: number): number {
  const floor = Math.max(from, to - 400);
  const window = text.slice(floor, to);
  let last = -1;
  for (const c of chars) last = Math.max(last, window.lastIndexOf(c));
  return last >= 0 ? floor + last + 1 : floor;
}

/**
 * `Vietcombank và BIDV niêm yết giá USD ở mức: 22.675 đồng (mua) … Vietinbank: 22.665 đồng (mua) …
 * ACB: …`: a sentence that is only an owner's label and its figure continues the list the
 * sentence before leads in, and its figure measures what that one's last figure of the same
 * unit does (SPEC: a list item with no name of its own takes the lead-in's, from the sentence
 * before if need be).
 */
function carryNamesToLabelledItems(doc: ArticleDocument, readings: Reading[]): void {
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    if (r.name || !r.subject || r.subject.start !== doc.sentences[r.sentence]!.start) continue;
    if (!labelThenFigure(doc.text.slice(r.subject.end, r.q.start))) continue;
    for (let j = i - 1; j >= 0 && readings[j]!.sentence >= r.sentence - 1; j--) {
      const earlier = readings[j]!;
      if (earlier.sentence === r.sentence || earlier.q.kind !== r.q.kind || earlier.q.unit !== r.q.unit) continue;
      if (!earlier.name) continue;
      r.name = earlier.name;
      r.source = earlier.source;
      break;
    }
  }
}
const LETTERS_ONLY = lettered(/^\p{L}+$/u);
/** A colon right after the label, then at most two words (qualifiers) before the figure. */
function labelThenFigure(between: string): boolean {
  const rest = between.trimStart();
  if (!rest.startsWith(':')) return false;
  const words = rest.slice(1).split(' ').filter((w) => w !== '');
  return words.length <= 2 && words.every((w) => LETTERS_ONLY.test(w));
}

/**
 * `số tiền trên 3 tỷ đồng tiền hoa hồng (trong đó, Chiến và Sự mỗi người được nhận hơn 1 tỷ đồng;
 * Tuấn nhận hơn 900 triệu đồng …)`: the parts of a whole that `trong đó` breaks down, named
 * by a verb alone, are parts of what the whole measures: its name.
 */
function namePartsOfAWhole(text: string, readings: Reading[]): void {
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    if (!r.verbName) continue;
    let j = i - 1;
    while (j > 0 && readings[j]!.verbName && readings[j]!.sentence === r.sentence) j--;
    const whole = readings[j]!;
    if (whole.sentence !== r.sentence || whole.verbName || !whole.name || whole.q.kind !== r.q.kind) continue;
    if (!opensPartsOfWhole(text.slice(whole.q.end, r.q.start).toLowerCase())) continue;
    r.name = whole.name;
    r.source = whole.source;
  }
}
/**
 * `Tổng số tiền hỗ trợ là 1.680 tỷ đồng. Trong đó, Hà Tĩnh 560 tỷ đồng, Quảng Bình 760 tỷ đồng`:
 * a place or a body named alone right before its figure, among the parts `trong đó` breaks a
 * whole into, owns that part; the part measures what the whole does (SPEC: a list item with no
 * name of its own takes the lead-in's, from the sentence before if need be).
 */
function ownersOfPartsOfAWhole(doc: ArticleDocument, readings: Reading[]): void {
  const text = doc.text;
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    if (!r.name || r.subject || r.name.end > r.q.start || !PROPER_NAME.test(text.slice(r.name.start, r.name.end)) || text.slice(r.name.end, r.q.start).trim() !== '') continue;
    const sentenceStart = doc.sentences[r.sentence]!.start;
    if (!opensPartsOfWhole(text.slice(sentenceStart, r.name.start).toLowerCase())) continue;
    let j = i - 1;
    while (j >= 0 && readings[j]!.sentence >= r.sentence - 1 && (readings[j]!.q.kind !== r.q.kind || !readings[j]!.name || PROPER_NAME.test(text.slice(readings[j]!.name!.start, readings[j]!.name!.end)))) j--;
    // (With no whole to name it, the owner is still no name: nothing says what is measured.)
    const whole = readings[j] && readings[j]!.sentence >= r.sentence - 1 ? readings[j]! : null;
    r.subject = r.name;
    r.name = whole?.name ?? null;
    r.source = whole?.source ?? null;
  }
}
/** A proper name alone: capitalised words (`Quảng Bình`, `Thừa Thiên Huế`) or an acronym. */
const PROPER_NAME = lettered(/^\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,3}$/u);

/** Whether a lower-cased stretch holds one of the words that open the parts of a whole, as a whole word. */
function opensPartsOfWhole(low: string): boolean {
  for (const opener of PART_OF_WHOLE_OPENERS) {
    for (let at = low.indexOf(opener); at >= 0; at = low.indexOf(opener, at + 1)) {
      const before = at > 0 ? low.charAt(at - 1) : ' ';
      const after = low.charAt(at + opener.length) || ' ';
      if (!hasLetter(before) && !hasLetter(after)) return true;
    }
  }
  return false;
}

const levelWords = new Set(LEVEL_WORDS_AFTER_CHANGE);

/** Whether the word before the figure, past qualifiers (`lên gần`), is one that gives the level a change reaches. */
function levelWordBefore(words: Word[], figure: number): boolean {
  const k = beforeQualifiers(words, figure);
  return k >= 0 && levelWords.has(words[k]!.key);
}

/**
 * `VN-Index tăng 2,15 điểm (+0,29%) lên 753,46 điểm với tổng khối lượng …`: the level a change
 * reaches measures what changes, the change before it in the same clause, not a phrase after it.
 */
function levelsTakeTheirChangesName(readings: Reading[]): void {
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    if (!r.levelAfterChange || r.q.range || (r.name && r.source !== 'after')) continue;
    let j = i - 1;
    while (j >= 0 && readings[j]!.sentence === r.sentence && readings[j]!.clause === r.clause && !readings[j]!.q.change) j--;
    const change = readings[j];
    if (!change || change.sentence !== r.sentence || change.clause !== r.clause || !change.q.change || change.source !== 'before' || !change.name || change.verbName) continue;
    // (A level in the change's unit, or any after a change in percent: not a rank reached after `giảm 7 bậc`.)
    if (change.q.unit !== '%' && change.q.unit?.toLowerCase() !== r.q.unit?.toLowerCase() && !(change.q.currency && change.q.currency === r.q.currency)) continue;
    r.name = change.name;
    r.source = 'before';
    r.subject ??= change.subject;
  }
}

/**
 * `Audi A8 có giá bán 104.000 USD (khoảng 2,36 tỷ đồng)`: a sum in brackets right after
 * another, alone or after a word of conversion, is that sum in another currency: it
 * measures the same thing for the same owner and time (a range in the brackets, both bounds).
 */
function restatementsTakeTheirFigures(text: string, readings: Reading[]): void {
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    const previous = readings[i - 1]!;
    // (Sums only: counts in brackets are often parts, `2 băng đạn (52 viên)`.)
    if (previous.sentence !== r.sentence || r.q.kind !== 'money' || previous.q.kind !== 'money' || r.q.list || r.q.range === 'upper') continue;
    if (!restatesFigureBefore(text.slice(previous.q.end, r.q.start))) continue;
    const upper = r.q.range === 'lower' ? readings[i + 1] : undefined;
    const last = upper ?? r;
    if (!/^\s*\)/u.test(text.slice(last.q.end, last.q.end + 4))) continue;
    for (const bound of upper ? [r, upper] : [r]) {
      bound.name = previous.name;
      bound.source = previous.source;
      bound.subject = previous.subject;
      bound.period ??= previous.period;
    }
  }
}
const restatementLeads = new Set(RESTATEMENT_LEADS);
/** The text between two figures opens a bracket, with at most a word of conversion (`(tương đương `). */
function restatesFigureBefore(between: string): boolean {
  const trimmed = between.trim();
  if (trimmed.length > 30 || trimmed.charCodeAt(0) !== 40 /* ( */) return false;
  const lead = trimmed.slice(1).trim().toLowerCase().replace(/\s+/gu, ' ');
  return lead === '' || restatementLeads.has(lead);
}

/**
 * Both bounds of a range measure the same thing (SPEC: the same `name`); the upper bound,
 * which carries the unit, usually says what. A figure with no name of its own in the same
 * clause as the one before it (`ước đạt X, tăng Y% so với …`, `(68 tỷ USD/tháng)`), or in a
 * clause of no words of its own after it (`…; năm 2025 từ 35-38 tỷ USD`), measures what that
 * one does.
 */
function shareAcrossRangesAndChanges(readings: Reading[]): void {
  // `kích thước 106 x 54 x 15 mm`: each side of a size measures what the first one does, whose
  // and when (the words before a later side are only the sides before it).
  for (let i = 1; i < readings.length; i++) {
    const side = readings[i]!;
    const before = readings[i - 1]!;
    if (side.q.side !== 'next' || before.q.side === undefined) continue;
    side.name = before.name;
    side.source = before.source;
    side.subject = before.subject;
    side.period = before.period;
  }
  for (let i = 0; i + 1 < readings.length; i++) {
    const lower = readings[i]!;
    const upper = readings[i + 1]!;
    if (lower.q.range !== 'lower' || upper.q.range !== 'upper') continue;
    // The upper bound carries the counted noun; else the lower one stands next to the measured phrase.
    const name = upper.source === 'counted' || !lower.name ? upper.name : lower.name;
    const subject = upper.source === 'counted' || !lower.subject ? upper.subject ?? lower.subject : lower.subject;
    lower.name = upper.name = name;
    lower.subject = upper.subject = subject;
  }
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    const previous = readings[i - 1]!;
    if (r.name || (r.q.list && !r.q.list.withUnits) || previous.sentence !== r.sentence || (previous.clause !== r.clause && !r.bare)) continue;
    r.name = previous.name;
    r.subject ??= previous.subject;
  }
  // `Giá ngày giường tại BV hạng đặc biệt là 677.100 đồng; BV hạng 1 là 632.200 đồng, BV hạng 2
  // là …`: an item that names only its owner, in the unit of the figure before, after a `;` or
  // a comma, gives that figure's measure for another owner.
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    const previous = readings[i - 1]!;
    if (r.name || !r.subject || !previous.name || !previous.subject || previous.sentence !== r.sentence) continue;
    if (r.q.kind !== previous.q.kind || r.q.unit !== previous.q.unit || r.q.list || previous.q.list) continue;
    r.name = previous.name;
    r.source = previous.source;
  }
  // `Tổng số doanh nghiệp … là 886 doanh nghiệp, tăng 199 doanh nghiệp so với …`: a change
  // counted in the unit of a figure before it, in the same sentence, changes what that figure
  // measures (SPEC: a change is named by what changes), not its bare counted noun; so does a
  // bound or a range that is a clause alone (`…có số dân dưới 5 nghìn người …; từ 5 nghìn người
  // đến dưới 9 nghìn người …`).
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    const threshold = r.bare && (r.q.range !== undefined || r.q.qualifier === 'more_than' || r.q.qualifier === 'less_than');
    if ((!r.q.change && !threshold) || r.source !== 'counted' || !r.q.unit) continue;
    const unit = r.q.unit.toLowerCase();
    let j = i - 1;
    while (j >= 0 && readings[j]!.sentence === r.sentence && readings[j]!.q.unit?.toLowerCase() !== unit) j--;
    const previous = readings[j];
    if (!previous || previous.sentence !== r.sentence || previous.source !== 'before' || !previous.name || previous.q.change) continue;
    r.name = previous.name;
    r.source = 'before';
  }
  // `các TCTD đã tăng 0,3%-0,5% lãi suất huy động và giảm 0,3-0,5% lãi suất cho vay`: a figure
  // of the same clause with no owner of its own belongs to the owner of the one before.
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i]!;
    const previous = readings[i - 1]!;
    if (r.subject || !previous.subject || previous.sentence !== r.sentence || previous.clause !== r.clause) continue;
    r.subject = previous.subject;
  }
}

/**
 * A subject that is what another figure of the sentence measures (`Thuê bao điện thoại ước đạt
 * 2.890.000 thuê bao, tăng 10,74% …`) is no owner.
 */
function dropSubjectsThatAreNames(readings: Reading[]): void {
  for (let i = 0; i < readings.length; ) {
    let j = i;
    while (j < readings.length && readings[j]!.sentence === readings[i]!.sentence) j++;
    for (let k = i; k < j; k++) {
      const subject = readings[k]!.subject;
      if (!subject) continue;
      for (let m = i; m < j; m++) {
        // Its own name may hold it (an owner inside the phrase, see readFigure).
        if (m === k) continue;
        const name = readings[m]!.name;
        if (name && name.start < subject.end && subject.start < name.end) {
          readings[k]!.subject = null;
          break;
        }
      }
    }
    i = j;
  }
}


/**
 * With nothing else naming it, a count is named by its counted noun, as written at the figure's
 * end (SPEC: `427/635 xã` → `xã`; `… xuống còn 208 đơn vị` → `đơn vị`); never by a unit that
 * measures (`km`, `tấn`, `điểm`), which names nothing by itself (countedNoun's test).
 */
function countedUnitName(q: Quantity): Span | null {
  if (q.kind !== 'count') return null;
  const noun = countedNoun(q);
  return noun && noun.start < noun.end && noun.end === q.end && !matterUnits.has(q.unit!.toLowerCase()) ? noun : null;
}
const matterUnits = new Set(MATTER_UNITS.map((u) => u.toLowerCase()));

function record(doc: ArticleDocument, r: Reading): IndicatorRecord {
  const { q } = r;
  // (Every reader's span ends where its brackets close: see balancedSpan.)
  const name = (r.name && balancedSpan(doc.text, r.name)) ?? countedUnitName(q);
  const subject = r.subject && balancedSpan(doc.text, r.subject);
  // (The span's fields one by one: a spread of them, once per figure, takes V8's slow generic copy.)
  const span = spanOf(doc, q.start, q.end);
  return {
    type: 'indicator',
    article_id: span.article_id,
    start: span.start,
    end: span.end,
    text: span.text,
    sentence: span.sentence,
    kind: q.kind,
    value: q.value,
    total: q.total,
    unit: q.unit,
    currency: q.currency,
    name: name ? doc.text.slice(name.start, name.end) : null,
    name_start: name?.start ?? null,
    name_end: name?.end ?? null,
    subject: subject ? doc.text.slice(subject.start, subject.end) : null,
    subject_start: subject?.start ?? null,
    subject_end: subject?.end ?? null,
    period: r.period,
    qualifier: q.qualifier,
    change: q.change,
    baseline: q.baseline,
  };
}

/**
 * `văn bản 571/VPCP-KTTH ngày 19-1-2017 của VPCP`: a date right after a document's number (and
 * `ngày`) is the document's, no figure's period.
 */
function datesADocument(doc: ArticleDocument, d: DateMention): boolean {
  for (const n of doc.documentNumbers) {
    if (n.end > d.start) break;
    if (d.start - n.end <= 12 && DOCUMENT_DATE_GAP.test(doc.text.slice(n.end, d.start))) return true;
  }
  return false;
}
const DOCUMENT_DATE_GAP = letterPattern(`^[\\s,]*(?:(?:${DOCUMENT_DATE_VERBS.join('|')})\\s+)?(?:ngày\\s*)?$`, 'u');
