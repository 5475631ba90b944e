// The extent of an organisation name in running text, shared by the officials extractor
// (`Giám đốc Sở Thông tin và Truyền thông tỉnh Hải Dương phát biểu`) and the decree
// extractor's issuers (`của Thủ tướng Chính phủ bị …`). Vietnamese capitalises the first
// syllable of each name part: `Thông tin`, `Truyền thông`, `Chấp hành`, `Chính phủ`. So a
// name is read word by word:
// - capitalised words and acronyms (`UBND`, `TT&TT`) belong to it;
// - a lower-case word belongs to it when it is the second syllable of a part that starts a
//   capitalised run (`Thông tin`), or a place word (`tỉnh`, `huyện`, `nhân dân`);
// - after two capitalised words in a row (`Hải Dương`, a proper name) a lower-case word
//   ends the name (`Hải Dương phát biểu`);
// - `và` joins two capitalised parts (`Kế hoạch và Đầu tư`) unless a document follows;
// - a part may go on in sentence case (`Vụ Kế hoạch tài chính`, `Cục Quản lý khám chữa
//   bệnh`, `Trung tâm đăng kiểm tàu cá`): see sentenceCaseRest.
import { ORGANIZATION_ABBREVIATIONS } from '../vocab/abbreviations.js';
import { dictionaryEntry, FUNCTION_TAGS, readWords, Tag } from './words.js';
import { wordEndsAt } from './characters.js';
import { NAME_SYLLABLE } from './names.js';
import { COUNTRIES, HOME_COUNTRY, PROVINCES } from '../vocab/places.js';
import { COUNTED_UNITS } from '../vocab/quantities.js';
import { BODY_NAMES_BREAKING_CASE, CLAUSE_OPENERS, DASHED_FIELD_NAMES, HEADS_NAMED_BY_TASK, UNIONS_OF_BODIES, DAY_WORDS, LIMITED_LIABILITY_FORMS, LIMITED_LIABILITY_WORDS, TIME_OF_DAY_OPENERS, LOWER_COMPOUNDS, NEVER_INSIDE_WORDS, NUMBERED_UNIT_HEADS, ORGANIZATION_HEAD_WORDS, ORGANIZATION_LOWER_WORDS, ORGANIZATION_SUBUNITS } from '../vocab/organization-words.js';
import { hasLetterOrDigit, hasUpper, lettered, letterPattern, NEXT_LOWER_CASE_WORD, startsLower, startsUpper } from './letters.js';

export interface PhraseWord {
  text: string;
  start: number;
  end: number;
}

export interface OrganizationPhrase {
  text: string;
  start: number;
  end: number;
  words: PhraseWord[];
}





/** A subunit's word after a body's name, a capitalised place or a place word after it (`chi nhánh Đồng Nai`, `chi nhánh tỉnh …`). */
const SUBUNIT_AT = letterPattern(`^(${ORGANIZATION_SUBUNITS.join('|')})(?= (?:\\p{Lu}|(?:tỉnh|thành phố|huyện|quận|khu vực) \\p{Lu}))`, 'u');

const DAY_AFTER = letterPattern(`^\\s+(?:${DAY_WORDS.join('|')}|\\d)(?![\\p{L}])`, 'u');

// (Capitals joined by a comma with no space are one short form: `Bộ VH,TT&DL`.)
const WORD = lettered(/[\p{Lu}\d&]+(?:,[\p{Lu}&][\p{Lu}\d&]*)+(?![\p{L}\d])|[\p{L}\d&]+(?:[.\-–][\p{L}\d&]+)*|[^\s\p{L}\d&]/gu);

/**
 * Full names of ministries and departments as written (`Nông nghiệp và Phát triển nông thôn`,
 * `Văn hóa, Thể thao và Du lịch`): they break the capitalisation rules above, so after a head
 * word (`Bộ`, `Sở`) a known full name is taken whole.
 */
// (A dash may be glued to the word before it: `Văn hóa- Thể thao và Du lịch`.)
const KNOWN_NAMES = [...new Set([...Object.values(ORGANIZATION_ABBREVIATIONS), ...BODY_NAMES_BREAKING_CASE, ...DASHED_FIELD_NAMES, ...DASHED_FIELD_NAMES.map((n) => n.replace(' - ', ' – ')), ...DASHED_FIELD_NAMES.map((n) => n.replace(' - ', '- '))])]
  .filter((n) => /\s/.test(n))
  .sort((a, b) => b.length - a.length);
const KNOWN_NAMES_LOWER = KNOWN_NAMES.map((n) => n.toLowerCase());
// (Either case: a title may open its body in lower case, `Trưởng phòng Cảnh sát điều tra …`.)
const NAME_HEADS = ['Bộ', 'Sở', 'Ủy ban', 'Uỷ ban', 'Ban', 'Cục', 'Vụ', 'Phòng', 'Trung tâm', 'Cơ quan'].flatMap((h) => [h + ' ', h.toLowerCase() + ' ']);

const LIST_GOES_ON = lettered(/^ (?:&|và) \p{Lu}/u);

/** The head word (with its space) that opens `s`, if any. */
function nameHeadOpening(s: string): string | undefined {
  for (const h of NAME_HEADS) if (s.startsWith(h)) return h;
  return undefined;
}

/** The known full name that opens `rest` as whole words, in any case (`restLower` is `rest` lower-cased). */
function knownNameOpening(rest: string, restLower: string): string | undefined {
  for (let k = 0; k < KNOWN_NAMES.length; k++) {
    const n = KNOWN_NAMES[k]!;
    if (restLower.startsWith(KNOWN_NAMES_LOWER[k]!) && wordEndsAt(rest, n.length)) return n;
  }
  return undefined;
}

/**
 * Whether text[start, end) is a head and a full name the tables know, whole (`Sở Giao thông vận
 * tải`, `Bộ Nông nghiệp và Phát triển nông thôn`): a name, whatever its case, however its words read.
 */
export function isKnownBodyName(text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  const head = nameHeadOpening(slice);
  if (!head) return false;
  const rest = slice.slice(head.length);
  return knownNameOpening(rest, rest.toLowerCase())?.length === rest.length;
}

const WORD_OPENING = lettered(/^[\p{L}\d]/u);
const PLACE_WORD_NEXT = lettered(/^ (?:tỉnh|thành phố|huyện|quận|xã|TP)(?![\p{L}])/u);
const WORD_NEXT = lettered(/^ \p{L}/u);
const LOWER_CASE_WORD_BEFORE_SLASH = lettered(/^\s\p{Ll}+\s*\//u);
export function organizationPhrase(
  text: string,
  from: number,
  options: { stopBefore?: (rest: string, at: number) => boolean; maxWords?: number; firstWordAnyCase?: boolean } = {},
): OrganizationPhrase | null {
  const maxWords = options.maxWords ?? 16;
  const slice = text.slice(from, from + 200);
  const head = nameHeadOpening(slice);
  if (head) {
    const rest = slice.slice(head.length);
    const restLower = rest.toLowerCase();
    const known = knownNameOpening(rest, restLower);
    // (Not a known name that the list goes on after: `Ủy ban Văn hóa, Giáo dục & Thanh niên`.)
    if (known && !LIST_GOES_ON.test(rest.slice(known.length, known.length + 8))) {
      // Take the known name, then let the ordinary rules read what follows: a place
      // (`tỉnh Hải Dương`) or a capitalised run (a province, or the person's name).
      const knownEnd = from + head.length + known.length;
      let words = wordsOf(text, from, knownEnd);
      let end = knownEnd;
      if (text[knownEnd] === ' ') {
        const placeNext = PLACE_WORD_NEXT.test(text.slice(knownEnd, knownEnd + 12));
        const tail = organizationPhrase(text, knownEnd + 1, { ...options, firstWordAnyCase: placeNext });
        if (tail) {
          words = words.concat(tail.words);
          end = tail.end;
        }
      }
      return { text: text.slice(from, end), start: from, end, words };
    }
  }
  const words: PhraseWord[] = [];
  let capitalRun = 0;
  let previousWasCapital = false;
  let previousWasHead = false;
  // For sentence-case parts: the length of the last run of capitalised words and how many
  // words the part it opened has (`Kế hoạch`: 2).
  let lastCapitalRun = 0;
  let partWords = 0;
  /** After a part that no capitalised word continues (a part in sentence case, a unit's number). */
  const closePart = () => {
    capitalRun = 0;
    lastCapitalRun = 0;
    previousWasCapital = false;
    previousWasHead = false;
  };
  /** Take the words of a part in sentence case from `at` (see sentenceCaseRest); false when none goes on. */
  const takeSentenceCaseRest = (at: number, verbsGoOn: boolean, afterHead = false, taskHead = false): boolean => {
    const restEnd = sentenceCaseRest(text, at, verbsGoOn, afterHead, taskHead);
    if (restEnd <= at) return false;
    for (const part of wordsOf(text, at, restEnd)) words.push(part);
    WORD.lastIndex = restEnd - from;
    closePart();
    return true;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m && words.length < maxWords; m = WORD.exec(slice)) {
    const w = m[0];
    if (w === '-' || w === '–') {
      // `Cục Hải quan tỉnh Bà Rịa - Vũng Tàu`: a place spelled with a dash goes on to its end.
      const rest = hyphenatedPlaceRest(slice, words.length ? words[words.length - 1]!.end - from : 0);
      if (!rest) break;
      for (const part of wordsOf(text, from + m.index + w.length, from + rest)) words.push(part);
      WORD.lastIndex = rest;
      capitalRun = 0;
      previousWasCapital = true;
      previousWasHead = false;
      continue;
    }
    // (A part whose capital is also a head's word counts as one capitalised part when it makes a
    // word with the syllable after it: `Ủy ban Khoa học, Công nghệ và Môi trường`, `Khoa` a faculty.)
    const wordPart = partWords === 2 && words.length >= 2 && startsUpper(words[words.length - 2]!.text) && startsLower(words[words.length - 1]!.text);
    if (w === ',' && words.length > 0 && (lastCapitalRun === 1 || wordPart)) {
      // `Cục Xuất bản, In và Phát hành`: capitalised parts listed with commas, closed by `và`
      // or by the body above (`Ủy ban Văn hóa, Giáo dục của Quốc hội`).
      const listed = LISTED_PARTS.exec(slice.slice(m.index));
      if (listed && !ORGANIZATION_HEAD_WORDS.has(listed[1]!.split(/[\s,]/u)[0]!) && !options.stopBefore?.(slice.slice(m.index + 2), from + m.index + 2)) {
        const partsEnd = m.index + listed[0].length;
        for (const part of wordsOf(text, from + m.index + 1, from + partsEnd)) if (part.text !== 'và' && part.text !== '&') words.push(part);
        WORD.lastIndex = partsEnd;
        capitalRun = 0;
        lastCapitalRun = 1;
        previousWasCapital = false;
        continue;
      }
    }
    // (A free-standing `&` joins two capitalised parts as `và` does: `Bộ Kế hoạch & Đầu tư`.)
    if (w !== '&' && !WORD_OPENING.test(w)) break;
    // `P/V:` (phóng viên, the interviewer) after a name: a letter glued to a slash is an abbreviation.
    if (w.length === 1 && slice[m.index + 1] === '/') break;
    // A line break ends a name.
    const lineBreak = slice.indexOf('\n', words.length ? words[words.length - 1]!.end - from : 0);
    if (lineBreak >= 0 && lineBreak < m.index) break;
    // `TP. Thanh Hóa`, `Q. 1`: an abbreviation with its dot is one word.
    if (/^(?:TP|Tp|TX|Q|P)$/u.test(w) && slice[m.index + w.length] === '.' && slice[m.index + w.length + 1] === ' ') {
      WORD.lastIndex = m.index + w.length + 1;
    }
    const acronym = isAcronym(w);
    const isCapital = startsUpper(w) && !acronym;
    if (words.length === 0 && !isCapital && !acronym) {
      // `Trưởng phòng GD-ĐT huyện`: the organisation opens with the title's own last word.
      if (!options.firstWordAnyCase) return null;
      words.push({ text: w, start: from + m.index, end: from + m.index + w.length });
      capitalRun = 0;
      lastCapitalRun = 1;
      partWords = 1;
      previousWasCapital = true;
      previousWasHead = true;
      continue;
    }
    // `Công ty TNHH một thành viên NXB Dân Trí`: the company's legal form, then its name.
    const formEnd = !isCapital && !acronym && words.length > 0 ? legalFormAt(slice, m.index, words[words.length - 1]!.end - from) : 0;
    if (isCapital || acronym) {
      if (options.stopBefore?.(slice.slice(m.index), from + m.index)) break;
      if (isCapital && words.length > 0 && CLAUSE_OPENERS.has(w)) break;
      if (isCapital && words.length > 0 && TIME_OF_DAY_OPENERS.has(w) && DAY_AFTER.test(slice.slice(m.index + w.length, m.index + w.length + 8))) break;
      previousWasHead = ORGANIZATION_HEAD_WORDS.has(w) && !previousWasCapital;
      // An acronym is no syllable of a proper name: `Công ty TNHH Lâm nghiệp` goes on.
      capitalRun = previousWasHead || acronym ? 0 : capitalRun + 1;
      lastCapitalRun = capitalRun;
      partWords = 1;
      previousWasCapital = !acronym;
    } else if (w === 'số' && words.length > 0 && unitNumberAfter(slice, m.index + w.length) > 0) {
      // `Công ty CP Đấu giá số 5 Quốc gia`, `Trường THCS số 2`: a unit's number after `số`
      // (not a count: `số 3 người`); a capitalised part may follow.
      const numberEnd = unitNumberAfter(slice, m.index + w.length);
      for (const part of wordsOf(text, from + m.index, from + numberEnd)) words.push(part);
      WORD.lastIndex = numberEnd;
      closePart();
      partWords = 0;
      continue;
    } else if (w === 'và' || w === '&') {
      const rest = slice.slice(m.index + w.length).trimStart();
      const restAt = from + slice.length - rest.length;
      // `Phòng Quản lý thi và kiểm định chất lượng giáo dục`: a unit named by its fields, in a
      // part in sentence case, goes on in sentence case after `và` (not a capitalised part's
      // `và các …`, `và ông …`, nor a body's: `Chính phủ và việc …`).
      const last = words[words.length - 1];
      if (!startsUpper(rest) && last !== undefined && startsLower(last.text) && SUB_UNIT_HEAD.test(text.slice(words[0]!.start, words[0]!.start + 12)) && !options.stopBefore?.(rest, restAt)) {
        if (!takeSentenceCaseRest(restAt, true)) break;
        continue;
      }
      if (!startsUpper(rest) || options.stopBefore?.(rest, restAt)) break;
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = false;
      continue; // `và` belongs only if a capitalised part follows it
    } else if (formEnd > 0) {
      for (const part of wordsOf(text, from + m.index, from + formEnd)) words.push(part);
      WORD.lastIndex = formEnd;
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = false;
      continue;
    } else if (w === 'các' && words.length > 0 && takesPluralObject(text.slice(words[Math.max(0, words.length - partWords)]!.start, words[words.length - 1]!.end)) && WORD_NEXT.test(slice.slice(m.index + w.length, m.index + w.length + 2))) {
      // `Ban Quản lý các khu công nghiệp`, `Liên hiệp các Hội Khoa học …`: a verbal part, or a
      // union, takes a plural object; in sentence case or capitalised, it is the name's.
      words.push({ text: w, start: from + m.index, end: from + m.index + w.length });
      const objectAt = from + m.index + w.length + 1;
      if (startsLower(text.charAt(objectAt))) {
        // (A verb read as a noun may head it: `các tổ chức hữu nghị`.)
        if (!takeSentenceCaseRest(objectAt, true)) {
          words.pop();
          break;
        }
      } else closePart();
      continue;
    } else if (words.length > 0 && SUBUNIT_AT.test(slice.slice(m.index, m.index + 40))) {
      // `Ngân hàng Nhà nước Việt Nam chi nhánh Đồng Nai`: a branch named after its body, by a place.
      const sub = SUBUNIT_AT.exec(slice.slice(m.index, m.index + 40))![1]!;
      for (const part of wordsOf(text, from + m.index, from + m.index + sub.length)) words.push(part);
      WORD.lastIndex = m.index + sub.length;
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = true;
      partWords = 0;
      continue;
    } else if (ORGANIZATION_LOWER_WORDS.has(w) && !opensOtherWord(w, slice.slice(m.index + w.length))) {
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = false;
      partWords++;
    } else if (
      // (After a head alone, not a syllable that opens a word of its own with the next one: `Đội
      // hình sự`, the criminal-police team, not `Đội hình` + `sự`.)
      (previousWasCapital && (capitalRun === 1 || previousWasHead) && !NEVER_INSIDE_WORDS.has(w) && isTwoSyllableWord(words[words.length - 1]!.text, w) && !(previousWasHead && opensOtherWord(w, slice.slice(m.index + w.length, m.index + w.length + 12)))) ||
      LOWER_COMPOUNDS.has(`${words[words.length - 1]?.text.toLowerCase()} ${w}`) ||
      // (`Nhà xuất bản Trẻ`: a capital and two syllables that make one noun of three.)
      (previousWasCapital && capitalRun === 1 && opensThreeSyllableNoun(words[words.length - 1]!.text, w, slice.slice(m.index + w.length, m.index + w.length + 12)))
    ) {
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = false;
      partWords++;
    } else if (partWords === 2 && isThreeSyllableWord(words, w)) {
      // `Đầu tư Bất động sản`: the third syllable of a part's word.
      partWords++;
    } else {
      // A part opened by one capitalised word (not a proper name of two) may go on in
      // sentence case; after a head alone a verb may too (`Trung tâm đăng kiểm …`).
      // `Bệnh viện Nhi đồng 1`, `Quận 1`: a small number closes the name.
      if (/^\d{1,2}$/u.test(w) && /^(?:[\s,.;:)]|$)/u.test(slice.slice(m.index + w.length, m.index + w.length + 1)) && !LOWER_CASE_WORD_BEFORE_SLASH.test(slice.slice(m.index + w.length, m.index + w.length + 8))) {
        words.push({ text: w, start: from + m.index, end: from + m.index + w.length });
        break;
      }
      const partStart = words[words.length - partWords];
      if (!partStart || NEVER_INSIDE_WORDS.has(w)) break;
      const part = text.slice(partStart.start, words[words.length - 1]!.end);
      // (A head the title opened in lower case counts: `Trưởng ban quản lý …`; a head word ending
      // a run of capitals is a name's syllable: `UBND TP HCM Lê Văn Khoa dẫn đầu …`.)
      const headName = part.charAt(0).toUpperCase() + part.slice(1);
      const headOnly = lastCapitalRun <= 1 && (ORGANIZATION_HEAD_WORDS.has(headName) || TWO_WORD_HEADS.has(headName));
      // `Công ty 238`, `Bệnh viện 108`, `Lữ đoàn 171`: a unit numbered right after its head; a
      // capitalised part may follow (`Tổng công ty 319 Bộ Quốc phòng`), a lower-case word ends it.
      if (/^\d{1,3}$/u.test(w) && endsInNumberedHead(words) && !LOWER_CASE_WORD_BEFORE_SLASH.test(slice.slice(m.index + w.length, m.index + w.length + 8))) {
        words.push({ text: w, start: from + m.index, end: from + m.index + w.length });
        closePart();
        partWords = 0;
        continue;
      }
      if (lastCapitalRun !== 1 && !headOnly) break;
      if (!takeSentenceCaseRest(from + m.index, headOnly || isVerbalPart(part), headOnly, headOnly && TASK_NAMED_HEADS.has(part))) break;
      continue;
    }
    words.push({ text: w, start: from + m.index, end: from + m.index + w.length });
  }
  if (words.length === 0) return null;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { text: text.slice(start, end), start, end, words };
}

/**
 * Where a legal form (LIMITED_LIABILITY_FORMS) starting at `at` of `slice` ends, when it
 * follows `TNHH` (the phrase's last word, ending at `lastEnd`), as whole words; else 0.
 */
function legalFormAt(slice: string, at: number, lastEnd: number): number {
  const c = slice.charCodeAt(at);
  if (c !== 109 /* m */ && c !== 104 /* h */) return 0;
  if (!LIMITED_LIABILITY_WORDS.some((w) => lastEnd >= w.length && slice.slice(lastEnd - w.length, lastEnd).toLowerCase() === w.toLowerCase()) || slice.slice(lastEnd, at).trim() !== '') return 0;
  for (const form of LIMITED_LIABILITY_FORMS) {
    if (!slice.startsWith(form, at)) continue;
    const next = slice.charAt(at + form.length);
    if (next === '' || !hasLetterOrDigit(next)) return at + form.length;
  }
  return 0;
}

/**
 * Where a unit's number of one to three digits after `số` (at `at` in `slice`, a space before
 * it) ends, or 0: not a date or a code (`số 5/2017`), nor a count of what follows (`số 3 người`).
 */
function unitNumberAfter(slice: string, at: number): number {
  const m = UNIT_NUMBER.exec(slice.slice(at, at + 40));
  if (!m) return 0;
  const next = m[2] ?? '';
  return countedUnits.has(next) ? 0 : at + m[1]!.length;
}
const UNIT_NUMBER = lettered(/^( \d{1,3})(?![\d\p{L}/]|[.,-]\d)(?: (\p{Ll}+))?/u);
const countedUnits = new Set(COUNTED_UNITS.filter((u) => !u.includes(' ')));

/** Whether the words read so far end in a head that a unit number follows (NUMBERED_UNIT_HEADS: `Tổng công ty`). */
function endsInNumberedHead(words: readonly PhraseWord[]): boolean {
  for (let k = 1; k <= 3 && k <= words.length; k++) {
    if (NUMBERED_UNIT_HEADS.has(words.slice(-k).map((w) => w.text).join(' '))) return true;
  }
  return false;
}

/** Heads that open a parent body in brackets or after a dash (`(Bộ Y tế)`, `- Tổng cục Thủy sản`). */
const PARENT_HEAD = lettered(/^(?:Bộ|Sở|Tổng cục|Cục|Học viện|Bệnh viện|BV|Đại học|ĐH|Trường|Viện|Tập đoàn|Tổng công ty|UBND|Ủy ban|Uỷ ban|Ban|Văn phòng|Ngân hàng|Tỉnh ủy|Thành ủy|Trung ương)(?![\p{L}])/u);

/** Whether `s` opens with the head of a body (`Bộ Y tế`, `Tổng cục Thủy sản`): a parent, not a short form. */
export const opensParentBody = (s: string): boolean => PARENT_HEAD.test(s);

/** Units that sit inside a larger body: a parent may follow them after a comma. */
/** A hospital written in lower case before its capitalised name (`bệnh viện Từ Dũ`); not a school, which a unit above it never has (`phòng Giáo dục quận …, trường …` opens a clause). */
const LOWER_PARENT_HEAD = lettered(/^bệnh viện \p{Lu}/u);
const SUB_UNIT_HEAD = lettered(/^(?:[KkPp]hòng|[Kk]hoa|[Vv]ụ|[Cc]ục|[Bb]an|[Tt]rung tâm|[Cc]hi cục|[Vv]iện|[Pp]hân viện)(?![\p{L}])/u);

/** After a sub-unit place (`xã Kim Liên`, `Phường 6`), the unit above it: `, huyện Nam Đàn`, `, thành phố Tuy Hòa`. */
const PROVINCES_LONGEST_FIRST = [...PROVINCES].sort((a, b) => b.length - a.length);
const PLACES_AFTER_SHORT_FORM = [...PROVINCES, ...COUNTRIES, HOME_COUNTRY].sort((a, b) => b.length - a.length);
/** `của` before a body that others sit under: a committee `của Quốc hội`, a department `của Bộ Y tế`. */
const OF_BODY_ABOVE = lettered(/^ của (?=(?:Quốc hội|Chính phủ|Bộ [\p{Lu}]|Ủy ban nhân dân|UBND|HĐND|Trung ương)(?![\p{L}]))/u);
const PLACE_UP = lettered(/^, (?:thành phố|tỉnh|huyện|quận|thị xã|TP\.?) ?(?=\p{Lu}|\d)/u);
const SUB_UNIT_END = lettered(/(?:^|\s)(?:[xX]ã|[pP]hường|[tT]hị trấn|[hH]uyện|[qQ]uận|[tT]hị xã)\s[\p{Lu}\d][^\s]*(?:\s\p{Lu}\S*)*$/u);

// (Not before a colon: a word and its colon after a dash are a label, `… TP.HCM - Ảnh: Nam Nguyễn`.)
const NAME_HALF_BEFORE_MARK = lettered(/^\p{Lu}\p{Ll}*(?: \p{Ll}+)?(?=\s*[(),.;]|$)/u);
const PLACE_RUN = lettered(/^(?:\p{Lu}[\p{Ll}.]*|\d+)(?: \p{Lu}\p{Ll}*){0,5}/u);
const SHORT_PLACE_RUN = lettered(/^(?:\p{Lu}[\p{Ll}.]*|\d+)(?: \p{Lu}\p{Ll}*){0,2}/u);
const LAST_CAPITALISED_WORD = lettered(/(\p{Lu}\p{Ll}*)$/u);
const LOWER_CASE_WORDS_THEN_BRACKET = lettered(/^((?:,? (?:và )?\p{Ll}+){0,4}) ?\(([^()\n]{2,60})\)/u);
const SHORT_FORM_BEFORE_CAPITAL = lettered(/^ ?\(([^()\n\s]+(?: [^()\n\s]+)?)\) (?=\p{Lu})/u);
const DASH_BEFORE_CAPITAL = lettered(/^ ?[-–] ?(?=\p{Lu})/u);
/**
 * An organisation read to its real end: its parent in brackets (`Vụ Kế hoạch tài chính (Bộ Y
 * tế)`), its parent after a dash (`Trung tâm đăng kiểm tàu cá - Tổng cục thủy sản`), a second
 * capitalised half after a dash (`Viện Kinh tế - Tài chính`), the unit above a commune or ward
 * (`Nghiệp đoàn nghề cá Phường 6, thành phố Tuy Hòa`). `isNot` rejects what opens another
 * item instead (a title, a person's name).
 */
export function extendOrganization(
  text: string,
  phrase: OrganizationPhrase,
  isNot: (at: number) => boolean = () => false,
  splitPersonAfterPlace: (words: PhraseWord[]) => PhraseWord[] | null = () => null,
): OrganizationPhrase {
  let { end, words } = phrase;
  for (let step = 0; step < 3; step++) {
    const rest = text.slice(end, end + 120);
    // The parent in brackets marks where the name ends: a short lower-case stretch before it
    // belongs to the name (`Vụ Công tác học sinh, sinh viên (Bộ GD-ĐT)`).
    const bracket = LOWER_CASE_WORDS_THEN_BRACKET.exec(rest);
    if (bracket && PARENT_HEAD.test(bracket[2]!) && (bracket[1] === '' || isContentStretch(text, end, end + bracket[1]!.length))) {
      const from = end;
      end += bracket[0].length;
      words = words.concat(wordsOf(text, from, end));
      continue;
    }
    // `Sở Văn hóa, Thể thao và Du lịch (VHTT&DL) Hà Nam`, `Hội nghị Hiệp thương … (Chính hiệp)
    // Trung Quốc`: a short form in brackets does not end the name when a province or a country
    // follows it; the place is the body's.
    const shortForm = SHORT_FORM_BEFORE_CAPITAL.exec(rest);
    if (shortForm && startsUpper(shortForm[1]!)) {
      const placeFrom = end + shortForm[0].length;
      const place = PLACES_AFTER_SHORT_FORM.find((p) => text.startsWith(p, placeFrom) && !hasLetterOrDigit(text[placeFrom + p.length] ?? ''));
      if (place) {
        const from = end;
        end = placeFrom + place.length;
        words = words.concat(wordsOf(text, from, end));
        continue;
      }
    }
    // `Ủy ban Văn hóa, Giáo dục của Quốc hội`: the body above, after `của`.
    const above = OF_BODY_ABOVE.exec(rest);
    if (above) {
      const parent = organizationPhrase(text, end + above[0].length);
      if (parent && !isNot(end + above[0].length)) {
        words = words.concat(parent.words);
        end = parent.end;
        continue;
      }
    }
    const dash = DASH_BEFORE_CAPITAL.exec(rest);
    if (dash && !isNot(end + dash[0].length)) {
      const after = end + dash[0].length;
      const parent = PARENT_HEAD.test(text.slice(after, after + 14)) ? organizationPhrase(text, after) : null;
      // `Kinh tế - Tài chính`: one capitalised part of one or two words, then no more words.
      const half = parent ? null : NAME_HALF_BEFORE_MARK.exec(text.slice(after, after + 30));
      const next = parent ? parent.end : half ? after + half[0].length : -1;
      if (next > after) {
        words = words.concat(wordsOf(text, after, next));
        end = next;
        continue;
      }
    }
    // `Trưởng khoa Cấp cứu, Bệnh viện đa khoa tỉnh`, `Trưởng phòng Nghiệp vụ dược, Sở Y tế`:
    // a unit inside a body names the body after a comma.
    // (The body may be written in lower case before its name: `Trưởng khoa Sơ sinh, bệnh viện Từ Dũ`.)
    const lowerParent = LOWER_PARENT_HEAD.test(rest.slice(2, 24));
    if (SUB_UNIT_HEAD.test(phrase.text) && /^, /u.test(rest) && (PARENT_HEAD.test(rest.slice(2, 16)) || lowerParent) && !isNot(end + 2)) {
      const parent = organizationPhrase(text, end + 2, { firstWordAnyCase: lowerParent });
      if (parent) {
        words = words.concat(parent.words);
        end = parent.end;
        continue;
      }
    }
    const up = PLACE_UP.exec(rest);
    if (up && SUB_UNIT_END.test(text.slice(phrase.start, end))) {
      // The place word, then the place's own name: a province from the table, else two
      // capitalised words (a third only before punctuation), never a person's name after it.
      const placeFrom = end + up[0].length;
      const province = PROVINCES_LONGEST_FIRST.find((p) => text.startsWith(p, placeFrom) && !hasLetterOrDigit(text[placeFrom + p.length] ?? ''));
      const fullRun = province ?? PLACE_RUN.exec(text.slice(placeFrom, placeFrom + 60))?.[0];
      const personSplit = fullRun && !province ? splitPersonAfterPlace(wordsOf(text, end + 2, placeFrom + fullRun.length)) : null;
      let run = personSplit
        ? text.slice(placeFrom, personSplit[personSplit.length - 1]!.end)
        : (province ?? SHORT_PLACE_RUN.exec(text.slice(placeFrom, placeFrom + 50))?.[0]);
      // `tỉnh Hà Nam Bên cạnh đó`: a last word that makes a word with the lower-case one after it opens the next sentence.
      const lastWord = run ? LAST_CAPITALISED_WORD.exec(run) : null;
      const following = run ? NEXT_LOWER_CASE_WORD.exec(text.slice(placeFrom + run.length, placeFrom + run.length + 12)) : null;
      if (run && !province && lastWord && following && run.includes(' ') && isTwoSyllableWord(lastWord[1]!, following[1]!)) run = run.slice(0, run.length - lastWord[1]!.length - 1);
      if (run && !isNot(end + 2)) {
        const placeWords = wordsOf(text, end + 2, placeFrom + run.length);
        words = words.concat(placeWords);
        end = placeWords[placeWords.length - 1]!.end;
        continue;
      }
    }
    break;
  }
  return end === phrase.end ? phrase : { text: text.slice(phrase.start, end), start: phrase.start, end, words };
}

/** Whether text[from, to) holds only content words (no verb of speech, no function word). */
export function isContentStretch(text: string, from: number, to: number): boolean {
  return readWords(text, from, to).every((w) => (w.tags & Tag.Punctuation && w.key === ',') || !(w.tags & (FUNCTION_TAGS | Tag.Reporting | Tag.Punctuation)) || w.key === 'và');
}

/** `, In và Phát hành`: up to three capitalised parts of one or two words, the last after `và` (or `&`: `Văn hóa, Thể thao & Du lịch`). */
const LISTED_PARTS = lettered(/^,\s((\p{Lu}\p{Ll}*(?:\s\p{Ll}+)?)(?:,\s\p{Lu}\p{Ll}*(?:\s\p{Ll}+)?){0,2})(?:\s(?:và|&)\s\p{Lu}\p{Ll}*(?:\s\p{Ll}+)?(?=[\s,.;:)]|$)|(?=\scủa\s(?:Quốc hội|Chính phủ|Bộ\s|Ủy ban|UBND|HĐND|Trung ương)))/u);

/** Heads of two syllables written as one capitalised part: a name's own part follows them. */
const TWO_WORD_HEADS = new Set(['Trung tâm', 'Tổng cục', 'Chi cục', 'Nghiệp đoàn', 'Công ty', 'Ngân hàng', 'Văn phòng', 'Học viện', 'Bệnh viện', 'Ủy ban', 'Uỷ ban', 'Hội đồng', 'Tập đoàn', 'Liên đoàn', 'Hiệp hội', 'Đại học', 'Đảng ủy', 'Đảng uỷ']);

const CONTENT_TAGS = Tag.Noun | Tag.Verb | Tag.Adjective;
const TASK_NAMED_HEADS = new Set(HEADS_NAMED_BY_TASK);

/** At most this many lower-case words continue one part of a name. */
const SENTENCE_CASE_LIMIT = 7;

/**
 * Where a part written in sentence case ends: the lower-case content words from `at` (nouns,
 * adjectives, unknown words; verbs only while the part is a verb or follows a head alone),
 * stopping at a function word, a reporting verb, punctuation or a capital. Returns `at` when
 * none goes on.
 */
function sentenceCaseRest(text: string, at: number, verbsGoOn: boolean, afterHead = false, taskHead = false): number {
  const read = readWords(text, at, Math.min(text.length, at + 60));
  let end = at;
  let count = 0;
  // Where the first word taken only as a verb starts: a verb followed by a body's name is a
  // predicate and its object (`Bộ Xây dựng tham gia Ban Chấp hành`), so the name ends before it.
  let firstVerb = -1;
  let k = 0;
  for (; k < read.length; k++) {
    const w = read[k]!;
    // (Right after a head named by its task, a verb the tables also know as one of estimating or
    // saying names that task: `Trung tâm dự báo khí tượng thủy văn`, `Trung tâm đánh giá kỹ năng
    // nghề`; not after others: `công ty báo cáo`, `Vụ Giáo dục đại học nhận định`.)
    const task = k === 0 && taskHead && w.classes.includes('V') && (w.tags & (Tag.Reporting | Tag.Qualifier)) !== 0 && (w.tags & ~(Tag.Reporting | Tag.Qualifier | CONTENT_TAGS)) === 0;
    if (!task && (w.tags & (Tag.Punctuation | Tag.Name | Tag.Figure | Tag.Date) || w.tags & FUNCTION_TAGS || w.tags & Tag.Reporting)) break;
    if (NEVER_INSIDE_WORDS.has(text.slice(w.start, w.end).split(' ')[0]!)) break;
    const noun = w.tags & Tag.Unknown || w.classes.startsWith('N') || w.classes.startsWith('A');
    if (!noun && !verbsGoOn) break;
    if (!noun && firstVerb < 0) firstVerb = w.start;
    // A word that may be a verb keeps a verbal part going (`khám chữa bệnh`); a noun ends it.
    if (!w.classes.includes('V')) verbsGoOn = false;
    count += text.slice(w.start, w.end).split(' ').length;
    if (count > SENTENCE_CASE_LIMIT) break;
    end = w.end;
  }
  const next = read[k];
  // (Not a verb right after a head alone, which names what the body does: `Ban quản lý Khu nghỉ mát …`.)
  if (firstVerb >= 0 && !(afterHead && firstVerb === at) && next && next.tags & Tag.Name && ORGANIZATION_HEAD_WORDS.has(text.slice(next.start, next.end).split(' ')[0]!)) {
    end = at;
    for (const w of read) if (w.end < firstVerb) end = w.end;
  }
  return end;
}

/**
 * Whether a capitalised syllable and the lower-case one after it make one word of the
 * dictionary (`Thông tin`, `Kế hoạch`, `Phường 6` by its number): the second syllable of a
 * name's part, not a verb after a one-word name (`Maseco đánh cồng`).
 */
export function isTwoSyllableWord(first: string, second: string): boolean {
  if (/^\d/u.test(second)) return true;
  return dictionaryEntry(`${first} ${second}`) !== undefined;
}

/**
 * Whether a lower-case syllable of a body's name (`nhân` of `nhân dân`) here opens another word
 * of the dictionary with the syllable after it (`Khoa Thận nhân tạo`): that word is read whole,
 * as the rest of a part in sentence case, not cut after its first syllable.
 */
function opensOtherWord(syllable: string, after: string): boolean {
  const next = NEXT_LOWER_CASE_WORD.exec(after)?.[1];
  return next !== undefined && !ORGANIZATION_LOWER_WORDS.has(next) && dictionaryEntry(`${syllable} ${next}`) !== undefined;
}

/** Whether a capitalised syllable, `second` and the lower-case syllable opening `after` make one noun of the dictionary (`Nhà xuất bản`). */
function opensThreeSyllableNoun(first: string, second: string, after: string): boolean {
  const third = NEXT_LOWER_CASE_WORD.exec(after)?.[1];
  return third !== undefined && (dictionaryEntry(`${first} ${second} ${third}`)?.classes ?? '').startsWith('N');
}

const LOWER_CASE_WORD = lettered(/^\p{Ll}+$/u);
/** Whether the part's two words (a capital, then lower case) and `third` make one word of the dictionary (`Bất động sản`). */
function isThreeSyllableWord(words: readonly PhraseWord[], third: string): boolean {
  const first = words[words.length - 2]!.text;
  const second = words[words.length - 1]!.text;
  return NAME_SYLLABLE.test(first) && LOWER_CASE_WORD.test(second) && dictionaryEntry(`${first} ${second} ${third}`) !== undefined;
}

/**
 * Whether a part takes a plural object with `các`: a capitalised verb (`Quản lý`) or a union of
 * bodies (`Liên hiệp`); not a verb in lower case, the predicate's (`Trung ương Đoàn mong muốn các …`).
 */
function takesPluralObject(part: string): boolean {
  // (A union's word may close a longer part, in any case: `Đảng ủy khối các cơ quan tỉnh`.)
  const last = part.slice(part.lastIndexOf(' ') + 1);
  return PLURAL_OBJECT_HEADS.has(part) || PLURAL_OBJECT_HEADS.has(last.charAt(0).toUpperCase() + last.slice(1)) || (startsUpper(part) && isVerbalPart(part));
}
const PLURAL_OBJECT_HEADS = new Set(UNIONS_OF_BODIES);

/** Whether a capitalised part is one verb (`Quản lý`, `Thực hiện`), which a verb may continue (`Quản lý khám chữa bệnh`). */
function isVerbalPart(part: string): boolean {
  return dictionaryEntry(part)?.classes.includes('V') === true;
}

/** Places written with a dash (`Bà Rịa - Vũng Tàu`, `Thừa Thiên - Huế`), from the province table. */
const HYPHENATED_PLACES = PROVINCES.filter((p) => /\s[-–]\s/u.test(p));

/** Where a dashed place ends in `slice` when the phrase read so far (to `end`) ends with its first part; else null. */
function hyphenatedPlaceRest(slice: string, end: number): number | null {
  for (const place of HYPHENATED_PLACES) {
    const [head, tail] = place.split(/\s[-–]\s/u) as [string, string];
    const start = end - head.length;
    if (start < 0 || slice.slice(start, end) !== head) continue;
    // (The dash spaced or glued on one side: `Bà Rịa - Vũng Tàu`, `Bà Rịa- Vũng Tàu`.)
    const dash = /^\s?[-–]\s?/u.exec(slice.slice(end, end + 3));
    if (!dash || !slice.startsWith(tail, end + dash[0].length)) continue;
    const placeEnd = end + dash[0].length + tail.length;
    if (!hasLetterOrDigit(slice[placeEnd] ?? '')) return placeEnd;
  }
  return null;
}

/** An all-capitals word with at least one letter: `UBND`, `TT&TT`, `GD-ĐT`, `TNHH`, a ticker `HNX-INDEX`. */
export function isAcronym(word: string): boolean {
  return ACRONYM_SHAPE.test(word) && hasUpper(word);
}
const ACRONYM_SHAPE = lettered(/^[\p{Lu}\d&.\-–]{2,}$/u);

const ORGANIZATION_WORD = lettered(/[\p{L}\d&]+(?:[.\-–][\p{L}\d&]+)*/gu);
function wordsOf(text: string, from: number, end: number): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const m of text.slice(from, end).matchAll(ORGANIZATION_WORD)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}
