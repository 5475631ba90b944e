// Decrees: every cited legal or administrative document (SPEC "decree").
// Parsers propose citations (numbered symbols, `Type số N`, named laws and resolutions,
// documents cited by full title); refiners read the date, issuer and subject around each,
// share a `của`/`về` phrase across a list, drop titles nested in another's subject, and
// merge repeated citations of one document.
import type { DateMention } from '../../normalize/dates.js';
import type { DecreeRecord } from '../../schema/records.js';
import { DOCUMENT_TYPE_PATTERN, DOCUMENT_TYPE_WORDS, documentTypeOfCode, type DocumentType } from '../../vocab/document-types.js';
import { issuerOfCode, isIssuerCode } from '../../vocab/issuers.js';
import { sentenceAt } from '../../text/segment.js';
import { organizationPhrase } from '../../text/organization-phrase.js';
import { matchesAt, scanWords, wordStarts } from '../../normalize/scan.js';
import { SuffixTable } from '../../normalize/word-table.js';
import {
  CLAUSE_OPENERS_AFTER_COMMA,
  CLAUSE_VERBS,
  GENERIC_WORDS_AFTER_TYPE,
  LAW_NAME_STOP_WORDS,
  ORDINAL_WORDS,
  ORGANIZATION_WORDS_BEFORE_TYPE,
  SUBJECT_CLAUSE_VERBS,
  TITLED_DOCUMENT_TYPES,
  TITLE_END_WORDS,
  TO_BE_DRAFTED_WORDS,
} from '../../vocab/decree-phrases.js';
import type { ArticleDocument } from '../../pipeline/document.js';
import type { Extractor } from '../types.js';
import { spanOf } from '../span.js';

interface Citation {
  start: number;
  /** End of the citation proper (type word + number/name), before date and issuer. */
  end: number;
  docType: string;
  number: string | null;
  symbol: string | null;
  symbolYear: number | null;
  issuerCode: string | null;
  name: string | null;
  draft: boolean;
  issued: string | null;
  issuer: string | null;
  /** The issuer was read from this citation's own `của …`. */
  ownIssuer: boolean;
  subject: string | null;
  subjectEnd: number | null;
  /** End including date and issuer phrase: the record's span. */
  spanEnd: number;
  /** Where a following list item may start. */
  tailEnd: number;
}

const L = '\\p{L}';
const typeAlternation = DOCUMENT_TYPE_PATTERN;
const TYPE_BEFORE = new RegExp(`(?<![${L}])(${typeAlternation})\\s*(?:số\\s*)?(?:hiệu\\s*)?:?\\s*$`, 'iu');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const ORDINAL_BEFORE = new RegExp(`(?<![${L}])(?:${alternation(ORDINAL_WORDS)})\\s*$`, 'iu');
const NAMED_LAW = new RegExp(
  `(Dự thảo\\s+)?((?:Bộ luật|Luật|Pháp lệnh)\\s+\\p{Lu}[${L}]*(?:\\s+(?!(?:${alternation(LAW_NAME_STOP_WORDS)}|${typeAlternation})(?![${L}]))[${L}]+){0,7}(?:,\\s*chống\\s+[${L}]+(?:\\s+(?!của\\s+\\p{Lu})(?!(?:${alternation(LAW_NAME_STOP_WORDS.filter((w) => w !== 'của'))})(?![${L}]))[${L}]+){0,4})?)`,
  'gu',
);
const NAMED_RESOLUTION = new RegExp(`Nghị quyết\\s+(Đại hội[^,;.()“”"]{3,80}?lần thứ\\s+[IVXLC]+|Trung ương\\s+\\d+[^,;.()]{0,40}?khóa\\s+[IVXLC]+)`, 'uy');
// Tried only where one of its type words occurs (see wordStarts).
const TITLED = new RegExp(`(${alternation(TITLED_DOCUMENT_TYPES)})\\s+(?=\\p{Ll})`, 'uy');
const ORGANIZATION_BEFORE = new RegExp(`(?<![${L}])(?:${alternation(ORGANIZATION_WORDS_BEFORE_TYPE)})\\s*$`, 'u');
const GENERIC_AFTER_TYPE = new RegExp(`^(?:${alternation(GENERIC_WORDS_AFTER_TYPE)})(?![${L}])`, 'u');
// `xây dựng Kế hoạch`, `xây dựng và triển khai Kế hoạch`, `xây dựng Chương trình, Kế hoạch`.
const TO_BE_DRAFTED = new RegExp(`(?:${alternation(TO_BE_DRAFTED_WORDS)})(?:\\s+và\\s+\\p{L}+(?:\\s+\\p{L}+)?)?(?:\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{L}+)?\\s*,)?\\s*$`, 'iu');
/** `, TS Nguyễn Văn Huấn cho rằng …`: a comma that opens a new clause. */
const CLAUSE_AFTER_COMMA = new RegExp(`^,\\s*(?:\\S+\\s+){0,5}?(?:${alternation(CLAUSE_VERBS)})(?=[\\s,.;:])`, 'u');
const SUBJECT_CLAUSE_AFTER_COMMA = new RegExp(`^,\\s*(?:\\S+\\s+){0,3}?(?:${alternation(SUBJECT_CLAUSE_VERBS)})\\s`, 'u');
const OPENER_AFTER_COMMA = new RegExp(`^,\\s*(?:${alternation(CLAUSE_OPENERS_AFTER_COMMA)})(?![${L}])`, 'u');
const TITLE_END = new RegExp(`^\\s(?:${alternation(TITLE_END_WORDS)})\\s`, 'u');

function canonicalType(word: string): DocumentType {
  const found = DOCUMENT_TYPE_WORDS.find((d) => d.word.toLowerCase() === word.toLowerCase());
  return found!.type;
}

export const extractDecrees: Extractor<DecreeRecord> = (doc) => {
  const text = doc.text;
  const dates = doc.dates;
  const citations: Citation[] = [];

  // 1. Full symbols: `Nghị quyết số 52-NQ/TW`, `11248/UBND-THKH`, `24/2018/QH14`.
  for (const n of doc.documentNumbers) {
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const typed = TYPE_BEFORE.exec(before);
    const typeStart = typed ? n.start - typed[0].length + (typed[0].length - typed[0].trimStart().length) : n.start;
    const codes = n.codes;
    let docType: string | null = typed ? canonicalType(typed[1]!).name : null;
    const typeFromCode = codes[0] ? documentTypeOfCode(codes[0]) : null;
    if (!docType) {
      // With neither a type word nor a type code, the shape alone must carry it: not the year
      // of a technical standard (`QCVN 10-MT:2015/BTNMT`), not an ordinal (`kỳ họp thứ 4- HĐND`).
      if (!typeFromCode && (text[n.start - 1] === ':' || ORDINAL_BEFORE.test(before))) continue;
      if (typeFromCode) docType = typeFromCode.name;
      else if (codes[0] && /^QH\d*$/.test(codes[0])) docType = 'Luật';
      else if (codes[0] && isIssuerCode(codes[0].replace(/\d+$/, ''))) docType = 'Công văn';
      else continue;
    }
    // `QĐ-TTg` → TTg; `NQ/TW` → TW; `UBND-THKH` (no type code) → UBND; `QH14` → QH.
    const issuerPart = typeFromCode ? (codes[1] ?? null) : (codes[0] ?? null);
    const issuerCode = issuerPart?.replace(/^(QH|UBTVQH)\d+$/, '$1') ?? null;
    citations.push(newCitation(typeStart, n.end, docType, n.number, n.symbol, n.year, issuerCode, null));
  }

  // 2. `Nghị quyết số 116`: a number without a symbol; without `số` it is a name (`Đề án 06`).
  for (const m of typedNumbers(text, doc.digits)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(citations, start, end)) continue;
    const type = canonicalType(m[1]!);
    if (!m[2] && !m[4] && !type.namedWithoutNumber) continue;
    // `Nghị quyết 39`, not a heading in capitals (`KẾ HOẠCH 34`) nor a lower-case mention.
    if (!DOCUMENT_TYPE_WORDS.some((d) => d.word === m[1])) continue;
    const number = m[3]!;
    // `Nghị định 158/2013`: a short symbol with its year; `Nghị quyết số 116`: a bare number.
    if (m[4]) citations.push(newCitation(start, end, type.name, number, `${number}/${m[4]}`, Number(m[4]), null, null));
    else if (m[2]) citations.push(newCitation(start, end, type.name, number, number, null, null, null));
    else citations.push(newCitation(start, end, type.name, number, null, null, null, `${m[1]} ${number}`));
  }

  // 3. Named laws and resolutions: `Luật An ninh mạng`, `Dự thảo Luật Đặc khu`.
  for (const m of scanWords(text, NAMED_LAW)) {
    const nameStart = m.index! + (m[1]?.length ?? 0);
    const end = m.index! + m[0].length;
    if (overlaps(citations, nameStart, end)) continue;
    if (ORGANIZATION_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const name = m[2]!.trim();
    const type = /^Bộ luật/u.test(name) ? 'Bộ luật' : /^Pháp lệnh/u.test(name) ? 'Pháp lệnh' : 'Luật';
    // `Luật An ninh mạng số 24/2018/QH14`: one document, numbered; the name goes to it.
    const numbered = citations.find((c) => c.symbol && /^\s*,?\s*(?:số\s*)?$/u.test(text.slice(end, c.start)) && c.start >= end);
    if (numbered) {
      numbered.name = name;
      numbered.start = m.index!;
      numbered.docType = type;
      continue;
    }
    const c = newCitation(m.index!, end, type, null, null, null, null, name);
    c.draft = Boolean(m[1]);
    citations.push(c);
  }
  for (const m of matchesAt(text, NAMED_RESOLUTION, wordStarts(text, ['Nghị quyết']), 'letter')) {
    const end = m.index! + m[0].length;
    if (overlaps(citations, m.index!, end)) continue;
    citations.push(newCitation(m.index!, end, 'Nghị quyết', null, null, null, null, m[0].trim()));
  }

  citations.sort((a, b) => a.start - b.start);
  for (const c of citations) readSurroundings(text, c, dates);
  shareAcrossLists(text, citations);

  // 4. Documents cited by their full title: `Kế hoạch thực hiện Quy hoạch … tỉnh Hải Dương`.
  const titled: Citation[] = [];
  for (const m of matchesAt(text, TITLED, wordStarts(text, TITLED_DOCUMENT_TYPES), 'letter')) {
    const start = m.index!;
    if (overlaps(citations, start, start + m[0].length)) continue;
    if (ORGANIZATION_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const sentence = doc.sentences[sentenceAt(doc.sentences, start)]!;
    if (start === sentence.start) continue; // sentence-initial capitals say nothing
    if (TO_BE_DRAFTED.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
    if (citations.some((c) => c.subject && c.spanEnd <= start && (c.subjectEnd ?? 0) > start)) continue;
    if (GENERIC_AFTER_TYPE.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
    const end = titleEnd(text, start + m[0].length, sentence.end);
    const name = text.slice(start, end).trim();
    const wordCount = name.split(/\s+/).length;
    if (wordCount < 5 || wordCount > 40 || /(?<!\p{L})(?:là|nói|cho biết)(?!\p{L})/u.test(name)) continue;
    const c = newCitation(start, end, canonicalType(m[1]!).name, null, null, null, null, name);
    titled.push(c);
  }
  for (const c of titled) citations.push(c);
  citations.sort((a, b) => a.start - b.start);

  return { records: merge(doc, citations), warnings: [] };
};

const TYPE_SUFFIX = new SuffixTable(DOCUMENT_TYPE_WORDS, (d) => d.word);
const NUMBER_AFTER_TYPE = /\d{1,5}(?:\/((?:19|20)\d{2}))?(?![\d\p{L}/-]|[.,]\d)/uy;

/**
 * `Nghị quyết số 116`, `Đề án 06`, `Nghị định 158/2013`: found from the numbers (few) rather
 * than the type words (a 30-way alternation over the whole text). Each match is shaped like
 * TYPE_WITH_NUMBER's: [whole, type as written, `số `?, number, year?].
 */
function typedNumbers(text: string, digits: readonly number[]): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const n of matchesAt(text, NUMBER_AFTER_TYPE, digits, 'number')) {
    const window = text.slice(Math.max(0, n.index - 30), n.index);
    const so = /(?:^|\s)(số\s+)$/u.exec(window);
    const beforeSo = so ? window.slice(0, window.length - so[1]!.length) : window;
    const trimmed = beforeSo.replace(/\s+$/u, '');
    if (trimmed.length === beforeSo.length) continue; // the type word must be followed by a space
    const type = TYPE_SUFFIX.suffix(trimmed);
    if (!type) continue;
    const written = trimmed.slice(trimmed.length - type.word.length);
    const start = n.index - (window.length - (trimmed.length - type.word.length));
    const whole = text.slice(start, n.index + n[0].length);
    const number = n[0].split('/')[0]!;
    const m = Object.assign([whole, written, so?.[1], number, n[1]], { index: start }) as unknown as RegExpMatchArray;
    out.push(m);
  }
  return out;
}

function newCitation(
  start: number,
  end: number,
  docType: string,
  number: string | null,
  symbol: string | null,
  symbolYear: number | null,
  issuerCode: string | null,
  name: string | null,
): Citation {
  return {
    start,
    end,
    docType,
    number,
    symbol,
    symbolYear,
    issuerCode,
    name,
    draft: false,
    issued: null,
    issuer: null,
    ownIssuer: false,
    subject: null,
    subjectEnd: null,
    spanEnd: end,
    tailEnd: end,
  };
}

function overlaps(citations: Citation[], start: number, end: number): boolean {
  return citations.some((c) => c.start < end && start < c.end);
}

const DOC_TYPE_START = new RegExp(`^(?:${typeAlternation})(?![${L}])`, 'u');

/** An issuer after `của`: an organisation or office phrase, never running into a next document. */
export function issuerPhrase(text: string, from: number): string | null {
  const phrase = organizationPhrase(text, from, { stopBefore: (rest) => DOC_TYPE_START.test(rest) });
  return phrase ? phrase.text.replace(/[.\-–]+$/u, '') : null;
}

function readSurroundings(text: string, c: Citation, dates: DateMention[]): void {
  let pos = c.end;
  // Date: `ngày 27/9/2019`, `ngày 14-9-2018`, `ngày 7 tháng 2 năm 2020`.
  const afterDate = /^\s*,?\s*(?:ban hành\s+)?(?=ngày\s)/iu.exec(text.slice(pos, pos + 20));
  if (afterDate) {
    const date = dates.find((d) => d.start >= pos && d.start <= pos + afterDate[0].length + 6 && d.kind === 'date');
    if (date) {
      c.issued = date.value;
      pos = date.end;
    }
  }
  // Issuer: `của Bộ Chính trị`.
  const of = /^\s*,?\s*của\s+/u.exec(text.slice(pos, pos + 12));
  if (of) {
    const from = pos + of[0].length;
    const issuer = issuerPhrase(text, from);
    if (issuer) {
      c.issuer = issuer;
      c.ownIssuer = true;
      pos = from + issuer.length;
    }
  }
  c.spanEnd = pos;
  // Subject: `về ...` (or a quoted title) to the end of the clause.
  const about = /^\s*,?\s*(?:về\s+)?(?:["“]([^"”]{3,300})["”]|về\s+)/u.exec(text.slice(pos, pos + 400));
  const aboutWord = /^\s*,?\s*về\s/u.test(text.slice(pos, pos + 10));
  if (about && (about[1] || aboutWord)) {
    if (about[1]) {
      c.subject = about[1].trim();
      c.subjectEnd = pos + about[0].length;
    } else {
      const from = pos + about[0].length;
      const end = subjectEnd(text, from);
      c.subject = text.slice(from, end).trim() || null;
      c.subjectEnd = end;
    }
  }
  c.tailEnd = c.subjectEnd ?? c.spanEnd;
  const year = c.symbolYear ?? (c.issued ? Number(c.issued.slice(0, 4)) : null);
  if (!c.issuer && c.issuerCode) {
    const entry = issuerOfCode(c.issuerCode, year);
    if (entry && !['UBND', 'HĐND', 'TU', 'ThU', 'HU', 'BTV', 'BCĐ'].includes(entry.code)) c.issuer = entry.name;
  }
}

/** A subject runs to `;`, `.`, or a comma that opens a new clause (`, ngành TT&TT đang …`). */
function subjectEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 400);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ';' || ch === '\n' || ch === '“' || ch === '"') return i;
    if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) return i;
    if (ch === ',' && SUBJECT_CLAUSE_AFTER_COMMA.test(text.slice(i, i + 50))) return i;
  }
  return limit;
}

/** A title runs to `;` or the end of the sentence, and stops before a parenthesis or `theo`. */
function titleEnd(text: string, from: number, sentenceEnd: number): number {
  const limit = Math.min(sentenceEnd, from + 250);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ';' || ch === '(' || ch === '“' || ch === '"' || ch === ':') return i;
    if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) return i;
    if (TITLE_END.test(text.slice(i, i + 8))) return i;
    if (ch === ',' && (CLAUSE_AFTER_COMMA.test(text.slice(i, i + 60)) || OPENER_AFTER_COMMA.test(text.slice(i, i + 16)))) return i;
    if (ch === ')') return i;
    if (ch === '”') return i;
  }
  let end = limit;
  while (end > from && /[.…\s]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * `của X tại Công văn A; Công văn B và Công văn C về việc …`: a list of citations joined by
 * `;`, `,` or `và` shares the issuer before or after it and the subject after the last.
 */
function shareAcrossLists(text: string, citations: Citation[]): void {
  let i = 0;
  while (i < citations.length) {
    let j = i;
    while (j + 1 < citations.length && /^\s*(?:;|,|và|hoặc)\s*(?:và\s*)?$/u.test(text.slice(citations[j]!.spanEnd, citations[j + 1]!.start))) j++;
    if (j > i) {
      const group = citations.slice(i, j + 1);
      const last = group[group.length - 1]!;
      const sharedIssuer = last.issuer ?? leadIssuer(text, group[0]!.start);
      for (const c of group) {
        if (sharedIssuer && (!c.issuer || (c.issuerCode && c.issuer === issuerOfCode(c.issuerCode, null)?.name))) c.issuer = sharedIssuer;
        // A document with its own `của …` is not governed by the list's `về …`.
        if (!c.subject && last.subject && (!c.ownIssuer || c === last)) c.subject = last.subject;
      }
    } else {
      const c = citations[i]!;
      const lead = leadIssuer(text, c.start);
      if (lead && !text.slice(c.end, c.spanEnd).includes('của')) c.issuer = lead;
    }
    i = j + 1;
  }
}

/**
 * `ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn …`: an issuer named before the document.
 * Only when the whole phrase between `của` and `tại` reads as an organisation or office.
 */
function leadIssuer(text: string, citationStart: number): string | null {
  const lead = /của\s+(\p{Lu}[^,;.()]{1,80}?)\s+tại\s*$/u.exec(text.slice(Math.max(0, citationStart - 100), citationStart));
  if (!lead) return null;
  const candidate = lead[1]!.trim();
  const from = citationStart - lead[0].length + lead[0].indexOf(lead[1]!);
  return issuerPhrase(text, from) === candidate ? candidate : null;
}

function merge(doc: ArticleDocument, citations: Citation[]): DecreeRecord[] {
  const byKey = new Map<string, DecreeRecord>();
  const out: DecreeRecord[] = [];
  for (const c of citations) {
    let key = c.symbol ? `s:${c.symbol.toLowerCase()}` : `n:${c.docType}:${(c.name ?? '').toLowerCase()}`;
    if (!c.symbol && c.name) {
      // `Kế hoạch chuyển đổi mã vùng` and `Kế hoạch chuyển đổi mã vùng điện thoại cố định`: one document.
      const name = c.name.toLowerCase();
      const same = [...byKey.keys()].find((k) => {
        if (!k.startsWith(`n:${c.docType}:`)) return false;
        const other = k.slice(`n:${c.docType}:`.length);
        return other.startsWith(name + ' ') || name.startsWith(other + ' ') || other === name;
      });
      if (same) key = same;
    }
    const year = c.symbolYear ?? (c.issued ? Number(c.issued.slice(0, 4)) : null);
    const existing = byKey.get(key);
    if (existing) {
      existing.issued ??= c.issued;
      existing.issuer ??= c.issuer;
      existing.subject ??= c.subject;
      existing.year ??= year;
      continue;
    }
    const record: DecreeRecord = {
      type: 'decree',
      ...spanOf(doc, c.start, c.spanEnd),
      doc_type: c.docType,
      number: c.number,
      symbol: c.symbol,
      year,
      issuer_code: c.issuerCode,
      issuer: c.issuer,
      issued: c.issued,
      subject: c.subject,
      name: c.name,
      draft: c.draft,
    };
    byKey.set(key, record);
    out.push(record);
  }
  return out;
}
