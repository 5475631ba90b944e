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
// - `và` joins two capitalised parts (`Kế hoạch và Đầu tư`) unless a document follows.
import { ORGANIZATION_ABBREVIATIONS } from '../vocab/abbreviations.js';
import { PROVINCES } from '../vocab/places.js';
import { CLAUSE_OPENERS, DAY_WORDS, TIME_OF_DAY_OPENERS, LOWER_COMPOUNDS, NEVER_INSIDE_WORDS, ORGANIZATION_HEAD_WORDS, ORGANIZATION_LOWER_WORDS } from '../vocab/organization-words.js';

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





const DAY_AFTER = new RegExp(`^\\s+(?:${DAY_WORDS.join('|')}|\\d)(?![\\p{L}])`, 'u');

const WORD = /[\p{L}\d&]+(?:[.\-–][\p{L}\d&]+)*|[^\s\p{L}\d&]/gu;

/**
 * Full names of ministries and departments as written (`Nông nghiệp và Phát triển nông thôn`,
 * `Văn hóa, Thể thao và Du lịch`): they break the capitalisation rules above, so after a head
 * word (`Bộ`, `Sở`) a known full name is taken whole.
 */
const KNOWN_NAMES = [...new Set(Object.values(ORGANIZATION_ABBREVIATIONS))].filter((n) => /\s/.test(n)).sort((a, b) => b.length - a.length);
const NAME_HEADS = ['Bộ', 'Sở', 'Ủy ban', 'Ban', 'Cục', 'Vụ', 'Phòng', 'Trung tâm'];

export function organizationPhrase(
  text: string,
  from: number,
  options: { stopBefore?: (rest: string, at: number) => boolean; maxWords?: number; firstWordAnyCase?: boolean } = {},
): OrganizationPhrase | null {
  const maxWords = options.maxWords ?? 16;
  const slice = text.slice(from, from + 200);
  const head = NAME_HEADS.find((h) => slice.startsWith(h + ' '));
  if (head) {
    const rest = slice.slice(head.length + 1);
    const known = KNOWN_NAMES.find((n) => rest.toLowerCase().startsWith(n.toLowerCase()) && !/[\p{L}\d]/u.test(rest[n.length] ?? ''));
    if (known) {
      // Take the known name, then let the ordinary rules read what follows: a place
      // (`tỉnh Hải Dương`) or a capitalised run (a province, or the person's name).
      const knownEnd = from + head.length + 1 + known.length;
      let words = wordsOf(text, from, knownEnd);
      let end = knownEnd;
      if (text[knownEnd] === ' ') {
        const placeNext = /^ (?:tỉnh|thành phố|huyện|quận|xã|TP)(?![\p{L}])/u.test(text.slice(knownEnd, knownEnd + 12));
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
    if (!/^[\p{L}\d]/u.test(w)) break;
    // `P/V:` (phóng viên, the interviewer) after a name: a letter glued to a slash is an abbreviation.
    if (w.length === 1 && slice[m.index + 1] === '/') break;
    // A line break ends a name.
    if (slice.slice(words.length ? words[words.length - 1]!.end - from : 0, m.index).includes('\n')) break;
    // `TP. Thanh Hóa`, `Q. 1`: an abbreviation with its dot is one word.
    if (/^(?:TP|Tp|TX|Q|P)$/u.test(w) && slice[m.index + w.length] === '.' && slice[m.index + w.length + 1] === ' ') {
      WORD.lastIndex = m.index + w.length + 1;
    }
    const acronym = isAcronym(w);
    const isCapital = /^\p{Lu}/u.test(w) && !acronym;
    if (words.length === 0 && !isCapital && !acronym) {
      // `Trưởng phòng GD-ĐT huyện`: the organisation opens with the title's own last word.
      if (!options.firstWordAnyCase) return null;
      words.push({ text: w, start: from + m.index, end: from + m.index + w.length });
      capitalRun = 0;
      previousWasCapital = true;
      previousWasHead = true;
      continue;
    }
    if (isCapital || acronym) {
      if (options.stopBefore?.(slice.slice(m.index), from + m.index)) break;
      if (isCapital && words.length > 0 && CLAUSE_OPENERS.has(w)) break;
      if (isCapital && words.length > 0 && TIME_OF_DAY_OPENERS.has(w) && DAY_AFTER.test(slice.slice(m.index + w.length, m.index + w.length + 8))) break;
      previousWasHead = ORGANIZATION_HEAD_WORDS.has(w) && !previousWasCapital;
      // An acronym is no syllable of a proper name: `Công ty TNHH Lâm nghiệp` goes on.
      capitalRun = previousWasHead || acronym ? 0 : capitalRun + 1;
      previousWasCapital = !acronym;
    } else if (w === 'và') {
      const rest = slice.slice(m.index + w.length).trimStart();
      if (!/^\p{Lu}/u.test(rest) || options.stopBefore?.(rest, from + slice.length - rest.length)) break;
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = false;
      continue; // `và` belongs only if a capitalised part follows it
    } else if (ORGANIZATION_LOWER_WORDS.has(w)) {
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = false;
    } else if (
      (previousWasCapital && (capitalRun === 1 || previousWasHead) && !NEVER_INSIDE_WORDS.has(w)) ||
      LOWER_COMPOUNDS.has(`${words[words.length - 1]?.text.toLowerCase()} ${w}`)
    ) {
      capitalRun = 0;
      previousWasCapital = false;
      previousWasHead = false;
    } else break;
    words.push({ text: w, start: from + m.index, end: from + m.index + w.length });
  }
  if (words.length === 0) return null;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { text: text.slice(start, end), start, end, words };
}

/** Places written with a dash (`Bà Rịa - Vũng Tàu`, `Thừa Thiên - Huế`), from the province table. */
const HYPHENATED_PLACES = PROVINCES.filter((p) => /\s[-–]\s/u.test(p));

/** Where a dashed place ends in `slice` when the phrase read so far (to `end`) ends with its first part; else null. */
function hyphenatedPlaceRest(slice: string, end: number): number | null {
  for (const place of HYPHENATED_PLACES) {
    const head = place.split(/\s[-–]\s/u)[0]!;
    const start = end - head.length;
    if (start < 0 || slice.slice(start, end) !== head) continue;
    if (slice.startsWith(place, start) && !/[\p{L}\d]/u.test(slice[start + place.length] ?? '')) return start + place.length;
  }
  return null;
}

/** An all-capitals word with at least one letter: `UBND`, `TT&TT`, `GD-ĐT`, `TNHH`, a ticker `HNX-INDEX`. */
export function isAcronym(word: string): boolean {
  return ACRONYM_SHAPE.test(word) && /\p{Lu}/u.test(word);
}
const ACRONYM_SHAPE = /^[\p{Lu}\d&.\-–]{2,}$/u;

function wordsOf(text: string, from: number, end: number): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const m of text.slice(from, end).matchAll(/[\p{L}\d&]+(?:[.\-–][\p{L}\d&]+)*/gu)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}
