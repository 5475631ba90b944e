// Documents cited by title rather than by number:
//   `Nghị quyết về Chương trình xây dựng luật, pháp lệnh của Quốc hội` (a `về` title),
//   `Đề án “Xử lý nợ xấu của hệ thống các tổ chức tín dụng”` (a quoted title),
//   `3 nghị quyết: Về hoàn thiện …; Về tiếp tục cơ cấu lại …` (a list under a lead-in).
// A `về` title names a document only when the text makes it one: a law (`Luật về Hội`), a
// draft (`dự thảo Nghị quyết về …`), or an issuer (`… của Quốc hội`, `… do Quốc hội ban hành`);
// `thực hiện Nghị quyết về chuyển đổi số` is a topic, not a citation.
import { dictionaryEntry, Tag } from '../../text/words.js';
import { isTwoSyllableWord } from '../../text/organization-phrase.js';
import { literalAlternation } from '../../text/patterns.js';
import { PERSON_HONORIFIC_ALTERNATION } from '../../vocab/surnames.js';
import { ISSUERS } from '../../vocab/issuers.js';
import { DOCUMENT_TYPE_PATTERN, LAW_TYPE_NAMES } from '../../vocab/document-types.js';
import { REPORTING_VERBS } from '../../vocab/clause-words.js';
import { LiteralFinder, matchesAt, offsetsOf } from '../../normalize/scan.js';
import { BODIES_NAMED_BY_AGREEMENT, CITATION_JOINERS, CLAUSE_OPENERS_AFTER_COMMA, DRAFT_CUES, LAW_NAME_STOP_WORDS, TITLED_BY_ABOUT_TYPES, TITLED_DOCUMENT_TYPES, TITLE_END_WORDS, SUBJECT_CLAUSE_VERBS, STATING_VERBS_BEFORE_MARK, WORDS_BEFORE_A_RULE_NOUN } from '../../vocab/decree-phrases.js';
import { hasLetter, hasLetterOrDigit, lettered, letterPattern, startsUpper, WORD_BEFORE } from '../../text/letters.js';

export interface NamedDocument {
  start: number;
  end: number;
  docType: string;
  name: string;
  subject: string | null;
  issuer: string | null;
  draft: boolean;
}


const DRAFT_BEFORE = letterPattern(`(?<![\\p{L}])(?:${literalAlternation(DRAFT_CUES)})\\s+(?:(?:một|các|những)\\s+)?$`, 'iu');
/** `… khẩn trương hoàn thiện để ban hành các Nghị định như: Nghị định về …`: documents still to be issued. */
// (An adverb may stand in the purpose: `để sớm ban hành`.)
const TO_BE_ISSUED = lettered(/(?:hoàn thiện để ban hành|để (?:\p{L}+ )?ban hành|trình ban hành|soạn thảo|xây dựng và trình)(?![\p{L}])[^.;!?]*$/iu);
const LAW_TYPES = new Set(LAW_TYPE_NAMES);

/** A draft cue right before a document (`dự thảo`, `dự án`, `Đề án`, `Dự`, `… để ban hành`). */
export function draftBefore(text: string, start: number): boolean {
  return DRAFT_BEFORE.test(text.slice(Math.max(0, start - 28), start)) || TO_BE_ISSUED.test(text.slice(Math.max(0, start - 160), start));
}

const ISSUER_NAMES = [...new Set([...ISSUERS.map((i) => i.name), 'Quốc hội', 'Chính phủ', 'Bộ Chính trị', 'Ban Bí thư', 'Thủ tướng', 'Thủ tướng Chính phủ', 'Ủy ban Thường vụ Quốc hội'])];
/** `… của Quốc hội`, `… của Chính phủ` at the end of a title: its issuer, not its words. */
const TRAILING_ISSUER = letterPattern(`\\s+của\\s+(${literalAlternation(ISSUER_NAMES)})$`, 'u');
const ISSUED_BY_AFTER = letterPattern(`^\\s+do\\s+(${literalAlternation(ISSUER_NAMES)})\\s+ban hành`, 'u');
const ABOUT_BEFORE = letterPattern(`(?<![\\p{L}])(${literalAlternation(TITLED_BY_ABOUT_TYPES)})\\s+$`, 'u');
const TITLE_END = letterPattern(`^\\s(?:${literalAlternation(TITLE_END_WORDS)})(?![\\p{L}])`, 'u');
// (`có quy định,`: the document has a provision that …)
const STATING_VERB_BEFORE_MARK = letterPattern(`^\\s(?:có\\s+)?(?:${literalAlternation(STATING_VERBS_BEFORE_MARK)})\\s*[,:]`, 'u');
const RULE_NOUN_AFTER = letterPattern(`(?:^|\\s)(?:${literalAlternation(WORDS_BEFORE_A_RULE_NOUN)})$`, 'u');
const CLAUSE_AFTER_COMMA = letterPattern(`^,\\s*(?:\\S+\\s+){0,3}?(?:${literalAlternation(SUBJECT_CLAUSE_VERBS)})\\s`, 'u');
/** `…, Cục QLCT thông báo …`: a capitalised actor and a verb of saying after a comma open the main clause. */
const SOURCE_AFTER_COMMA = letterPattern(`^,\\s*\\p{Lu}\\S*(?:\\s+\\S+){0,2}?\\s+(?:${literalAlternation(REPORTING_VERBS)})(?![\\p{L}])`, 'u');
/** `…, ông Nguyễn Văn A, Trưởng ban …, cho biết`: a person an honorific names after a comma is the main clause's actor. */
const PERSON_AFTER_COMMA = letterPattern(`^,\\s*(?:${PERSON_HONORIFIC_ALTERNATION})\\s+\\p{Lu}`, 'u');

/**
 * Where a title read from `from` ends: a clause break, a bracket or a quote, a word that
 * opens the predicate (`nhằm`, `được`, `vẫn`), a comma that opens a clause; at most 200
 * characters. A document's name also ends at a comma before a capitalised word (`…, Thống
 * đốc …`) and at a colon; a subject after a reference goes on over both (`… của UBND tỉnh,
 * Chủ tịch UBND tỉnh tại các huyện: Nga Sơn, …`).
 */
export function titleEnd(text: string, from: number, forSubject = false): number {
  const limit = Math.min(text.length, from + 200);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ';' || ch === '\n' || ch === '(' || ch === ')' || ch === '“' || ch === '”' || ch === '"' || ch === '…' || (ch === ':' && !forSubject)) return i;
    // (An ellipsis written as dots ends it before its first: `… trên địa bàn thành phố..`.)
    if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) return dotsStart(text, from, i);
    if (ch === ' ' && TITLE_END.test(text.slice(i, i + 24)) && !completesVerb(text, i)) return i;
    if (ch === ' ' && STATING_VERB_BEFORE_MARK.test(text.slice(i, i + 14)) && !RULE_NOUN_AFTER.test(text.slice(Math.max(from, i - 10), i))) return i;
    // (Another document cited after a comma or `và` ends the title: `Nghị định số 60/1994 về …,
    // Nghị định số 61/1994 về …`.)
    if ((ch === ',' || (ch === ' ' && (text.startsWith('và ', i + 1) || CITATION_JOINER_AT.test(text.slice(i, i + 14))))) && NEXT_CITATION.test(text.slice(i, i + 48))) return i;
    if (ch === ',' && (CLAUSE_AFTER_COMMA.test(text.slice(i, i + 40)) || OPENER_AFTER_COMMA.test(text.slice(i, i + 16)) || SOURCE_AFTER_COMMA.test(text.slice(i, i + 48)) || PERSON_AFTER_COMMA.test(text.slice(i, i + 8)) || (!forSubject && NEW_SUBJECT_AFTER_COMMA.test(text.slice(i - 12, i + 3))) || NEW_SUBJECT_AFTER_SYMBOL.test(text.slice(i - 24, i + 3)))) return i;
  }
  return limit;
}

/** Where the run of full stops ending at `dot` starts (not before `from`). */
export function dotsStart(text: string, from: number, dot: number): number {
  let at = dot;
  while (at > from && text[at - 1] === '.') at--;
  return at;
}

const NEXT_WORD = lettered(/^\s(\p{L}+)/u);
/**
 * Whether the word at `space + 1` completes the syllable before `space` as one verb of the
 * dictionary (`làm theo`, to follow: `về học tập và làm theo tư tưởng …`), rather than opening
 * the predicate.
 */
function completesVerb(text: string, space: number): boolean {
  let start = space;
  while (start > 0 && hasLetter(text[start - 1]!)) start--;
  const next = NEXT_WORD.exec(text.slice(space, space + 12));
  if (start === space || !next) return false;
  return (dictionaryEntry(`${text.slice(start, space).toLowerCase()} ${next[1]!}`)?.classes ?? '').startsWith('V');
}

/** `, Nghị định số 61/1994`, ` và Thông tư 77/2014`, ` và Nghị định về …`: a document type, then its number or its `về` title. */
// (Or a phrase that joins a second document: `… chỉnh đốn Đảng gắn với Chỉ thị 05 …`.)
const NEXT_CITATION = letterPattern(`^(?:,\\s*(?:và\\s+)?|\\svà\\s+|\\s(?:${literalAlternation(CITATION_JOINERS)})\\s+)(?:${DOCUMENT_TYPE_PATTERN})\\s+(?:(?:số\\s+)?\\d|về\\s)`, 'u');
const CITATION_JOINER_AT = letterPattern(`^\\s(?:${literalAlternation(CITATION_JOINERS)})\\s`, 'u');
const OPENER_AFTER_COMMA = letterPattern(`^,\\s*(?:${literalAlternation(CLAUSE_OPENERS_AFTER_COMMA)})(?![\\p{L}])`, 'u');
/** `…, Thống đốc …`: a capitalised word after a comma that follows a lower-case one opens a new clause. */
const NEW_SUBJECT_AFTER_COMMA = lettered(/\p{Ll},\s\p{Lu}$/u);
/** `… thực hiện Nghị quyết số 02-NQ/TU, Huyện ủy …`: after a document's symbol, a capital opens a new clause. */
const NEW_SUBJECT_AFTER_SYMBOL = lettered(/\s\d+[\p{Lu}\d/.-]*\/[\p{Lu}\d&.-]+,\s\p{Lu}$/u);

/** `Nghị quyết về X của Quốc hội`, `dự án Luật về Hội`, `Đề án Luật về …`. */
export function aboutTitledDocuments(text: string, marks: Map<string, number[]> = DECREE_MARKS.find(text)): NamedDocument[] {
  const out: NamedDocument[] = [];
  // Found from each `về` (a plain search) back to the type: a pattern that opens with the
  // type is tried at every position of the text and costs far more.
  for (const at of wordPositions(text, marks.get('về') ?? [], 'về')) {
    const m = ABOUT_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
    if (!m) continue;
    const start = at - m[0].length;
    let from = at + 2;
    if (!/\s/u.test(text[from] ?? '')) continue;
    while (/\s/u.test(text[from] ?? '')) from++;
    let end = titleEnd(text, from);
    while (end > from && /[\s,.…]/.test(text[end - 1]!)) end--;
    let title = text.slice(from, end);
    let issuer: string | null = null;
    const trailing = TRAILING_ISSUER.exec(title);
    if (trailing) {
      issuer = trailing[1]!;
      title = title.slice(0, trailing.index);
    } else {
      const by = ISSUED_BY_AFTER.exec(text.slice(end, end + 60));
      if (by) issuer = by[1]!;
    }
    const words = title.split(/\s+/).length;
    if (words < 1 || words > 30 || !hasLetter(title)) continue;
    const type = m[1]!;
    const draft = draftBefore(text, start);
    if (!LAW_TYPES.has(type) && !draft && !issuer) continue;
    out.push({ start, end, docType: type, name: `${type} về ${title}`, subject: title, issuer, draft: draft || (LAW_TYPES.has(type) && /dự án\s+$|[Dd]ự\s+$/u.test(text.slice(Math.max(0, start - 8), start))) });
  }
  return out;
}

// A lower-case `chương trình “…”` is a campaign or a show, not a document: only a capital one counts.
const QUOTED_BEFORE = lettered(/(?<![\p{L}])([ĐđKkQqNnCc](?:ề án|ế hoạch|uy hoạch|uy chế|ghị quyết|hỉ thị)|Chương trình|Chiến lược)\s+$/u);
/** The last letters of QUOTED_BEFORE's types: a quote after any other letter needs no pattern. */
const QUOTED_TYPE_LAST_LETTERS = new Set(['n', 'h', 'ế', 't', 'ị', 'c']);
const QUOTED_TITLE = /^[“"]([^”"\n]{3,200})[”"]/u;

/** `Đề án “Xử lý nợ xấu của hệ thống các tổ chức tín dụng”`: the title without its quotes. */
export function quotedTitleDocuments(text: string, marks: Map<string, number[]> = DECREE_MARKS.find(text)): NamedDocument[] {
  const out: NamedDocument[] = [];
  // From each opening quote after a space back to the type (see aboutTitledDocuments).
  for (const at of offsetsOf(marks, ['“', '"'])) {
    let last = at - 1;
    while (last > 0 && /\s/u.test(text[last]!)) last--;
    if (last === at - 1 || !QUOTED_TYPE_LAST_LETTERS.has(text[last]!)) continue;
    const m = QUOTED_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    if (!m) continue;
    const quoted = QUOTED_TITLE.exec(text.slice(at, at + 204));
    if (!quoted) continue;
    const start = at - m[0].length;
    const title = quoted[1]!.trim();
    // `đề án “Đầu tư xây dựng …”`: a quoted title makes even a lower-case type a citation, when
    // it opens as a title does, with a capital (`kế hoạch “bức tử”` is a scheme, not a document).
    if (m[1]!.charAt(0) === m[1]!.charAt(0).toLowerCase() && !startsUpper(title)) continue;
    const type = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    out.push({ start, end: at + quoted[0].length, docType: type, name: `${type} ${title}`, subject: title, issuer: null, draft: draftBefore(text, start) });
  }
  return out;
}

/** Of the places a word occurs, those where it stands as a whole word. */
function* wordPositions(text: string, places: readonly number[], word: string): Generator<number> {
  for (const at of places) {
    if (at > 0 && hasLetterOrDigit(text[at - 1]!)) continue;
    if (hasLetterOrDigit(text[at + word.length] ?? '')) continue;
    yield at;
  }
}

/** The last letters of LIST_LEAD's types in any case: a colon after any other needs no pattern. */
const LIST_TYPE_LAST_LETTERS = new Set(['t', 'T', 'ị', 'Ị', 'n', 'N']);
const LIST_LEAD = lettered(/(?<![\p{L}\d])(?:\d+|các|những|hai|ba|bốn|năm)\s+(nghị quyết|chỉ thị|kết luận|luật)\s*:$/iu);

/** `3 nghị quyết: Về A; Về B; Về C`: each item a document named by its `về` title. */
export function resolutionLists(text: string): NamedDocument[] {
  const out: NamedDocument[] = [];
  // From each colon back to the lead (see aboutTitledDocuments).
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let last = colon - 1;
    while (last > 0 && /\s/u.test(text[last]!)) last--;
    if (!LIST_TYPE_LAST_LETTERS.has(text[last]!)) continue;
    const m = LIST_LEAD.exec(text.slice(Math.max(0, colon - 30), colon + 1));
    if (!m) continue;
    const type = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase();
    let at = colon + 1;
    while (/\s/u.test(text[at] ?? '')) at++;
    for (let k = 0; k < 8; k++) {
      const item = /^[Vv]ề\s+/u.exec(text.slice(at, at + 4));
      if (!item) break;
      const from = at + item[0].length;
      let end = from;
      while (end < text.length && !/[;.\n]/.test(text[end]!)) end++;
      const title = text.slice(from, end).trim();
      if (title) out.push({ start: at, end, docType: type, name: `${type} về ${title}`, subject: title, issuer: null, draft: false });
      if (text[end] !== ';') break;
      at = end + 1;
      while (text[at] === ' ') at++;
    }
  }
  return out;
}

const AGREEMENT_TYPES = ['Thỏa ước', 'Thoả ước', 'Hiệp định', 'Hiệp ước', 'Công ước'];
/** The agreements' document types as records give them. */
export const AGREEMENT_TYPE_NAMES = new Set(AGREEMENT_TYPES.map((t) => t.replace('Thoả', 'Thỏa')));
const BODY_BEFORE_AGREEMENT = letterPattern(`(?<!\\p{L})(?:${literalAlternation(BODIES_NAMED_BY_AGREEMENT)})\\s+$`, 'u');

/** The words the document rules start from, found in one pass over the text (see LiteralFinder). */
export const RESOLUTION_WORDS = ['Nghị quyết', 'nghị quyết'];
export const DECREE_MARKS = new LiteralFinder(['về', '“', '"', ...AGREEMENT_TYPES, ...RESOLUTION_WORDS, ...TITLED_DOCUMENT_TYPES]);
// (Spaces, not line breaks: a name never runs into the next paragraph, `Hiệp định Paris` ⏎ `Ngày 13 …`.)
// (`Công ước của Liên hợp quốc về …`: the body that made it may follow `của`.)
const AGREEMENT = letterPattern(`(${literalAlternation(AGREEMENT_TYPES)})[^\\S\\n]+((?:của[^\\S\\n]+)?\\p{Lu}[\\p{L}\\d-]*(?:[^\\S\\n]+[\\p{L}\\d-]+){0,7})`, 'uy');
/** Tags of words that link clauses (`vì`, `nhưng`, `khi`): never inside a name. */
const CLAUSE_LINK_TAGS = Tag.Opener | Tag.Preposition | Tag.Owner | Tag.Auxiliary | Tag.Linking;
const AGREEMENT_NAME_ENDS = letterPattern(`\\s(?:${literalAlternation([...LAW_NAME_STOP_WORDS, 'ký', 'có', 'giữa', 'với', 'đã', 'sẽ', 'hồi', 'thì', 'lần'])})(?![\\p{L}])`, 'gu');

const LAST_WORD = lettered(/(\p{L}+)$/u);
const LOWER_CASE_WORDS = lettered(/(?<=\s)\p{Ll}+/gu);
const CAPITAL_NEXT = lettered(/^\s+\p{Lu}/u);
/**
 * Where an agreement's name ends: before a function word (`… Thái Bình Dương được ký`) unless it
 * closes a word of two with the syllable before (`Thương mại Tự do`), and before a word the
 * dictionary knows only as a verb unless a capital follows it (`Hiệp định Paris mở ra …`, not
 * `Đối tác xuyên Thái Bình Dương`); before a word of grammar that is no noun nor verb, always.
 */
function agreementNameEnd(name: string): number {
  let end = name.length;
  AGREEMENT_NAME_ENDS.lastIndex = 0;
  for (let m = AGREEMENT_NAME_ENDS.exec(name); m; m = AGREEMENT_NAME_ENDS.exec(name)) {
    const before = LAST_WORD.exec(name.slice(0, m.index))?.[1];
    if (before !== undefined && isTwoSyllableWord(before.toLowerCase(), m[0].trim().toLowerCase())) continue;
    end = m.index;
    break;
  }
  for (const w of name.slice(0, end).matchAll(LOWER_CASE_WORDS)) {
    const entry = dictionaryEntry(w[0]);
    // (A word of grammar alone, with no noun or verb reading, ends it wherever: `Hiệp định Paris
    // vì cho rằng …`; not a syllable of a longer word, `tự` of `Thương mại tự do`.)
    if (entry !== undefined && entry.tags & CLAUSE_LINK_TAGS && !(entry.tags & (Tag.Noun | Tag.Verb)) && !insideTwoSyllableWord(name, w.index!, w[0])) return name.slice(0, w.index!).trimEnd().length;
    if (entry?.classes !== 'V' || CAPITAL_NEXT.test(name.slice(w.index! + w[0].length))) continue;
    const before = WORD_BEFORE.exec(name.slice(0, w.index!))?.[1];
    if (before !== undefined && isTwoSyllableWord(before.toLowerCase(), w[0])) continue;
    return name.slice(0, w.index!).trimEnd().length;
  }
  return end;
}

const WORD_AFTER = lettered(/^\s+(\p{L}+)/u);
/** Whether the syllable at `at` of `name` makes a word of two with the syllable before it or after it. */
function insideTwoSyllableWord(name: string, at: number, syllable: string): boolean {
  const before = WORD_BEFORE.exec(name.slice(0, at))?.[1];
  const after = WORD_AFTER.exec(name.slice(at + syllable.length))?.[1];
  return (before !== undefined && isTwoSyllableWord(before.toLowerCase(), syllable)) || (after !== undefined && isTwoSyllableWord(syllable, after.toLowerCase()));
}

/** `Thỏa ước Plaza`, `Hiệp định Paris`, `Công ước Liên Hợp Quốc về Luật Biển`: international agreements by name. */
export function agreementDocuments(text: string, marks: Map<string, number[]> = DECREE_MARKS.find(text)): NamedDocument[] {
  const out: NamedDocument[] = [];
  // Tried where a type word stands, not at every position.
  for (const m of matchesAt(text, AGREEMENT, offsetsOf(marks, AGREEMENT_TYPES), 'letter')) {
    if (BODY_BEFORE_AGREEMENT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const type = m[1]!.replace('Thoả', 'Thỏa');
    // `Hiệp định Đối tác xuyên Thái Bình Dương được ký`: the name ends before a function word.
    const name = m[2]!.slice(0, agreementNameEnd(m[2]!));
    const end = m.index + m[1]!.length + 1 + name.length;
    // `Công ước Liên hợp quốc về Luật Biển`, `… về chống tham nhũng`: a `về` title after the name is
    // the agreement's own (a law named in it is no law of the land).
    const about = /^ về (?=\S)/u.exec(text.slice(end, end + 5));
    // (A quoted title is taken whole, without its quotes: `Công ước Giơ-ne-vơ về “Bảo vệ dân thường …”`.)
    const quoted = about ? QUOTED_TITLE.exec(text.slice(end + 4, end + 4 + 210)) : null;
    if (quoted) {
      const title = quoted[1]!.trim();
      out.push({ start: m.index, end: end + 4 + quoted[0].length, docType: type, name: `${type} ${name} về ${title}`, subject: title, issuer: null, draft: false });
      continue;
    }
    const titleTo = about ? titleEnd(text, end + 4) : -1;
    if (about && titleTo > end + 4) {
      // (An agreement's title runs to a comma or `và` at most: `… về Luật Biển năm 1982 và luật pháp quốc tế`.)
      const raw = text.slice(end + 4, titleTo);
      const cut = raw.search(/,| và(?: |$)/u);
      const title = (cut >= 0 ? raw.slice(0, cut) : raw).trimEnd();
      out.push({ start: m.index, end: end + 4 + title.length, docType: type, name: `${type} ${name} về ${title}`, subject: title, issuer: null, draft: false });
      continue;
    }
    out.push({ start: m.index, end, docType: type, name: `${type} ${name}`, subject: null, issuer: null, draft: false });
  }
  return out;
}
