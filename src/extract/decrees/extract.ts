// Decrees: every cited legal or administrative document (SPEC "decree").
// Parsers propose citations (numbered symbols, `Type số N`, named laws and resolutions,
// documents cited by full title); refiners read the date, issuer and subject around each,
// share a `của`/`về` phrase across a list, drop titles nested in another's subject, and
// merge repeated citations of one document.
import type { DateMention } from '../../normalize/dates.js';
import type { DecreeRecord } from '../../schema/records.js';
import { DOCUMENT_TYPE_PATTERN, DOCUMENT_TYPE_WORDS, documentTypeOfCode, LAW_TYPE_NAMES, type DocumentType } from '../../vocab/document-types.js';
import { literalAlternation } from '../../text/patterns.js';
import { issuerOfCode, isIssuerCode } from '../../vocab/issuers.js';
import { sentenceAt } from '../../text/segment.js';
import { organizationPhrase } from '../../text/organization-phrase.js';
import { opensLongerWord, openingWordEntry, readWords, Tag } from '../../text/words.js';
import { matchesAt, offsetsOf, scanWords } from '../../normalize/scan.js';
import { SuffixTable } from '../../normalize/word-table.js';
import {
  GENERIC_WORDS_AFTER_TYPE,
  ISSUING_VERBS_BEFORE_TYPE,
  LAW_NAME_STOP_WORDS,
  ORDINAL_WORDS,
  ORGANIZATION_WORDS_BEFORE_TYPE,
  TITLED_DOCUMENT_TYPES,
  TITLE_END_WORDS,
  TITLE_VERBS,
  SENDING_VERBS,
  LIST_CONJUNCTIONS,
  TO_BE_DRAFTED_WORDS,
  NOT_LAW_NAME_WORDS,
  NUMBER_IN_NAME_TYPES,
  OPTION_TYPES,
  TITLE_CONTINUATIONS,
  PLENUM_NUMBER_WORDS,
  CENTRAL_COMMITTEE_SHORT_FORMS,
} from '../../vocab/decree-phrases.js';
import { COUNTED_UNITS, NON_QUANTITY_FOLLOWERS, SCALES } from '../../vocab/quantities.js';
import { knownLawNameAt } from './law-names.js';
import { aboutTitledDocuments, agreementDocuments, AGREEMENT_TYPE_NAMES, DECREE_MARKS, dotsStart, draftBefore, quotedTitleDocuments, RESOLUTION_WORDS, resolutionLists, titleEnd as namedTitleEnd } from './named.js';
import type { ArticleDocument } from '../../pipeline/document.js';
import type { Extractor } from '../types.js';
import { spanOf } from '../span.js';
import { byStart } from '../../text/spans.js';
import { letterPattern, lettered, startsLower } from '../../text/letters.js';

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
  /** Found with its title and issuer already read (named.ts). */
  titled?: boolean;
}

const L = '\\p{L}';
const typeAlternation = DOCUMENT_TYPE_PATTERN;
const TYPE_BEFORE = letterPattern(`(?<![${L}])(${typeAlternation})\\s*(?:số\\s*)?(?:hiệu\\s*)?:?\\s*$`, 'iu');
const alternation = literalAlternation;
const ORDINAL_BEFORE = letterPattern(`(?<![${L}])(?:${alternation(ORDINAL_WORDS)})\\s*$`, 'iu');
// `Luật An ninh mạng`, `Luật đất đai`, `Bộ luật hình sự năm 1999`, `Luật Nhà ở 2006`,
// `Luật Quản lý nợ công (sửa đổi)`: the name's words up to a stop word, then a year or
// `(sửa đổi)` that belong to it.
/** The types of law a name follows (`Bộ luật Hình sự`, `Luật Đất đai`, `Pháp lệnh Ngoại hối`), as a pattern. */
// (A code's `Luật` may be capitalised: `Bộ Luật Hình sự`.)
const LAW_TYPES = alternation([...LAW_TYPE_NAMES, 'Bộ Luật']);
/** The types whose documents have names of their own (`Luật Thủy sản`): a verb after one is no title. */
const NAMED_LAW_TYPES = new Set([...LAW_TYPE_NAMES, 'Hiến pháp']);
/** A law's type opening its name, and the space after it. */
const LAW_TYPE_OPENING = letterPattern(`^(${LAW_TYPES})\\s+`, 'u');
const LAW_WORD = `(?!(?:${alternation(LAW_NAME_STOP_WORDS)}|${typeAlternation})(?![${L}]))[${L}]+`;
/** A year and an amendment in brackets after a law's name, both its own (`Luật Nhà ở 2006`, `… (sửa đổi)`). */
const LAW_YEAR_AND_AMENDMENT = `(?:\\s+(?:năm\\s+)?(?:19|20)\\d{2}(?![\\d/]|[.,]\\d))?(?:\\s*\\(sửa đổi(?:,\\s*bổ sung)?\\))?`;
const NAMED_LAW = letterPattern(
  `(Dự thảo\\s+)?((?:${LAW_TYPES})\\s+(?!(?:${alternation([...NOT_LAW_NAME_WORDS, ...LAW_NAME_STOP_WORDS])})(?![${L}]))(?:\\p{Lu}[${L}]*|[${L}]+)(?:\\s+${LAW_WORD}){0,7}` +
    `(?:,\\s*chống\\s+[${L}]+(?:\\s+(?!của\\s+\\p{Lu})(?!(?:${alternation(LAW_NAME_STOP_WORDS.filter((w) => w !== 'của'))})(?![${L}]))[${L}]+){0,4})?` +
    `${LAW_YEAR_AND_AMENDMENT})`,
  'gu',
);
// `Luật sửa đổi, bổ sung một số điều của Luật Đầu tư`, `Nghị định sửa đổi Nghị định 100`:
// one (amending) document; the amended one is only mentioned in its title. (A number ends on a
// digit or a letter: `… sửa đổi Nghị định 100.` ends its sentence.)
const AMENDED = `(?:${LAW_TYPES})\\s+\\p{Lu}[${L}]*(?:\\s+${LAW_WORD}){0,6}|(?:${typeAlternation})\\s+(?:số\\s+)?\\d(?:[\\d/.\\p{L}-]*[\\d\\p{L}])?`;
const AMENDING_LAW = letterPattern(
  `(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Thông tư|Nghị quyết|Quyết định)\\s+[sS]ửa đổi(?:,?\\s*bổ sung)?\\s+(?:một số điều\\s+)?(?:của\\s+)?(?:các\\s+)?(?:${AMENDED})`,
  'gu',
);
/** Whether a lower-case word the dictionary knows only as an adjective opens text[at…] (`sớm`, `cao nhất`, `nổi tiếng`). */
function qualifierOpens(text: string, at: number): boolean {
  const c = text.charAt(at);
  if (c === c.toUpperCase()) return false;
  const entry = openingWordEntry(text, at, Math.min(text.length, at + 24));
  return entry !== undefined && (entry.tags & Tag.Adjective) !== 0 && (entry.tags & (Tag.Noun | Tag.Verb)) === 0;
}

/** What may follow a known law's name as part of its citation: a year, an amendment (also written without brackets). */
const LAW_NAME_SUFFIX = letterPattern(`^(?:${LAW_YEAR_AND_AMENDMENT}(?:\\s+sửa đổi(?:,\\s*bổ sung)?)?)`, 'u');
const LAW_NAME_LIST = letterPattern(`^(?:,\\s*${LAW_WORD}(?:\\s+${LAW_WORD}){0,4})+\\s+và\\s+${LAW_WORD}(?:\\s+${LAW_WORD}){0,4}`, 'u');
const TITLE_CONTINUES = letterPattern(`^,\\s*(?:${alternation(TITLE_CONTINUATIONS)})(?![${L}])`, 'u');
// Resolutions named by the Party meeting that passed them: a congress by its number (`Đại hội
// lần thứ XII`, `Đại hội XII`), a Central Committee plenum by its number, in figures or words
// (`Trung ương 4`, `Hội nghị Trung ương tám`, `Hội nghị lần thứ tư Ban Chấp hành Trung ương
// Đảng`), its term after it (`…, khóa XII`).
const PLENUM_NUMBER = `(?:\\d+|${alternation(PLENUM_NUMBER_WORDS)})(?![\\p{L}\\d/-])`;
const TERM = `(?:[^;.()]{0,40}?[Kk]hóa\\s+[IVXLC]+)?`;
const NAMED_RESOLUTION = letterPattern(
  `[Nn]ghị quyết\\s+(Đại hội[^,;.()“”"]{3,80}?lần thứ\\s+[IVXLC]+|Đại hội\\s+[IVXLC]+(?![\\p{L}\\d])|(?:Hội nghị\\s+)?Trung ương\\s+${PLENUM_NUMBER}${TERM}|Hội nghị\\s+lần\\s+thứ\\s+${PLENUM_NUMBER}\\s+Ban Chấp hành Trung ương(?:\\s+Đảng)?${TERM}|(?:${alternation(CENTRAL_COMMITTEE_SHORT_FORMS)})\\s+\\d+(?![\\d/-]))`,
  'uy',
);
// Tried only where one of its type words occurs (see DECREE_MARKS).
// (`Quốc gia` may be capitalised after the type: `Chiến lược Quốc gia về biến đổi khí hậu`.)
const TITLED = letterPattern(`(${alternation(TITLED_DOCUMENT_TYPES)})\\s+(?=\\p{Ll}|Quốc gia\\s)`, 'uy');
// … or the first half of a name joined by a dash (`ĐH Kinh tế - Luật`, a university).
const ORGANIZATION_BEFORE = letterPattern(`(?:(?<![${L}])(?:${alternation(ORGANIZATION_WORDS_BEFORE_TYPE)})\\s*|\\p{Lu}\\p{Ll}*(?: \\p{Ll}+)? [-–] )$`, 'u');
const GENERIC_AFTER_TYPE = letterPattern(`^(?:${alternation(GENERIC_WORDS_AFTER_TYPE)})(?![${L}])`, 'u');
// `xây dựng Kế hoạch`, `xây dựng và triển khai Kế hoạch`, `xây dựng Chương trình, Kế hoạch`.
const TO_BE_DRAFTED = letterPattern(`(?:${alternation(TO_BE_DRAFTED_WORDS)})(?:\\s+và\\s+\\p{L}+(?:\\s+\\p{L}+)?)?(?:\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{L}+)?\\s*,)?\\s*$`, 'iu');
const TITLE_END = letterPattern(`^\\s(?:${alternation(TITLE_END_WORDS)})\\s`, 'u');
const NEXT_TYPE_AFTER_AND = letterPattern(`^\\svà\\s+(?:${DOCUMENT_TYPE_PATTERN})\\s`, 'u');

/** Each type word as written in the table, by its lower case. */
const TYPE_BY_LOWER_WORD = new Map<string, DocumentType>();
for (const d of DOCUMENT_TYPE_WORDS) if (!TYPE_BY_LOWER_WORD.has(d.word.toLowerCase())) TYPE_BY_LOWER_WORD.set(d.word.toLowerCase(), d.type);
const TYPE_WORDS_AS_WRITTEN = new Set(DOCUMENT_TYPE_WORDS.map((d) => d.word));

function canonicalType(word: string): DocumentType {
  return TYPE_BY_LOWER_WORD.get(word.toLowerCase())!;
}

const SAYING_VERB = lettered(/(?<!\p{L})(?:là|nói|cho biết)(?!\p{L})/u);
const LAW_NAMED_BY_ACRONYM = lettered(/^((?:Bộ luật|Bộ Luật|Luật|Pháp lệnh)\s+[\p{Lu}\d&]{2,}(?:\s+(?:năm\s+)?(?:19|20)\d{2})?(?:\s*\(sửa đổi[^)]*\))?)(?:\s|$)/u);
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
    // `TTLT-BYT-BGDĐT`: a joint document's issuer codes, every one.
    const issuerPart = typeFromCode ? (codes.slice(1).join('-') || null) : (codes[0] ?? null);
    const issuerCode = issuerPart?.replace(/^(QH|UBTVQH)\d+$/, '$1') ?? null;
    citations.push(newCitation(typeStart, n.end, docType, n.number, n.symbol, n.year, issuerCode, null));
  }

  // Amending documents first: the documents their titles name are inside them.
  for (const m of text.includes('sửa đổi') || text.includes('Sửa đổi') ? scanWords(text, AMENDING_LAW) : []) {
    const end = m.index! + m[0].length;
    if (overlaps(citations, m.index!, end)) continue;
    const c = newCitation(m.index!, end, canonicalType(/^(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Thông tư|Nghị quyết|Quyết định)/u.exec(m[0])![0]).name, null, null, null, null, m[0]);
    c.draft = draftBefore(text, m.index!);
    citations.push(c);
  }

  // 2. `Nghị quyết số 116`, `Nghị định 83`: a number without a symbol is the symbol; `Đề án
  // 06` keeps it in its name. Lower-case types (`công văn số 2718`, `quyết định 49/2011`)
  // count with `số`, a year, a date or an issuer after them; a number followed by a counted
  // noun is no document (`Kế hoạch 5 năm`). `Chỉ thị 03, 05 của …` cites two.
  for (const m of typedNumbers(text, doc.digits)) {
    const start = m.index!;
    let end = start + m[0].length;
    if (overlaps(citations, start, end)) continue;
    const written = m[1]!;
    const type = canonicalType(written);
    const exactCase = TYPE_WORDS_AS_WRITTEN.has(written);
    if (!exactCase) {
      if (written === written.toUpperCase()) continue; // a heading in capitals (`KẾ HOẠCH 34`)
      // (Or after a verb that issues it: `vừa ban hành kế hoạch 35 nhằm …`.)
      if (!m[2] && !m[4] && !/^\s*,?\s*(?:ngày|của)\s/u.test(text.slice(end, end + 12)) && !ISSUED_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    }
    // `Nghị định 105 năm 2014`: the year the document was issued, after its number.
    const yearAfter = !m[4] ? /^\s+năm\s+((?:19|20)\d{2})(?![\d/])/u.exec(text.slice(end, end + 12)) : null;
    if (!m[2] && !m[4] && !yearAfter && NOT_AFTER_NUMBER.test(text.slice(end, end + 24)) && !/^\s+ngày\s+\d/u.test(text.slice(end, end + 10))) continue;
    // `Phương án 2 là …`: an option's ordinal, unless a year, a date or an issuer follows.
    if (OPTIONS.has(type.name) && !m[4] && !yearAfter && !/^\s*,?\s*(?:ngày|của)\s/u.test(text.slice(end, end + 12))) continue;
    const number = m[3]!;
    if (yearAfter) end += yearAfter[0].length;
    // `Hiến pháp 2013`, `Luật Nhà ở 2006`: a year after the type is part of the name.
    if (!m[2] && !m[4] && /^(?:19|20)\d{2}$/.test(number)) {
      if (type.namedWithoutNumber) citations.push(newCitation(start, end, type.name, null, null, null, null, `${written} ${number}`));
      continue;
    }
    if (m[4]) citations.push(newCitation(start, end, type.name, number, `${number}/${m[4]}`, Number(m[4]), null, null));
    else if (!m[2] && NUMBER_IN_NAME.has(type.name)) citations.push(newCitation(start, end, type.name, number, null, null, null, `${written} ${number}`));
    else {
      const c = newCitation(start, end, type.name, number, number, yearAfter ? Number(yearAfter[1]) : null, null, null);
      citations.push(c);
    }
    for (let more = LIST_NUMBER.exec(text.slice(end, end + 16)); more && !m[4]; more = LIST_NUMBER.exec(text.slice(end, end + 16))) {
      const at = end + more[0].length - more[1]!.length;
      end = at + more[1]!.length;
      citations.push(newCitation(at, end, type.name, more[1]!, more[1]!, null, null, null));
    }
  }

  // 3. Named laws and resolutions: `Luật An ninh mạng`, `Dự thảo Luật Đặc khu`.
  for (const m of scanWords(text, NAMED_LAW)) {
    const nameStart = m.index! + (m[1]?.length ?? 0);
    let end = m.index! + m[0].length;
    if (overlaps(citations, nameStart, end)) continue;
    if (ORGANIZATION_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    let name = m[2]!.trim();
    // `Luật BHYT đồng bộ với …`: a law named by its acronym ends there (a year or `(sửa đổi)` may follow).
    const acronym = LAW_NAMED_BY_ACRONYM.exec(name);
    if (acronym && acronym[1]!.length < name.length) {
      name = acronym[1]!;
      end = nameStart + name.length;
    }
    // `Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ`: parts after commas, when
    // the list closes with `và` before any word that ends a name.
    const list = LAW_NAME_LIST.exec(text.slice(end, end + 120));
    if (list && !/\d/.test(list[0])) {
      end += list[0].length;
      name = text.slice(nameStart, end).trim();
    }
    // A name the tables know is read to its end (`Luật Cán bộ, công chức`, `Luật Hôn nhân và gia
    // đình`), a year or an amendment after it kept; the word-by-word reading stops there too
    // when it ran on (`Bộ luật Hình sự vốn …`), unless the name is one syllable (`Luật Giá`).
    const known = knownLawNameAt(text, nameStart);
    if (known && (known.end > nameStart + name.length || known.syllables >= 3)) {
      end = known.end + (LAW_NAME_SUFFIX.exec(text.slice(known.end, known.end + 30))?.[0].length ?? 0);
      name = text.slice(nameStart, end);
    }
    // `để Luật sớm đi vào cuộc sống`, `văn bản Luật cao nhất`: `Luật` alone (the law in general)
    // before a word in lower case that only qualifies (an adjective, an adverb) names no law.
    const opening = LAW_TYPE_OPENING.exec(name);
    if (!known && qualifierOpens(text, nameStart + (opening?.[0].length ?? 0))) continue;
    const type = canonicalType(opening?.[1] ?? 'Luật').name;
    // `Luật An ninh mạng số 24/2018/QH14`: one document, numbered; the name goes to it.
    const numbered = citations.find((c) => c.symbol && /^\s*,?\s*(?:số\s*)?$/u.test(text.slice(end, c.start)) && c.start >= end);
    if (numbered) {
      numbered.name = name;
      numbered.start = m.index!;
      numbered.docType = type;
      continue;
    }
    const c = newCitation(m.index!, end, type, null, null, null, null, name);
    // `Luật Quản lý nợ công (sửa đổi)`: a revision bill.
    c.draft = Boolean(m[1]) || /\(sửa đổi/u.test(name) || draftBefore(text, m.index!);
    citations.push(c);
  }
  const marks = DECREE_MARKS.find(text);
  for (const m of matchesAt(text, NAMED_RESOLUTION, offsetsOf(marks, RESOLUTION_WORDS), 'letter')) {
    const end = m.index! + m[0].length;
    if (overlaps(citations, m.index!, end)) continue;
    citations.push(newCitation(m.index!, end, 'Nghị quyết', null, null, null, null, m[0].trim()));
  }

  // Documents named by a `về` title, a quoted title, or listed under a lead-in (named.ts).
  for (const found of [...aboutTitledDocuments(text, marks), ...quotedTitleDocuments(text, marks), ...resolutionLists(text), ...agreementDocuments(text, marks)]) {
    // (An agreement's `về` title holds what the law rules read as a law: `Công ước … về Luật Biển`.)
    if (AGREEMENT_TYPE_NAMES.has(found.docType) && found.subject !== null) {
      const nameEnd = found.end - found.subject.length;
      for (let k = citations.length - 1; k >= 0; k--) if (citations[k]!.start >= nameEnd && citations[k]!.spanEnd <= found.end) citations.splice(k, 1);
    }
    if (overlaps(citations, found.start, found.end)) continue;
    const c = newCitation(found.start, found.end, found.docType, null, null, null, null, found.name);
    c.subject = found.subject;
    c.subjectEnd = found.end;
    c.issuer = found.issuer;
    c.ownIssuer = found.issuer !== null;
    c.draft = found.draft;
    c.titled = true;
    citations.push(c);
  }

  citations.sort(byStart);
  for (const c of citations) if (!c.titled) readSurroundings(text, c, dates);
  // A document cited inside another's title or inside brackets has no title of its own
  // there (`… thi hành một số điều của Luật Thanh tra về tổ chức …`, `(vi phạm Điều 7 Luật
  // Điện lực về hành vi trộm cắp điện)`).
  for (const c of citations) {
    if (!c.subject || c.titled) continue;
    const inside = citations.some((o) => o !== c && o.subject && o.subjectEnd !== null && o.spanEnd <= c.start && c.start < o.subjectEnd);
    if (inside || insideBrackets(text, doc.sentences[sentenceAt(doc.sentences, c.start)]!.start, c.start)) {
      c.subject = null;
      c.subjectEnd = null;
      c.tailEnd = c.spanEnd;
    }
  }
  shareAcrossLists(text, citations);

  // 4. Documents cited by their full title: `Kế hoạch thực hiện Quy hoạch … tỉnh Hải Dương`.
  const titled: Citation[] = [];
  for (const m of matchesAt(text, TITLED, offsetsOf(marks, TITLED_DOCUMENT_TYPES), 'letter')) {
    const start = m.index!;
    if (overlaps(citations, start, start + m[0].length)) continue;
    if (ORGANIZATION_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const sentence = doc.sentences[sentenceAt(doc.sentences, start)]!;
    if (start === sentence.start) continue; // sentence-initial capitals say nothing
    if (TO_BE_DRAFTED.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
    if (citations.some((c) => c.subject && c.spanEnd <= start && (c.subjectEnd ?? 0) > start)) continue;
    if (GENERIC_AFTER_TYPE.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
    // `Kế hoạch không gửi đến …`: a word of grammar after the type opens a clause, not a title.
    if (opensWithGrammarWord(text, start + m[0].length)) continue;
    const end = titleEnd(text, start + m[0].length, sentence.end);
    const name = text.slice(start, end).trim();
    const wordCount = name.split(/\s+/).length;
    if (wordCount < 5 || wordCount > 40 || SAYING_VERB.test(name)) continue;
    const c = newCitation(start, end, canonicalType(m[1]!).name, null, null, null, null, name);
    titled.push(c);
  }
  for (const c of titled) citations.push(c);
  citations.sort(byStart);

  return { records: merge(doc, citations.filter((c) => !typeStartsLongerWord(text, c))), warnings: [] };
};

/**
 * `Kế hoạch hóa gia đình` (family planning): a type word that opens a longer dictionary word
 * (text/words.ts) is that word's start, and names no document. (Only with the next syllable:
 * `Bộ luật hình sự` is a code of law however the dictionary reads `luật hình sự`.)
 */
function typeStartsLongerWord(text: string, c: Citation): boolean {
  const typeEnd = c.start + c.docType.length;
  return text.slice(c.start, typeEnd).toLowerCase() === c.docType.toLowerCase() && opensLongerWord(text, c.docType, typeEnd);
}

/** Words of a clause's grammar (`không`, `cũng`, `là`, `này`), never a title's first word; a change word may be (`Đề án nâng cao …`). */
const CLAUSE_GRAMMAR_TAGS = Tag.Auxiliary | Tag.Linking | Tag.Anaphor | Tag.Pronoun | Tag.Opener;

/** Whether the words from `at` open with a word of a clause's grammar, as one or two syllables. */
function opensWithGrammarWord(text: string, at: number): boolean {
  const entry = openingWordEntry(text, at, Math.min(text.length, at + 24));
  return entry !== undefined && (entry.tags & CLAUSE_GRAMMAR_TAGS) !== 0 && (entry.tags & (Tag.Noun | Tag.Verb)) === 0;
}

const TYPE_SUFFIX = new SuffixTable(DOCUMENT_TYPE_WORDS, (d) => d.word);
const NUMBER_IN_NAME = new Set(NUMBER_IN_NAME_TYPES);
/** `Kế hoạch 5 năm`, `Quyết định 3 người`, `Kế hoạch 125 triệu bảng`: a counted noun, a unit or a scale after the number. */
const NOT_AFTER_NUMBER = letterPattern(`^\\s+(?:${alternation([...NON_QUANTITY_FOLLOWERS, ...COUNTED_UNITS, ...SCALES.map(([w]) => w)].filter((w) => startsLower(w)))})(?![\\p{L}])`, 'u');
const OPTIONS = new Set(OPTION_TYPES);
/** `Chỉ thị 03, 05 của …`, `Nghị quyết 19 và 35`: the next number of a list of one type. */
const LIST_NUMBER = lettered(/^(?:\s*,\s*|\s+và\s+)(\d{1,4})(?![\d\p{L}/.,-])/u);
const NUMBER_AFTER_TYPE = lettered(/\d{1,5}(?:\/((?:19|20)\d{2}))?(?![\d\p{L}/-]|[.,]\d)/uy);

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

function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function overlaps(citations: Citation[], start: number, end: number): boolean {
  return citations.some((c) => c.start < end && start < c.end);
}

const DOC_TYPE_START = letterPattern(`^(?:${typeAlternation})(?![${L}])`, 'u');

/** An issuer after `của`: an organisation or office phrase, never running into a next document. */
export function issuerPhrase(text: string, from: number): string | null {
  const phrase = organizationPhrase(text, from, { stopBefore: (rest) => DOC_TYPE_START.test(rest) });
  return phrase ? phrase.text.replace(/[.\-–]+$/u, '') : null;
}

const ABOUT_AFTER_REFERENCE = lettered(/^\s*,?\s*(?:về\s+(?:việc\s+)?)?(?:["“](?:[Vv]ề\s+)?(\p{L}[^"”]{2,300})["”]|về\s+)/u);
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
  // `Ngày 7/6/2017, Thủ tướng Chính phủ đã ban hành Quyết định số 824-QĐ/TTg`: the date of the act.
  if (!c.issued) {
    const lead = ISSUED_BEFORE.exec(text.slice(Math.max(0, c.start - 90), c.start));
    if (lead) {
      const at = c.start - lead[0].length;
      const date = dates.find((d) => d.start >= at && d.start < at + 12 && d.kind === 'date');
      if (date) c.issued = date.value;
    }
  }
  // `(khóa XVII)`: a bracket after the issuer is passed over to the title.
  const bracket = /^\s*\([^()\n]{1,30}\)/u.exec(text.slice(pos, pos + 34));
  if (bracket && /^\s*[“"]?\s*về\s/u.test(text.slice(pos + bracket[0].length, pos + bracket[0].length + 8))) pos += bracket[0].length;
  // `Công văn số 567/BYT-KCB gửi các bệnh viện về việc bảo đảm thuốc`: whom a dispatch goes to
  // stands between it and its title; the title after `về việc` is still its own.
  const addressee = ADDRESSEE_BEFORE_TITLE.exec(text.slice(pos, pos + 90));
  if (addressee) pos += addressee[0].length;
  // Subject: `về ...` or a quoted title (`“về …”` loses its `về`), or a title that opens with
  // its verb (`quy định chi tiết …`, `hướng dẫn thực hiện …`), to where the title ends.
  // (`về việc “tổ chức …”`: the quoted title after `việc` too.)
  const about = ABOUT_AFTER_REFERENCE.exec(text.slice(pos, pos + 400));
  const aboutWord = /^\s*,?\s*[“"]?\s*về\s/u.test(text.slice(pos, pos + 10));
  const verb = TITLE_VERB.exec(text.slice(pos, pos + 30));
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
  } else if (verb && !(c.name && NAMED_LAW_TYPES.has(c.docType))) {
    // (After a law named by its own name, the verb is the sentence's: `Bộ luật Hình sự quy định
    // người bào chữa …` states what the law rules.)
    const from = pos + verb[0].indexOf(verb[1]!);
    const end = subjectEnd(text, from);
    c.subject = text.slice(from, end).trim() || null;
    c.subjectEnd = end;
  }
  c.tailEnd = c.subjectEnd ?? c.spanEnd;
  const year = c.symbolYear ?? (c.issued ? Number(c.issued.slice(0, 4)) : null);
  if (!c.issuer && c.issuerCode) {
    // `TTLT-BYT-BGDĐT`: a joint document names every issuer its code lists.
    const names = c.issuerCode.split('-').map((code) => issuerOfCode(code, year));
    // Codes that more than one body uses name no issuer (`UBND`, a party committee, `TW` for the
    // Central Committee, the Politburo or the Secretariat): only `của …` does.
    if (names.every((entry) => entry && !SHARED_ISSUER_CODES.has(entry.code))) c.issuer = names.map((e) => e!.name).join(', ');
  }
}

/** `ban hành ` right before a type in lower case: the verb that issues the document. */
const ISSUED_RIGHT_BEFORE = letterPattern(`(?:^|[^\\p{L}])(?:${ISSUING_VERBS_BEFORE_TYPE.join('|')})\\s+$`, 'u');
const SHARED_ISSUER_CODES = new Set(['UBND', 'HĐND', 'TU', 'ThU', 'HU', 'BTV', 'BCĐ', 'TW', 'TƯ']);
// (Signing dates it too: `Ngày 12/4/2018, Thủ tướng vừa ký Quyết định số …`.)
const ISSUED_BEFORE = lettered(/(?:^|[^\p{L}])[Nn]gày\s+[\d/.-]+\s*,\s*[^.;!?]{0,60}?(?:đã|vừa)?\s*(?:ký\s+ban hành|ban hành|ký)\s+$/u);
/** `gửi` and its addressee, up to a title's `về việc` (no mark between): what the pattern skips. */
const ADDRESSEE_BEFORE_TITLE = letterPattern(`^\\s+(?:${alternation(SENDING_VERBS)})\\s+[^,;.:()“”"]{2,70}?(?=\\s+về việc\\s)`, 'u');
const TITLE_VERB = letterPattern(`^\\s*,?\\s*(${[...TITLE_VERBS].sort((a, b) => b.length - a.length).join('|')})\\s`, 'u');

const TRAILING_CONJUNCTION = letterPattern(`\\s(?:${alternation(LIST_CONJUNCTIONS)})$`, 'u');

/**
 * A subject runs to `;`, `.`, a bracket, a word that opens the predicate (`nhằm`, `nên`, `và
 * quy định …`) or a comma that opens a new clause (`, ngành TT&TT đang …`).
 */
function subjectEnd(text: string, from: number): number {
  // A subject may list after a colon (`tại các huyện: Nga Sơn, Quảng Xương …`).
  let end = namedTitleEnd(text, from, true);
  // (A headline run into the next sentence, its stop lost, ends it where the word reader puts a
  // break of no width: `… thị trường chứng khoán Trước đó ngày 27/3 …`.)
  for (const w of readWords(text, from, end)) {
    if (w.start === w.end && w.key === '.') {
      end = w.start;
      break;
    }
  }
  while (end > from && /[\s,…]/.test(text[end - 1]!)) end--;
  // (A title ends on no conjunction: cut where a list runs on, its `và` is the list's.)
  const conjunction = TRAILING_CONJUNCTION.exec(text.slice(Math.max(from, end - 8), end));
  if (conjunction) {
    end -= conjunction[0].length;
    while (end > from && /[\s,…]/.test(text[end - 1]!)) end--;
  }
  return end;
}

/** A title runs to `;` or the end of the sentence, and stops before a parenthesis or `theo`. */
function titleEnd(text: string, from: number, sentenceEnd: number): number {
  const limit = Math.min(sentenceEnd, from + 250);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ';' || ch === '(' || ch === '“' || ch === '"' || ch === ':') return i;
    if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) return dotsStart(text, from, i);
    if (TITLE_END.test(text.slice(i, i + 8))) return i;
    // (Another document joined by `và` has a title of its own: `Chiến lược … và Chiến lược …`.)
    if (ch === ' ' && text.startsWith('và ', i + 1) && NEXT_TYPE_AFTER_AND.test(text.slice(i, i + 30))) return i;
    // A title's own commas go on to its next part (`…, tầm nhìn đến năm 2030`, `…, giai đoạn
    // 2016 - 2020`); any other comma ends it (`… đến năm 2030, tỉnh đầu tư mạnh`).
    if (ch === ',' && !TITLE_CONTINUES.test(text.slice(i, i + 20))) return i;
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
      // (An issuer the last one's code fixes is its own, not the list's: `Nghị quyết TƯ 4, Quyết
      // định số 1557/QĐ-TTg về …`.)
      const sharedIssuer = (last.issuer && !issuerFixedByCode(last) ? last.issuer : null) ?? leadIssuer(text, group[0]!.start);
      for (const c of group) {
        if (sharedIssuer && (!c.issuer || (c.issuerCode && c.issuer === issuerOfCode(c.issuerCode, null)?.name))) c.issuer = sharedIssuer;
        // A document with its own `của …` is not governed by the list's `về …`; nor is one of
        // another type (a resolution before the decision that carries it out).
        if (!c.subject && last.subject && (!c.ownIssuer || c === last) && c.docType === last.docType) c.subject = last.subject;
      }
    } else {
      const c = citations[i]!;
      const lead = leadIssuer(text, c.start);
      // (Not over an issuer the code fixes: `ý kiến chỉ đạo của Thủ tướng tại Thông báo số 150/TB-VPCP`
      // conveys the Prime Minister's word in the Government Office's notice.)
      if (lead && !text.slice(c.end, c.spanEnd).includes('của') && !issuerFixedByCode(c)) c.issuer = lead;
    }
    i = j + 1;
  }
}

/** The citation's issuer came from a code that names one body (`VPCP`, `TTg`), not a shared one (`UBND`). */
function issuerFixedByCode(c: Citation): boolean {
  if (!c.issuer || !c.issuerCode) return false;
  const year = c.symbolYear ?? (c.issued ? Number(c.issued.slice(0, 4)) : null);
  return c.issuerCode.split('-').map((code) => issuerOfCode(code, year)?.name).join(', ') === c.issuer;
}

const ISSUER_BEFORE_AT = lettered(/của\s+(\p{Lu}[^,;.()]{1,80}?)\s+tại\s*$/u);
/**
 * `ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn …`: an issuer named before the document.
 * Only when the whole phrase between `của` and `tại` reads as an organisation or office.
 */
function leadIssuer(text: string, citationStart: number): string | null {
  const lead = ISSUER_BEFORE_AT.exec(text.slice(Math.max(0, citationStart - 100), citationStart));
  if (!lead) return null;
  const candidate = lead[1]!.trim();
  const from = citationStart - lead[0].length + lead[0].indexOf(lead[1]!);
  return issuerPhrase(text, from) === candidate ? candidate : null;
}

/** A document's name as one record's key: lower case, a year with or without `năm` alike (`Luật Dân sự năm 2015`, `Luật dân sự 2015`). */
// (A plenum's resolution is one document named by its plenum or its committee, in full or short,
// its term after a comma or not: `Nghị quyết Trung ương 5, khóa XII`, `Nghị quyết Hội nghị Trung
// ương 5, Khóa XII`, `Nghị quyết TƯ 5`.)
function nameKey(name: string): string {
  return name.toLowerCase().replace(YEAR_WORD_BEFORE_YEAR, ' ').replace(PLENUM_WORD, 'nghị quyết ').replace(CENTRAL_SHORT, 'nghị quyết trung ương ').replace(COMMAS, ' ');
}
const YEAR_WORD_BEFORE_YEAR = / năm (?=\d{4}(?!\d))/gu;
const PLENUM_WORD = /^nghị quyết hội nghị /u;
const CENTRAL_SHORT = letterPattern(`^nghị quyết (?:${alternation(CENTRAL_COMMITTEE_SHORT_FORMS.map((f) => f.toLowerCase()))}) `, 'u');
const COMMAS = /\s*,\s*/gu;

function merge(doc: ArticleDocument, citations: Citation[]): DecreeRecord[] {
  const byKey = new Map<string, DecreeRecord>();
  const out: DecreeRecord[] = [];
  // `Nghị định 67` after `Nghị định 67/2014/NĐ-CP`: the short citation is the same document.
  const fullByNumber = new Map<string, string>();
  for (const c of citations) if (c.symbol && c.number && c.symbol !== c.number) fullByNumber.set(`${c.docType}:${c.number}`, `s:${c.symbol.toLowerCase()}`);
  for (const c of citations) {
    let key = c.symbol ? `s:${c.symbol.toLowerCase()}` : `n:${c.docType}:${nameKey(c.name ?? '')}`;
    if (c.symbol && c.symbol === c.number) key = fullByNumber.get(`${c.docType}:${c.number}`) ?? key;
    if (!c.symbol && c.name) {
      // `Kế hoạch chuyển đổi mã vùng` and `Kế hoạch chuyển đổi mã vùng điện thoại cố định`: one document.
      const name = nameKey(c.name);
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
      if (existing.symbol && existing.symbol === existing.number && c.symbol && c.symbol !== c.number) {
        existing.symbol = c.symbol;
        existing.issuer_code = c.issuerCode;
      }
      // `Nghị quyết về xử lý nợ xấu`, then `Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng`: the fuller name.
      if (c.name && existing.name && c.name.length > existing.name.length && c.name.toLowerCase().startsWith(existing.name.toLowerCase())) {
        existing.name = c.name;
        if (c.subject) existing.subject = c.subject;
      }
      existing.draft ||= c.draft;
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
