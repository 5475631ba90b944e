// Parsers of official mentions. Each proposes (name, position) pairs from one construction:
//   title-first   `Phó Chủ tịch UBND tỉnh Hải Dương Lương Văn Cầu`, `Bộ trưởng Nguyễn Mạnh Hùng`
//   name-first    `ông Nguyễn Cao Thắng, Giám đốc Sở Thông tin và Truyền thông tỉnh Hải Dương`
//   reversed      `Giám đốc Sở TT&TT Hải Dương, ông Nguyễn Cao Thắng`
//   chains        `Ủy viên TW Đảng, Bí thư Tỉnh ủy Hải Dương Nguyễn Mạnh Hiển` (both positions)
//   role phrase   `do Thứ trưởng … Nguyễn Thành Hưng làm trưởng đoàn`
//   signature     a name alone on a line, its title on the next line
import type { Lexicon } from '../../vocab/lexicon.js';
import {
  FOREIGN_HONORIFICS,
  FOREIGN_NAME_PARTICLES,
  GLUED_NAME_ARTICLES,
  NEVER_NAME_SYLLABLES,
  PERSON_HONORIFIC_ALTERNATION,
  PERSON_STYLE_PATTERN,
  INFORMAL_ADDRESS_WORDS,
  PERSON_HONORIFICS,
  type PersonHonorific,
} from '../../vocab/surnames.js';
import { COUNTRIES, PROVINCES, NON_PERSON_NAMES, PLACE_BEFORE_NAME_WORDS, PLACE_TYPE_WORDS, SCHOOL_WORDS_BEFORE_HOC } from '../../vocab/places.js';
import { BOARDS_NAMED_BY_FUNCTION, BODY_HEADS_NAMED_BY_TITLE, COMPANY_HEADS, FIRM_HEADS, LOWER_CASE_ORGANIZATION_HEADS, NAMED_BODY_HEADS, PRIVATE_BODY_WORDS } from '../../vocab/organization-words.js';
import { CHIEFS_OF_AN_OFFICE, DELEGATE_TITLES, EXECUTIVE_BOARD_TITLES, ROLES_OF_ANOTHER, RANK_OF_NO_OFFICE, ENVOY_POST_PREPOSITIONS, ENVOY_TITLES, FORMER_TITLE_CLAUSES, FORMER_TITLE_WORDS, PLACE_COMMITTEE_TITLES, PORTFOLIO_WORDS, PLACE_HEADED_TITLES, TITLE_TAILS_OPENING_ORGANIZATION } from '../../vocab/titles.js';
import { DEMONSTRATIVES, REPORTING_VERBS, SOURCE_OPENERS } from '../../vocab/clause-words.js';
import { GLUED_NAME_ARTICLE, HONORIFIC_BEFORE_NAME, isSurname, isVietnameseSyllable, looksLikeForeignName, looksLikePersonName, NAME_SYLLABLE } from '../../text/names.js';
import { ADMINISTRATIVE_UNITS, COUNTING_WORDS, GROUP_DETERMINERS } from '../../vocab/owner-words.js';
import { extendOrganization, isAcronym, isContentStretch, isTwoSyllableWord, organizationPhrase, type OrganizationPhrase, type PhraseWord } from '../../text/organization-phrase.js';
import { lowerCaseHash, WordFinder } from '../../normalize/scan.js';
import { dictionaryEntry, opensLongerWord } from '../../text/words.js';
import { wordEndsAt } from '../../text/characters.js';
import { escapeLiteral, literalAlternation } from '../../text/patterns.js';
import { BIRTH_DATE_CUES } from '../../vocab/indicator-phrases.js';
import { hasLetterOrDigit, hasUpper, lettered, letterPattern, NEXT_LOWER_CASE_WORD, ONE_OR_TWO_WORDS, startsLower, startsUpper, WORD_BEFORE } from '../../text/letters.js';


export interface PositionMention {
  title: string;
  organization: string | null;
  rank: number;
  /** The title names its own body (`Thủ tướng`): no organisation to infer. */
  standalone?: boolean;
  /** A past office (`nguyên Giám đốc`). */
  former: boolean;
  /** Joined to the position before by `kiêm` (held concurrently). */
  joinedByConcurrently?: boolean;
  /** Joined to the position before by a comma alone (`Giám đốc, Tổng biên tập Nhà xuất bản Trẻ`). */
  joinedByComma?: boolean;
}

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  honorific: PersonHonorific | null;
  positions: PositionMention[];
}

interface TitleMatch {
  start: number;
  end: number;
  title: string;
  rank: number;
  standalone: boolean;
  /** Written in lower case: an office only where a name goes with it. */
  lowerCase: boolean;
  /** After `nguyên`/`cựu`: a past office. */
  former: boolean;
}

interface TitleItem extends TitleMatch {
  organization: string | null;
  /** End of title + organisation. */
  itemEnd: number;
  person: { name: string; start: number; end: number } | null;
}

const placeFirstWords = new Map<string, string[]>();
for (const place of [...PROVINCES, ...NON_PERSON_NAMES]) {
  const words = place.split(/\s+/);
  const list = placeFirstWords.get(words[0]!) ?? [];
  list.push(place);
  placeFirstWords.set(words[0]!, list);
}

/** Whether `words[i..]` begins with a known place name (`Hải Dương`, `Thái Bình`). */
function placeAt(words: string[], i: number): number {
  for (const place of placeFirstWords.get(words[i]!) ?? []) {
    const parts = place.split(/\s+/);
    if (parts.every((p, k) => words[i + k] === p)) return parts.length;
  }
  return 0;
}

// (A head in sentence case, with its first letter in either case: `Ban tuyên giáo Thành ủy`,
// `Trưởng Ban quản lý di tích …`.)
const LOWER_CASE_HEAD = letterPattern(`^(?:${[...LOWER_CASE_ORGANIZATION_HEADS, ...BOARDS_NAMED_BY_FUNCTION].flatMap((h) => [h, capitalized(h)]).join('|')})(?![\\p{L}])`, 'u');

/** Whether an organisation head written in lower case (`bệnh viện`, `huyện ủy`, `Ban tuyên giáo`) begins at `at`. */
function lowerCaseHeadAt(text: string, at: number): boolean {
  return LOWER_CASE_HEAD.test(text.slice(at, at + 16));
}

/** A place unit in lower case and a capital after it (`xã Tân Hương`, `thị trấn A Lưới`). */
const PLACE_NAMED_AFTER_UNIT = lettered(/^\p{Ll}+(?: \p{Ll}+)? [\p{Lu}\d]/u);

/** Whether a place word (`huyện`, `xã`, `tỉnh` …) begins at `at`. */
function placeWordAt(text: string, at: number): boolean {
  // (A word of one syllable or two: `huyện`, `thị xã`.)
  const words = ONE_OR_TWO_WORDS.exec(text.slice(at, at + 16));
  return words !== null && (PLACE_BEFORE_NAME_WORDS.has(words[1]!) || (words[2] !== undefined && PLACE_BEFORE_NAME_WORDS.has(`${words[1]} ${words[2]}`)));
}

/** By the hash of a title's first word in lower case: the hashes of the second words that may follow it, or null when it may stand alone. */
type SecondWords = Map<number, Set<number> | null>;
const titlePatterns = new WeakMap<Lexicon, { sticky: RegExp; firstWords: WordFinder; secondWords: SecondWords; byLower: Map<string, TitleFacts> }>();
/** What the title table says of a title, by its lower-case form. */
interface TitleFacts {
  rank: number;
  standalone: boolean;
  capitalOnly: boolean;
  nameFollows: boolean;
  bodyOpensWith: readonly string[] | null;
}

const EVERY_LETTER = lettered(/\p{L}/gu);
/** One alternation of every title, longest first, compiled once per lexicon. */
function titlePattern(lexicon: Lexicon) {
  let compiled = titlePatterns.get(lexicon);
  if (!compiled) {
    const titles = [...lexicon.titles].sort((a, b) => b.title.length - a.title.length);
    const byLower = new Map<string, TitleFacts>();
    for (const t of titles) {
      if (!byLower.has(t.title.toLowerCase())) byLower.set(t.title.toLowerCase(), { rank: t.rank, standalone: t.standalone === true, capitalOnly: t.capitalOnly === true, nameFollows: t.nameFollows === true, bodyOpensWith: t.bodyOpensWith ?? null });
    }
    // Case-flexible letter by letter (`Phó chủ tịch`, `phó Chủ tịch`, `giám đốc`): a
    // case-insensitive Unicode regex is several times slower.
    const alternation = titles
      .map((t) => escapeLiteral(t.title).replace(EVERY_LETTER, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)))
      .join('|');
    // A title's first word in the cases it is written (`Phó`, `phó`, `PHÓ`), and the second
    // words that may follow it (`phó` + `chủ`, `giám` …): where the pattern is worth trying.
    // Lower-case forms only of titles that may be written so (`người` opens much else).
    const firstWords = new Set<string>();
    const secondWords: SecondWords = new Map();
    const cases = (w: string) => [w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(), w.toUpperCase()];
    const hashOf = (w: string) => lowerCaseHash(w, 0, w.length);
    for (const t of titles) {
      const [one, two] = t.title.split(' ') as [string, string | undefined];
      for (const a of cases(one)) if (!(t.capitalOnly && a === a.toLowerCase())) firstWords.add(a);
      const key = hashOf(one);
      if (two === undefined) secondWords.set(key, null);
      else if (secondWords.get(key) !== null) secondWords.set(key, (secondWords.get(key) ?? new Set<number>()).add(hashOf(two)));
    }
    compiled = { sticky: letterPattern(`(?:${alternation})(?![\\p{L}\\d])`, 'uy'), firstWords: new WordFinder([...firstWords]), secondWords, byLower };
    titlePatterns.set(lexicon, compiled);
  }
  return compiled;
}

/** Where the word starting at `at` ends: letters by code unit (ASCII, Latin-1 and the Vietnamese block). */
function wordEnd(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
    if (!letter) break;
  }
  return i;
}

function capitalized(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
/** `nguyên Phó Chủ tịch`, `cựu Bộ trưởng`, `khi còn là Bộ trưởng`: what before a title makes it a past office. */
const FORMER_BEFORE = letterPattern(
  `(?<![\\p{L}])(?:${[
    ...FORMER_TITLE_WORDS.flatMap((w) => [w, capitalized(w), w.toUpperCase()]),
    ...FORMER_TITLE_CLAUSES.flatMap((c) => [c, capitalized(c)]).map((c) => c.replace(/ /g, '\\s+')),
  ].join('|')})\\s+$`,
  'u',
);
/** A body's head right before a title (`Văn phòng`, `Phủ`, `Bộ`): the title names that body (`Phủ Chủ tịch`, `Bộ Tư lệnh`). */
const BODY_NAMED_BY_TITLE_BEFORE = letterPattern(`(?:^|[^\\p{L}])(?:${BODY_HEADS_NAMED_BY_TITLE.join('|')}) $`, 'u');
/** How far before a title its past-office cue may start. */
const FORMER_CUE_LENGTH = Math.max(...[...FORMER_TITLE_WORDS, ...FORMER_TITLE_CLAUSES].map((c) => c.length)) + 4;

/**
 * Titles in the text: whole words, longest first, no overlaps. A title in lower case
 * (`giám đốc`, `phó chủ tịch`) is found too, flagged, and kept by the parsers only where a
 * name goes with it; titles whose lower-case words mean something else are capitalised only.
 */
export function findTitles(text: string, lexicon: Lexicon): TitleMatch[] {
  const { sticky, byLower, firstWords, secondWords } = titlePattern(lexicon);
  const out: TitleMatch[] = [];
  // Tried only where a title's first word stands (a plain search per word): a pattern whose
  // first letter may be any case would be tried at nearly every position of the text.
  let lastEnd = 0;
  for (const at of firstWords.find(text)) {
    if (at < lastEnd) continue;
    // The second word decides most candidates without the pattern (`cán bộ`, `tổng số`).
    // (By hashes, no string made: a hash that matches by chance only lets the pattern decide.)
    const space = wordEnd(text, at);
    const seconds = space < text.length && text.charCodeAt(space) === 32 ? secondWords.get(lowerCaseHash(text, at, space)) : undefined;
    if (seconds && !seconds.has(lowerCaseHash(text, space + 1, wordEnd(text, space + 1)))) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    const entry = byLower.get(m[0].toLowerCase());
    const lowerCase = !startsUpper(m[0]);
    // `quyền Chủ tịch`: a title that is no office in lower case leaves room for one inside it.
    if (!entry || (lowerCase && entry.capitalOnly)) continue;
    if (entry.nameFollows && !(text.charCodeAt(at + m[0].length) === 32 && nameAt(text, at + m[0].length + 1))) continue;
    if (entry.bodyOpensWith && !entry.bodyOpensWith.some((w) => text.startsWith(` ${w} `, at + m[0].length))) continue;
    if (BODY_NAMED_BY_TITLE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
    const former = FORMER_BEFORE.test(text.slice(Math.max(0, at - FORMER_CUE_LENGTH), at));
    out.push({ start: at, end: at + m[0].length, title: m[0], rank: entry.rank, standalone: entry.standalone, lowerCase, former });
    lastEnd = at + m[0].length;
  }
  return out;
}

/**
 * `Chủ tịch nước Trần Đại Quang Báo chí đã …`, `Phó Thủ tướng Vũ Đức Đam Khẳng định …`: a
 * headline run into the next sentence. A last capitalised syllable that opens a dictionary word
 * with the lower-case syllable after it (text/words.ts) is that word's, not the name's; so is
 * one a demonstrative follows (`… Lê Thanh Vân Điều này phù hợp`): it points at a thing, and
 * never follows a name.
 */
function withoutNextSentenceOpener(text: string, words: PhraseWord[]): PhraseWord[] {
  const last = words[words.length - 1];
  if (words.length < 3 || !last || !NAME_SYLLABLE.test(last.text)) return words;
  const demonstrative = DEMONSTRATIVE_AFTER.test(text.slice(last.end, last.end + 6));
  return demonstrative || opensLongerWord(text, last.text, last.end) ? words.slice(0, -1) : words;
}

const DEMONSTRATIVE_AFTER = letterPattern(`^ (?:${DEMONSTRATIVES.join('|')})(?![\\p{L}])`, 'u');

/** Syllables in a Vietnamese personal name, the commonest first. */
const NAME_LENGTHS_BY_LIKELIHOOD = [3, 4, 2, 5] as const;

/**
 * Split an organisation phrase that runs into a personal name (`UBND tỉnh Hải Dương Lương Văn
 * Cầu`): the name is the last capitalised run's suffix that starts with a surname, is 2–5
 * syllables, and neither starts inside nor cuts a place name.
 */
export function splitTrailingName(words: PhraseWord[]): { orgWords: PhraseWord[]; nameWords: PhraseWord[] } | null {
  let runStart = words.length;
  // (A name's syllables stand one space apart: `Chủ tịch Tập và Trung Quốc` holds no name.)
  while (runStart > 0 && NAME_SYLLABLE.test(words[runStart - 1]!.text) && (runStart === words.length || words[runStart]!.start === words[runStart - 1]!.end + 1)) runStart--;
  // `Hội đồng châu Âu Donald Tusk`: a capital that ends a place begun in lower case is no surname.
  while (runStart < words.length && placeOfWordsEndsAt(words, runStart + 1)) runStart++;
  const run = words.slice(runStart).map((w) => w.text);
  // After `xã`, `huyện`, `TP`… the run opens with that place's own name (two syllables at
  // least): `UBND xã Kim Liên` is no person.
  // Acronyms between the word and the run do not count: `Công ty TNHH TM XNK Hoàng Gia Phát`.
  let headAt = runStart - 1;
  while (headAt > 0 && isAcronym(words[headAt]!.text) && !PLACE_TYPE_WORDS.has(words[headAt]!.text)) headAt--;
  const afterPlaceWord = headAt >= 0 && PLACE_TYPE_WORDS.has(words[headAt]!.text) && (words[headAt]!.text !== 'học' || SCHOOL_WORDS_BEFORE_HOC.has(words[headAt - 1]?.text ?? ''));
  // Most Vietnamese names have three syllables, then four, then two: try splits in that order
  // (`Ngân hàng Đại Dương Hà Văn Thắm` → `Hà Văn Thắm`, not `Dương Hà Văn Thắm`).
  for (const syllables of NAME_LENGTHS_BY_LIKELIHOOD) {
    const s = run.length - syllables;
    // (After `tỉnh`, `thành phố`, `TP` a person may follow at once, `UBND TP Lê Văn Khoa`, the
    // city's own committee; but two syllables that end the phrase are the place, `Công an thành
    // phố Phan Thiết`, as they are after a body named after a person, `Văn phòng luật sư Nguyễn Anh`.)
    if (s < 0 || (afterPlaceWord && s < 2) || (run.length - s === 2 && !afterPlaceWord && placeOrBodyNameAt(words, runStart + s))) continue;
    const nameLength = run.length - s;
    if (nameLength > 5) continue;
    if (!isSurname(run[s]!)) continue;
    // Does a place name cover the boundary or start the candidate?
    let cut = false;
    for (let p = 0; p <= s; p++) {
      const len = placeAt(run, p);
      if (len > 0 && p + len > s) cut = true;
    }
    if (cut) continue;
    const name = run.slice(s).join(' ');
    // (Right after the title, as after a rank, a family name that is also a word is the family's:
    // `Thiếu tướng Từ Hồng Sơn`.)
    if (!looksLikePersonName(name, { honoured: runStart + s === 0 })) continue;
    // `Bộ TN&MT Chu Phạm Ngọc Hiển`: a lone surname opening the run belongs to the name
    // (an organisation does not end in one dangling capitalised syllable).
    const start = s === 1 && isSurname(run[0]!) && !afterPlaceWord && nameLength + 1 <= 4 && looksLikePersonName(run.join(' ')) ? 0 : s;
    return { orgWords: words.slice(0, runStart + start), nameWords: words.slice(runStart + start) };
  }
  return null;
}

const CAPITALISED_OPENING = lettered(/^\p{Lu}\p{Ll}/u);
/**
 * A foreign name ending the phrase (`Thủ tướng Australia Malcolm Turnbull`, `Chủ tịch Ủy ban
 * châu Âu Jean-Claude Juncker`): the longest run of up to four name-shaped words after the
 * last country, less its leading Vietnamese syllables while two words remain.
 */
export function splitTrailingForeignName(words: PhraseWord[], text: string, placeFirst: boolean | undefined = undefined): { orgWords: PhraseWord[]; nameWords: PhraseWord[] } | null {
  // `Tổng thống Mỹ Donald Trump Hãng thông tấn …`: a caption run into the next sentence; a
  // dictionary word before a lower-case word, a colon or a number opens that sentence. (Before
  // a comma or a bracket it is the run's own: `Fulbright Việt Nam,`.)
  let last = words.length;
  // (Not the last word of a place the tables know: `Giám đốc Savills Hà Nội nhận định`.)
  if (last > 0 && isVietnameseSyllable(words[last - 1]!.text) && NEW_SENTENCE_AFTER.test(text.slice(words[last - 1]!.end, words[last - 1]!.end + 2)) && isDictionaryWord(words[last - 1]!.text) && !placeOfWordsEndsAt(words, last)) last--;
  words = words.slice(0, last);
  let start = words.length;
  let particles = 0;
  while (start > 0 && words.length - start - particles < 4) {
    const word = words[start - 1]!.text;
    // `Mohammed bin Salman`: a particle between capitalised parts is the name's (and not counted).
    if (start < words.length && start > 1 && FOREIGN_NAME_PARTICLES.has(word) && (CAPITALISED_OPENING.test(words[start - 2]!.text) || FOREIGN_NAME_PARTICLES.has(words[start - 2]!.text))) {
      start--;
      particles++;
      continue;
    }
    if (!(CAPITALISED_OPENING.test(word) || (start === words.length && GLUED_NAME_ARTICLE.test(word))) || COUNTRIES.has(word)) break;
    // `Michael Hayden và Michael Morell`: the last name begins after `và`.
    if (start < words.length && /\svà\s/u.test(text.slice(words[start - 1]!.end, words[start]!.start))) break;
    // `Nhật Bản`, `Thổ Nhĩ Kỳ`, `châu Âu`: a country or a region of several words ends the organisation.
    if (placeOfWordsEndsAt(words, start)) break;
    start--;
  }
  // (A run cut short before a particle does not open with it.)
  while (start < words.length && FOREIGN_NAME_PARTICLES.has(words[start]!.text)) start++;
  // `phó chủ tịch tập đoàn Berkshire Hathaway`: two words right after a body's head are its own
  // name. (Three or more may hold a person's: `Chủ tịch CLB Josep Maria Bartomeu`.)
  if (words.length - start === 2 && namedBodyHeadEndsAt(words, start)) return null;
  // After a title whose organisation is a place (`placeFirst` defined), a run of three words or
  // more opens with it; where the place is always named (`true`), two words are the place alone.
  if (placeFirst !== undefined && start === 0 && words.length - start - particles >= 3) start++;
  else if (placeFirst === true && start === 0 && words.length - particles === 2) return null;
  // (A name has two words at least.)
  if (words.length - start < 2) return null;
  // `Chủ tịch Quốc hội Campuchia Samdech Heng Samrin`: an honorific before the name is neither.
  const orgEnd = start;
  while (start < words.length && FOREIGN_HONORIFICS.has(words[start]!.text)) start++;
  const honoured = start > orgEnd;
  if (words.length - start < 2) return null;
  while (words.length - start > 2 && isVietnameseSyllable(words[start]!.text)) start++;
  const nameWords = words.slice(start);
  if (!looksLikeForeignName(nameWords.map((w) => w.text).join(' '))) return null;
  // `Thủ tướng Abe và Donald Trump`: a name after `và` is another person, not the title's.
  if (start > 0 && /\svà\s/u.test(text.slice(words[start - 1]!.end, words[start]!.start))) return null;
  return { orgWords: words.slice(0, honoured ? orgEnd : start), nameWords };
}

/**
 * The phrase's words and, when a particle ended it, the rest of the foreign name after it
 * (`Ngoại trưởng Qatar Mohammed| bin Abdulrahman Al Thani`): the organisation reader stops at
 * a lower-case word.
 */
function withParticleTail(text: string, words: PhraseWord[], end: number): PhraseWord[] {
  const m = PARTICLE_TAIL.exec(text.slice(end, end + 60));
  if (!m) return words;
  const out = words.slice();
  for (const w of m[0].matchAll(/\S+/gu)) out.push({ text: w[0], start: end + w.index!, end: end + w.index! + w[0].length });
  return out;
}
const PARTICLE_TAIL = letterPattern(`^(?: (?:${[...FOREIGN_NAME_PARTICLES].join('|')}))+(?: \\p{Lu}[\\p{L}-]*){1,3}(?: (?:${GLUED_NAME_ARTICLES.join('|')})-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\d])`, 'u');

/** Whether the words before `k` are a place word or a body named after a person (`thành phố`, `Văn phòng luật sư`). */
function placeOrBodyNameAt(words: readonly PhraseWord[], k: number): boolean {
  return k > 0 && (PLACE_BEFORE_NAME_WORDS.has(words[k - 1]!.text) || namedBodyHeadEndsAt(words, k));
}

/** Whether the one or two words before `end` are a head its body's own name follows (`tập đoàn`, `CLB`). */
function namedBodyHeadEndsAt(words: readonly PhraseWord[], end: number): boolean {
  let key = '';
  for (let n = 1; n <= 4 && n <= end; n++) {
    key = n === 1 ? words[end - 1]!.text.toLowerCase() : `${words[end - n]!.text.toLowerCase()} ${key}`;
    if (NAMED_BODY_HEADS.has(key)) return true;
  }
  return false;
}

/**
 * Whether the words before `end` close a place of two to four words the tables know (`Hà Lan`,
 * `Thổ Nhĩ Kỳ`, `châu Âu`: a region is capitalised in the table, lower-case in running text).
 */
function placeOfWordsEndsAt(words: readonly PhraseWord[], end: number): boolean {
  for (let k = 2; k <= 4 && k <= end; k++) {
    const phrase = words.slice(end - k, end).map((w) => w.text).join(' ');
    if (COUNTRIES.has(phrase) || NON_PERSON_NAMES.has(phrase) || NON_PERSON_NAMES.has(phrase[0]!.toUpperCase() + phrase.slice(1))) return true;
  }
  return false;
}

/** What follows the first word of a sentence run into a name: a lower-case word, a colon (`Ảnh:`) or a number (`Ngày 5/6`). */
const NEW_SENTENCE_AFTER = lettered(/^(?: \p{Ll}|:| \d)/u);

/** Whether a capitalised word is, in lower case, a word of the dictionary (`Ảnh`, `Hãng`), not a foreign name's syllable. */
function isDictionaryWord(word: string): boolean {
  return dictionaryEntry(word) !== undefined;
}

const FOREIGN_NAME_RUN = lettered(/^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,3})(?![\p{L}\d])/u);
/** A foreign name starting exactly at `from` (`Jens Weidmann cho rằng`). */
function foreignNameAt(text: string, from: number): { name: string; start: number; end: number } | null {
  const m = FOREIGN_NAME_RUN.exec(text.slice(from, from + 60));
  if (!m) return null;
  const words = m[1]!.split(' ');
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (looksLikeForeignName(name)) return { name, start: from, end: from + name.length };
  }
  return null;
}

/** The lexicon's titles in lower case, by their first two characters ('' for a title of one). */
const loweredTitles = new WeakMap<Lexicon, Map<string, string[]>>();

function startsWithKnownTitle(rest: string, lexicon: Lexicon): boolean {
  let byOpening = loweredTitles.get(lexicon);
  if (!byOpening) {
    byOpening = new Map([['', []]]);
    for (const t of lexicon.titles) {
      const title = t.title.toLowerCase();
      const key = title.length >= 2 ? title.slice(0, 2) : '';
      const list = byOpening.get(key);
      if (list) list.push(title);
      else byOpening.set(key, [title]);
    }
    loweredTitles.set(lexicon, byOpening);
  }
  const head = rest.slice(0, 40).toLowerCase();
  return opensWithAnyOf(rest, head, byOpening.get(head.slice(0, 2))) || opensWithAnyOf(rest, head, byOpening.get(''));
}

/** Whether one of `titles` (lower case) opens `rest` as whole words (`head` is its opening, lower-cased). */
function opensWithAnyOf(rest: string, head: string, titles: string[] | undefined): boolean {
  if (titles === undefined) return false;
  for (const title of titles) if (head.startsWith(title) && wordEndsAt(rest, title.length)) return true;
  return false;
}

function honorificBefore(text: string, start: number): PersonHonorific | null {
  const m = HONORIFIC_BEFORE_NAME.exec(text.slice(Math.max(0, start - 12), start));
  return m ? (m[1]!.toLowerCase() as PersonHonorific) : null;
}

const NAME_RUN = lettered(/^(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4})(?![\p{L}\d])/u);
/** A personal name starting exactly at `from` (2–5 capitalised syllables), not running into a place. */
function nameAt(text: string, from: number): { name: string; start: number; end: number } | null {
  const m = NAME_RUN.exec(text.slice(from, from + 60));
  if (!m) return null;
  const words = m[1]!.split(' ');
  const honoured = honouredAt(text, from, words[0]!);
  for (let n = Math.min(words.length, 5); n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    // (Closed by a separator, its last syllable is a given name whatever word it also is:
    // `…, ông Nguyễn Quốc Hội, cho biết`.)
    const endsAtSeparator = SEPARATOR_AFTER.test(text.slice(from + name.length, from + name.length + 3));
    // (A last syllable that makes a word with the lower-case one after it opens the next sentence,
    // its full stop lost: `GS.TS Nguyễn Hồng Sơn Hàng loạt các DN …` → `Nguyễn Hồng Sơn`.)
    if (n > 2 && opensWordWithNext(text, from + name.length, words[n - 1]!)) continue;
    if (looksLikePersonName(name, { endsAtSeparator, honoured })) return { name, start: from, end: from + name.length };
  }
  return null;
}
const SEPARATOR_AFTER = /^\s*[,;:.)–-]/u;
/**
 * Whether a name opening with `firstSyllable` at `start` is honoured: its syllable one that is
 * never a name's alone (`Từ`), an honorific or a rank right before it (`ông Từ Minh Thiện`).
 */
function honouredAt(text: string, start: number, firstSyllable: string): boolean {
  return NEVER_NAME_SYLLABLES.has(firstSyllable) && HONOURED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
/** An honorific or a rank ending right before a name. */
const HONOURED_BEFORE = letterPattern(`(?:^|[^\\p{L}])(?:${PERSON_HONORIFIC_ALTERNATION}|${PERSON_STYLE_PATTERN})\\s+$`, 'iu');
const NEXT_LOWER_CASE_WORD_NOT_DATED = lettered(/^ (\p{Ll}+)(?! \d)/u);
/** Whether `syllable`, ending at `end`, and the lower-case syllable after it make one word of the dictionary. */
function opensWordWithNext(text: string, end: number, syllable: string): boolean {
  // (Not one a number follows, which opens a date: `… Thu Hằng ngày 15/6`.)
  const next = NEXT_LOWER_CASE_WORD_NOT_DATED.exec(text.slice(end, end + 14))?.[1];
  return next !== undefined && isTwoSyllableWord(syllable, next);
}
const administrativeUnits = new Set(ADMINISTRATIVE_UNITS);
/** What stands right before a word that opens its clause: nothing, or a mark and spaces. */
const CLAUSE_OPENS_BEFORE = /(?:^|[.,;:!?\n“"(])\s*$/u;
/** A portfolio after an office: its word, then one to five lower-case words before a capital (group 1: those words). */
const PORTFOLIO_AFTER = letterPattern(`^ (?:${PORTFOLIO_WORDS.join('|')})((?: \\p{Ll}+){1,5}) (?=\\p{Lu})`, 'u');
/** Whether an organisation opens with a firm's head, in either case (`Công ty`, `công ty`, `hãng`). */
const firmHeadAt = (organization: string): boolean => FIRM_HEADS.some((h) => organization.startsWith(h) || organization.startsWith(h.toLowerCase()));
/**
 * Two or three lower-case syllables, then a space before a capital: what may stand between a name
 * in sentence case and the person's. (One alone is as often the predicate, a verb whose object
 * is a person or a delegation: `Bộ trưởng Bộ Quốc phòng tiếp Đoàn …`.)
 */
const LOWER_STRETCH_BEFORE_NAME = lettered(/^((?: \p{Ll}+){2,3}) (?=\p{Lu})/u);

const NAME_RUN_BEFORE = lettered(/((?:\p{Lu}\p{Ll}* ){1,4}\p{Lu}\p{Ll}*)$/u);
/** The capitalised-name suffix of the text ending at `end` (`… ông Nguyễn Cao Thắng`). */
function nameEndingAt(text: string, end: number): { name: string; start: number; end: number } | null {
  const m = NAME_RUN_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
  if (!m) return null;
  const words = m[1]!.split(' ');
  // Right after `quận`, `huyện`, `tỉnh` … the run opens with the place's own name (two syllables at least).
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, end - 60), end).slice(0, m.index));
  const afterPlaceWord = before !== null && PLACE_BEFORE_NAME_WORDS.has(before[1]!);
  for (let s = Math.max(afterPlaceWord ? 2 : 0, words.length - 5); s < words.length - 1; s++) {
    const name = words.slice(s).join(' ');
    const honoured = honouredAt(text, end - name.length, words[s]!);
    if (looksLikePersonName(name, { endsAtSeparator: true, honoured }) && placeAt(words, s) === 0) return { name, start: end - name.length, end };
  }
  return null;
}

/**
 * A foreign name an honorific opens, ending at `end` before the title item that ends at
 * `itemEnd` (`ông Matthew Powell, Giám đốc …`). After a source (`Theo ông X,`) a title that a verb
 * other than one of saying follows is the next clause's actor, not the person's
 * (`Theo ông Robert Lighthizer, Tổng thống Mỹ cam kết …`).
 */
function honouredForeignNameEndingAt(text: string, end: number, itemEnd: number): { name: string; start: number; end: number } | null {
  const m = HONOURED_FOREIGN_NAME.exec(text.slice(Math.max(0, end - 60), end));
  if (!m || !looksLikeForeignName(m[1]!)) return null;
  const start = end - m[1]!.length;
  if (SOURCE_BEFORE_HONORIFIC.test(text.slice(Math.max(0, start - 40), start)) && verbOpensAt(text, itemEnd)) return null;
  return { name: m[1]!, start, end };
}

const LOWER_CASE_WORDS_AFTER = lettered(/^\s+(\p{Ll}+)(?:\s(\p{Ll}+))?/u);
/** Whether the words at `at` (after spaces) open with a verb that is not one of saying. */
function verbOpensAt(text: string, at: number): boolean {
  const words = LOWER_CASE_WORDS_AFTER.exec(text.slice(at, at + 24));
  if (!words) return false;
  const two = words[2] !== undefined ? `${words[1]} ${words[2]}` : null;
  const verb = two !== null && dictionaryEntry(two) !== undefined ? two : words[1]!;
  return (dictionaryEntry(verb)?.classes ?? '').startsWith('V') && !reportingVerbs.has(verb);
}
const reportingVerbs = new Set(REPORTING_VERBS);
/** Capitalised words right after a point (`  Thành` after `Golf Long`). */
const CAPITALISED_RUN = lettered(/^(?: \p{Lu}\p{Ll}*){1,4}/u);
/** `, ông ` / `, ` after a title: what leads to the name of a reversed apposition (group 1: the honorific). */
// (A dash too, when an honorific follows it: `Phó Chủ tịch LĐBĐ Việt Nam - ông Trần Quốc Tuấn`;
// a dash and a bare name are read with the organisation, see readItem.)
/** `người phát ngôn của ` right before a title: a reversed apposition after it names the spokesperson (see ROLES_OF_ANOTHER). */
const ROLE_OF_ANOTHER_BEFORE = letterPattern(`(?:^|[^\\p{L}])(?:${ROLES_OF_ANOTHER.join('|')}) của\\s+$`, 'iu');
// (A rank, a degree or an honour may stand before the name, after the honorific or alone:
// `Giám đốc Bệnh viện Bạch Mai, PGS.TS Nguyễn Quốc Anh`, `…, Nghệ sĩ Ưu tú Nguyễn Ngọc Thư`.)
// (`là` may link them when an honorific names the person: `Giám đốc Sở Y tế là ông Nguyễn Văn A`.)
const ADDRESS = INFORMAL_ADDRESS_WORDS.join('|');
const REVERSED_APPOSITION_LEAD = letterPattern(`^(?:,\\s*(?:(${PERSON_HONORIFIC_ALTERNATION})\\s+|(?:${ADDRESS})\\s+)?(?:(${PERSON_STYLE_PATTERN})\\s+)?|\\s+[-–]\\s+(?:(${PERSON_HONORIFIC_ALTERNATION})\\s+|(?:${ADDRESS})\\s+)?(?:(${PERSON_STYLE_PATTERN})\\s+)?|\\s+là\\s+(${PERSON_HONORIFIC_ALTERNATION})\\s+)?`, 'iu');
/** ` tại SEA Games 29` up to `, ông …`: where an office is held, between it and its holder's apposition. */
const PLACE_OF_OFFICE_BEFORE_HONORIFIC = letterPattern(`^\\s+(?:${ENVOY_POST_PREPOSITIONS.join('|')})\\s+[^,.;:!?()\\n]{1,40}?(?=,\\s*(?:${PERSON_HONORIFIC_ALTERNATION})\\s)`, 'u');
/** A form of address ending a lead (`, anh `): a name follows, as after an honorific. */
const ADDRESS_ENDING = letterPattern(`(?:^|[\\s,])(?:${ADDRESS})\\s+$`, 'iu');
/** `, bà …` right after a title: another person's apposition opens, not a title shared with this one. */
const HONOURED_PERSON_AFTER_COMMA = letterPattern(`^,\\s*(?:${PERSON_HONORIFIC_ALTERNATION})\\s`, 'iu');
/** An honorific opening the text, in any case (`ông `, `Bà `). */
const HONORIFIC_OPENING = letterPattern(`^(?:${PERSON_HONORIFIC_ALTERNATION})\\s+`, 'iu');
const SOURCE_BEFORE_HONORIFIC = letterPattern(`(?:^|[^\\p{L}])(?:${SOURCE_OPENERS.flatMap((w) => [w, capitalized(w)]).join('|')})\\s+(?:${PERSON_HONORIFIC_ALTERNATION})\\s+$`, 'u');
const HONOURED_FOREIGN_NAME = letterPattern(`(?<![\\p{L}])(?:${PERSON_HONORIFICS.flatMap((h) => [h, capitalized(h)]).join('|')})\\s+(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){1,3})$`, 'u');

/** A given name alone ending at `end`, after a clause's start or an honorific (`, Vân`, `ông Trang`). */
function givenNameEndingAt(text: string, end: number): { name: string; start: number; end: number } | null {
  const m = GIVEN_NAME_AFTER_BOUNDARY.exec(text.slice(Math.max(0, end - 24), end));
  return m ? { name: m[1]!, start: end - m[1]!.length, end } : null;
}
const GIVEN_NAME_AFTER_BOUNDARY = lettered(/(?:^|[.,;:!?]\s+|\n|(?:ông|bà|anh|chị)\s+)(\p{Lu}\p{Ll}+)$/u);

/** ` tại ` / ` ở ` before a capitalised place: where an envoy of the state named before is posted. */
const ENVOY_POST = letterPattern(`^ (?:${ENVOY_POST_PREPOSITIONS.join('|')}) (?=\\p{Lu})`, 'u');

/** An envoy's state read on to the place of the post: `Nga` + ` tại Mỹ Sergei Kislyak`. */
function withEnvoyPost(text: string, state: OrganizationPhrase): OrganizationPhrase {
  const link = ENVOY_POST.exec(text.slice(state.end, state.end + 6));
  if (!link) return state;
  const post = organizationPhrase(text, state.end + link[0].length, { firstWordAnyCase: false });
  if (!post) return state;
  const preposition = { text: link[0].trim(), start: state.end + 1, end: state.end + link[0].length - 1 };
  return { text: text.slice(state.start, post.end), start: state.start, end: post.end, words: [...state.words, preposition, ...post.words] };
}

const CAPITAL_AFTER_SPACE = lettered(/^ \p{Lu}/u);
function readItem(text: string, t: TitleMatch, titleAt: (at: number, rest: string) => boolean, lexicon: Lexicon): TitleItem {
  // `Bộ trưởng Chủ nhiệm VP Chính phủ …`: a title right after a title is its own item.
  // So does a title after `và` (`Thứ trưởng A và Phó Chủ tịch B`): another person.
  const opensWithTitle = (from: number) => (rest: string, at: number) =>
    (at === from || (text.charCodeAt(at - 2) === 0xe0 /* à */ && /\svà\s$/u.test(text.slice(Math.max(0, at - 4), at)))) && titleAt(at, rest);
  // `Trưởng Đoàn Đại biểu Quốc hội tỉnh`: the title's last word opens the organisation.
  // (So does a chief of staff's `Văn phòng` when an office names it: `Chánh Văn phòng Chủ tịch
  // nước`, not `Chánh Văn phòng Bộ Y tế`.)
  const officeNamedByTitle = CHIEFS_OF_AN_OFFICE.has(t.title.toLowerCase()) && text.charCodeAt(t.end) === 32 && titleAt(t.end + 1, text.slice(t.end + 1, t.end + 40));
  const tail = /^(?:phó )?trưởng |^phó (?:khoa|ban|phòng)$|^(?:phó )?chánh tòa$/iu.test(t.title) || officeNamedByTitle
    ? TITLE_TAILS_OPENING_ORGANIZATION.filter((w) => t.title.endsWith(' ' + w)).sort((a, b) => b.length - a.length)[0]
    : undefined;
  let phrase;
  // … when a capitalised part or a place follows: `Trưởng Công an huyện Hoài Nhơn`; or when the
  // word opens a head written in lower case: `Trưởng ban quản lý di tích …`.
  // (Not when the organisation repeats the word: `Trưởng ban Ban Chỉ đạo` is headed `Ban`.)
  const repeatsTail = tail !== undefined && text.slice(t.end + 1, t.end + 2 + tail.length).toLowerCase() === `${tail.toLowerCase()} `;
  if (tail && !repeatsTail && (CAPITAL_AFTER_SPACE.test(text.slice(t.end, t.end + 2)) || placeWordAt(text, t.end + 1) || lowerCaseHeadAt(text, t.end - tail.length)) && !nameAt(text, t.end + 1)) {
    phrase = organizationPhrase(text, t.end - tail.length, { firstWordAnyCase: true });
    // (The title's own last word alone is no organisation: `Trưởng phòng cho biết`.)
    if (phrase && phrase.end <= t.end) phrase = null;
  } else {
    let afterTitle = t.end;
    while (text[afterTitle] === ' ') afterTitle++;
    // (A committee's chair or secretary may be named by the place alone, in lower case: `Chủ tịch
    // xã Tân Hương`, `Bí thư tỉnh Yên Bái`; a place named, not the unit alone: `thay lời Chủ tịch
    // quận, ông …` is another's chair.)
    // (Any office may be named so by its province, whose name is never a person's: `Chánh Thanh
    // tra tỉnh Võ Văn Phúc`; wards and districts may be, `phường Hoàng Văn Thụ`.)
    // (A foreign province's name after a governor reads as a person's too: `tỉnh Bắc Kivu`.)
    const title = t.title.toLowerCase();
    const province = !PLACE_HEADED_TITLES.has(title) && text.startsWith('tỉnh ', afterTitle) && nameAt(text, afterTitle + 5) !== null;
    const placeCommittee = (PLACE_COMMITTEE_TITLES.has(title) || province) && placeWordAt(text, afterTitle) && PLACE_NAMED_AFTER_UNIT.test(text.slice(afterTitle, afterTitle + 24));
    phrase = afterTitle > t.end || afterTitle === text.length ? organizationPhrase(text, afterTitle, { stopBefore: opensWithTitle(afterTitle), firstWordAnyCase: placeCommittee || lowerCaseHeadAt(text, afterTitle) }) : null;
    // `Giám đốc truyền thông của Grab Việt Nam`: a body named after `của` right after the title
    // is its own. (Named, capitalised: `của công ty này` points back, see ANAPHORIC_BODY.)
    if (!phrase && text.startsWith(' của ', t.end)) {
      const at = t.end + 5;
      phrase = organizationPhrase(text, at, { stopBefore: opensWithTitle(at), firstWordAnyCase: lowerCaseHeadAt(text, at) });
      // (A head in lower case names a body only with a name after it: `của công ty này` points back.)
      if (phrase && !hasUpper(phrase.text)) phrase = null;
    }
    if (phrase && ENVOY_TITLES.has(t.title.toLowerCase())) phrase = withEnvoyPost(text, phrase);
  }
  let organization: string | null = null;
  let itemEnd = t.end;
  let person: TitleItem['person'] = null;
  // `giám đốc doanh nghiệp này, ông X`, `phó giám đốc công ty này`: the body the text named before.
  const anaphor = ANAPHORIC_BODY.exec(text.slice(t.end, t.end + 30));
  if (anaphor) {
    const named = antecedentBody(text, t.start, anaphor[1]!.toLowerCase());
    if (named) return { start: t.start, end: t.end, title: t.title, rank: t.rank, standalone: t.standalone, lowerCase: t.lowerCase, former: t.former, organization: named, itemEnd: t.end + anaphor[0].length, person: null };
  }
  if (phrase) {
    // `Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng và TKV`, `giám đốc CIA Michael Hayden và
    // Michael Morell`: a name before a `và` that the organisation reader took for a joint in the name.
    let split: ReturnType<typeof splitTrailingName> = null;
    for (let k = phrase.words.length - 1; k > 1 && !split; k--) {
      if (!/\svà\s/u.test(text.slice(phrase.words[k - 1]!.end, phrase.words[k]!.start))) continue;
      const head = phrase.words.slice(0, k);
      split = splitTrailingName(head) ?? splitTrailingForeignName(head, text);
      if (split) split = { orgWords: split.orgWords, nameWords: split.nameWords };
    }
    split ??= splitTrailingName(withoutNextSentenceOpener(text, phrase.words)) ?? splitTrailingForeignName(withParticleTail(text, phrase.words, phrase.end), text, PLACE_HEADED_TITLES.get(t.title.toLowerCase()));
    // `Phó Thủ tướng Vũ Đức Đam 3 lần nhắc …`: a count after the name, read as a unit's number, is not the organisation's.
    if (!split && phrase.words.length > 2 && /^\d+$/u.test(phrase.words[phrase.words.length - 1]!.text)) {
      const counted = splitTrailingName(phrase.words.slice(0, -1));
      if (counted && counted.nameWords.length > 0) split = counted;
    }
    // (After a firm's head alone in lower case, a capitalised run is the firm's own name: `Giám
    // đốc của hãng tàu Hyundai Merchant Marine`; not after a place's or a unit's, `Chủ tịch tỉnh
    // Đinh Văn Thu`, `Trưởng khoa phẫu thuật thần kinh Zhang Mingsen`.)
    if (split && split.orgWords.length > 0 && split.orgWords.every((w) => startsLower(w.text)) && firmHeadAt(text.slice(split.orgWords[0]!.start, split.orgWords[split.orgWords.length - 1]!.end))) split = null;
    if (split && split.nameWords.length > 0) {
      const nameStart = split.nameWords[0]!.start;
      const nameEnd = split.nameWords[split.nameWords.length - 1]!.end;
      person = { name: text.slice(nameStart, nameEnd), start: nameStart, end: nameEnd };
      if (split.orgWords.length > 0) {
        organization = text.slice(split.orgWords[0]!.start, split.orgWords[split.orgWords.length - 1]!.end);
      }
      itemEnd = nameEnd;
    } else {
      const unextended = phrase;
      phrase = extendOrganization(
        text,
        phrase,
        (at) => nameAt(text, at) !== null || startsWithKnownTitle(text.slice(at, at + 40), lexicon),
        (placeWords) => splitTrailingName(placeWords)?.orgWords ?? null,
      );
      organization = phrase.text;
      itemEnd = phrase.end;
      // `Ủy ban Văn hóa, Giáo dục của Quốc hội Phan Thanh Bình`: the part read on may end in the name.
      const inside = phrase !== unextended && text.slice(unextended.end, phrase.end).includes(' của ') ? splitTrailingName(phrase.words) : null;
      if (inside && inside.orgWords.length > 0) {
        const first = inside.nameWords[0]!;
        const last = inside.nameWords[inside.nameWords.length - 1]!;
        person = { name: text.slice(first.start, last.end), start: first.start, end: last.end };
        organization = text.slice(inside.orgWords[0]!.start, inside.orgWords[inside.orgWords.length - 1]!.end);
        itemEnd = last.end;
      }
      // `Bộ Thông tin và Truyền thông (TT&TT) Nguyễn Mạnh Hùng`: an abbreviation in brackets
      // between the organisation and the name; `Giám đốc Sở Y tế - Nguyễn Văn An`: a dash;
      // `UBND xã Kim Liên, huyện Nam Đàn Nguyễn Văn Sơn`: the name after a place read on.
      // (So is a name right after a unit's number, which closes the organisation: `UBND quận 1 Đoàn Ngọc Hải`.)
      const bracket = /^(?:\s*\([^()\n]{1,20}\)\s+|\s[-–]\s|\s)/u.exec(text.slice(phrase.end, phrase.end + 28));
      const endsInNumber = /\d$/u.test(phrase.text);
      const named = bracket && (bracket[0] !== ' ' || phrase !== unextended || endsInNumber) ? nameAt(text, phrase.end + bracket[0].length) : null;
      if (named && !person) {
        person = named;
        itemEnd = named.end;
      }
      // `Giám đốc Trung tâm Điều hành chương trình chống ngập Nguyễn Ngọc Công`: a name in sentence
      // case ends where the person's name begins; a short stretch of content words the reader
      // stopped before (a verb and its object, `chống ngập`) is the organisation's. (Not a verb of
      // saying, a word of grammar or an honorific: `… yêu cầu ông Nguyễn Văn A` names another.)
      // (After a part in sentence case only, not after a place's unit: `UBND tỉnh giao Nguyễn Văn A …`.)
      const lastWord = phrase.words[phrase.words.length - 1]!.text;
      const sentenceCase = phrase.words.length >= 2 && startsLower(lastWord) && !administrativeUnits.has(lastWord);
      const stretch = person || !sentenceCase ? null : LOWER_STRETCH_BEFORE_NAME.exec(text.slice(phrase.end, phrase.end + 48));
      const stretchEnd = stretch ? phrase.end + stretch[1]!.length : -1;
      const after = stretch && isContentStretch(text, phrase.end, stretchEnd) ? nameAt(text, stretchEnd + 1) : null;
      if (after && firmHeadAt(phrase.text)) {
        // (After a company's head the capitalised words are its own name, however like a person's
        // they read: `công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát`.)
        organization = text.slice(phrase.start, after.end);
        itemEnd = after.end;
      } else if (after) {
        organization = text.slice(phrase.start, stretchEnd);
        person = after;
        itemEnd = after.end;
      }
    }
  }
  // `Phó Chủ tịch phụ trách chuyên môn Trần Quốc Tuấn`, `Phó Chủ tịch UBND tỉnh phụ trách khối văn
  // xã Nguyễn Văn A`: the office's portfolio, in lower case, stands between it and the holder's name.
  if (!person) {
    const portfolio = PORTFOLIO_AFTER.exec(text.slice(itemEnd, itemEnd + 64));
    const wordsEnd = portfolio ? itemEnd + portfolio[0].length - 1 : -1;
    const holder = portfolio && isContentStretch(text, wordsEnd - portfolio[1]!.length, wordsEnd) ? nameAt(text, wordsEnd + 1) : null;
    if (holder) {
      person = holder;
      itemEnd = holder.end;
    }
  }
  if (organization) organization = organization.replace(/\s*[(–-]\s*$/u, '');
  // Field by field rather than a spread, which V8 copies through its slow generic path.
  return { start: t.start, end: t.end, title: t.title, rank: t.rank, standalone: t.standalone, lowerCase: t.lowerCase, former: t.former, organization: organization || null, itemEnd, person };
}

/** Titles given with an organisation but no name (`Bộ trưởng Bộ Thông tin và Truyền thông đã tặng …`). */
export interface UnnamedPosition {
  start: number;
  title: string;
  organization: string;
}

const OF_BEFORE_CAPITAL = lettered(/^ của (?=\p{Lu})/u);
/** What may stand between a name and its title in a name-first apposition (see findPersonMentions). */
/** The organisation `của` names right after a person's name (`… Perez của Real Madrid`), or null. */
function bodyAfterName(text: string, nameEnd: number): string | null {
  const of = OF_BEFORE_CAPITAL.exec(text.slice(nameEnd, nameEnd + 6));
  const phrase = of ? organizationPhrase(text, nameEnd + of[0].length) : null;
  if (!phrase) return null;
  // (Read to its last capital: `Bayern hồ hởi thông báo` is the club and what it does; and never
  // cut inside a word: `Phủ Tổng | thống` is no body.)
  const words = phrase.words;
  let last = words.length - 1;
  while (last > 0 && !startsUpper(words[last]!.text)) last--;
  // (A capital's word goes on in lower case: `Hội đồng`, `Môi trường`.)
  if (last + 1 < words.length && isTwoSyllableWord(words[last]!.text, words[last + 1]!.text)) last++;
  const next = NEXT_LOWER_CASE_WORD.exec(text.slice(words[last]!.end, words[last]!.end + 12))?.[1];
  if (last === words.length - 1 && next !== undefined && isTwoSyllableWord(words[last]!.text, next)) return null;
  return text.slice(words[0]!.start, words[last]!.end);
}

/** Whether `other`, holding the name that ends at `nameEnd`, is a rank or a seat right before it and `item` an office naming its body. */
function rankedBefore(other: TitleItem, nameEnd: number, item: TitleItem): boolean {
  return other.itemEnd === nameEnd && other.rank >= RANK_OF_NO_OFFICE && item.organization !== null;
}

/** The full name a comma or dash sets a title after (`ông Nguyễn Cao Thắng, ` before `Giám đốc …`), or null. */
function nameFirstAppositionBefore(text: string, titleStart: number): { name: string; start: number; end: number } | null {
  const separator = nameFirstSeparatorBefore(text, titleStart);
  return separator ? nameEndingAt(text, titleStart - separator.length) : null;
}

/** The separator that sets a title after a name (`, `, ` - `, ` là `, ` giữ chức `), ending at `titleStart`, or null. */
function nameFirstSeparatorBefore(text: string, titleStart: number): string | null {
  const before = text.slice(Math.max(0, titleStart - 48), titleStart);
  return mayEndWithSeparator(before) ? NAME_FIRST_SEPARATOR.exec(before)?.[0] ?? null : null;
}

// (After the comma a past office's clause may stand: `ông X, khi còn là Thứ trưởng …, đã …`.
// A bracket may hold the title: `Nguyễn Văn An (Phó Chủ tịch UBND xã Thanh Lâm)`, after the
// person's year of birth or age: `Đinh Văn Dũng (SN 1959, cựu Giám đốc …)`, `(52 tuổi, …`.)
const NAME_FIRST_SEPARATOR = letterPattern(
  `(?:\\s*\\([^()\\n]{1,30}\\))?(?:\\s*,\\s*(?:(?:${FORMER_TITLE_CLAUSES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s+)?|\\s*[-–]\\s*|\\s+\\(\\s*(?:(?:${literalAlternation(BIRTH_DATE_CUES)})\\s+\\d{4}\\s*,\\s*|\\d{1,3}\\s+tuổi\\s*,\\s*)?|\\s+(?:là|làm|giữ chức(?: danh| vụ)?)\\s+)` +
    `(?:(?:một|${FORMER_TITLE_WORDS.flatMap((w) => [w, capitalized(w)]).join('|')})\\s+)?$`,
  'u',
);

/**
 * Whether `before` may end with NAME_FIRST_SEPARATOR, by its last word or mark: the pattern,
 * anchored at the end only, is otherwise tried from every position of the stretch.
 */
function mayEndWithSeparator(before: string): boolean {
  let end = before.length;
  while (end > 0 && /\s/u.test(before[end - 1]!)) end--;
  const last = before[end - 1];
  if (last === ',' || last === '-' || last === '–' || last === '(') return true;
  // (A bracket glued to the word: `Huỳnh Thị Như (nguyên Trưởng phòng …`.)
  const word = before.slice(before.lastIndexOf(' ', end - 1) + 1, end).replace(/^\(/u, '');
  return SEPARATOR_LAST_WORDS.has(word);
}
/** The words NAME_FIRST_SEPARATOR may end with. */
const SEPARATOR_LAST_WORDS = new Set(['là', 'làm', 'chức', 'danh', 'vụ', 'một', ...FORMER_TITLE_WORDS.flatMap((w) => [w, capitalized(w)])]);

const CLOSING_MARK = lettered(/^\s*(?:[,;()]|\.(?!\p{L})|$)/u);
const DELEGATION_HEAD_ROLE = lettered(/^\s*(?:làm|là|giữ chức)\s+(trưởng đoàn|Trưởng đoàn|phó trưởng đoàn|Phó Trưởng đoàn)(?!\p{L})/u);
export function findPersonMentions(text: string, lexicon: Lexicon, unnamed: UnnamedPosition[] = []): PersonMention[] {
  const titles = findTitles(text, lexicon);
  const titleStarts = new Set(titles.map((t) => t.start));
  const read = titles.map((t) => readItem(text, t, (at, rest) => titleStarts.has(at) || startsWithKnownTitle(rest, lexicon), lexicon));
  // A title inside the organisation of the one before is part of that name (`Trưởng đoàn Đại
  // biểu Quốc hội tỉnh`), no item of its own.
  const items: TitleItem[] = [];
  for (const item of read) if (items.length === 0 || item.start >= items[items.length - 1]!.itemEnd) items.push(item);
  const mentions: PersonMention[] = [];

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let person = item.person;
    let honorific: PersonMention['honorific'] = person ? honorificBefore(text, person.start) : null;
    let organizationBeforeDo: string | null = null;
    let organizationWithName: string | null = null;
    // `ông Trương Công Huấn, Giám đốc Kia Hà Đông, cho biết`: a title set off after a person the
    // honorific names is that person's, to the apposition's end; capitals that close it (`Hà
    // Đông`, `St Francis …`) end the organisation, no second person. (After a title, not an
    // honorific, it is the next one of a list: `Chủ tịch nước A, Chủ tịch Quốc hội B, …`.)
    if (person && !honorific) {
      const apposed = nameFirstAppositionBefore(text, item.start);
      const head = text.slice(item.start, person.start).trimEnd();
      // (A run read as a foreign name before the predicate is the organisation's too: `ông Lê Văn
      // Kiểm, Chủ tịch HĐQT CTCP Đầu tư và Kinh doanh Golf Long Thành xác nhận`; so is a run right
      // after the title, set off by marks: `ông Bùi Kim Kha, Tổng Giám đốc Chu Lai Trường Hải, cho biết`.)
      // (Or a bracket opening, with the place in it: `…, Trưởng Ban quản lý … Yên Tử (TP Uông Bí) cho biết`.)
      const closesAtMark = CLOSING_MARK.test(text.slice(person.end, person.end + 3));
      const named = item.organization ? head.endsWith(item.organization) && (closesAtMark || !looksLikePersonName(person.name)) : closesAtMark && /,\s*$/u.test(text.slice(Math.max(0, item.start - 3), item.start));
      if (apposed && honorificBefore(text, apposed.start) && named) {
        // (The run goes on to its last capital: `… Golf Long Thành`.)
        const runEnd = closesAtMark ? person.end : person.end + (CAPITALISED_RUN.exec(text.slice(person.end, person.end + 40))?.[0].length ?? 0);
        organizationWithName = text.slice(item.organization ? item.start + head.length - item.organization.length : person.start, runEnd);
        person = apposed;
        honorific = honorificBefore(text, apposed.start);
      }
    }
    // Name-first apposition: `ông Nguyễn Cao Thắng, Giám đốc Sở …`.
    if (!person) {
      // `ông Nguyễn Cao Thắng, Giám đốc …`, `ông Lê Ngọc Tại - Trưởng phòng …`, `Trần Lưu Hoa-
      // Trưởng Phòng …`, `Đại biểu X (Quảng Ninh), Trưởng Ban …`, `Ngô Thị Bích Vân - một giám
      // đốc …`, `do Ngô Văn Huy giữ chức danh giám đốc`.
      const separator = nameFirstSeparatorBefore(text, item.start);
      // (In brackets a bare title in lower case is a role, not an office: `ông Scott (trưởng đoàn)`
      // leads a tour; `(giám đốc Cty Trung Dung)`, `(Phó Chủ tịch)` are offices.)
      if (separator && !(separator.trimEnd().endsWith('(') && item.lowerCase && !item.organization)) {
        const commaAt = item.start - separator.length;
        // (`…, Vân là Giám đốc công ty …`: a given name alone before a verb of holding office,
        // kept only if it ends one full name of the article; see mergeShortNames.)
        const name = nameEndingAt(text, commaAt) ?? honouredForeignNameEndingAt(text, commaAt, item.itemEnd) ?? (/\s(?:là|làm|giữ chức)/u.test(separator) ? givenNameEndingAt(text, commaAt) : null);
        // (A name a rank or a seat right before it holds is still this office's, when the office
        // names its body: `Thiếu tướng Nguyễn Văn A, Cục trưởng Cục …`, `ĐBQH Trần Văn Lâm, Phó
        // trưởng đoàn …`; not `Trả lời đại biểu A, Phó Thủ tướng nêu rõ`, nor after an office, the
        // next of a list: `Chủ tịch nước A, Thủ tướng …`.)
        if (name && !items.some((other) => other !== item && other.person && other.person.start === name.start && !rankedBefore(other, name.end, item))) {
          person = name;
          honorific = honorificBefore(text, name.start);
          // `MB24 Đắk Lắk do Ngô Văn Chiến làm giám đốc`: the body is what the clause opens with.
          if (!item.organization && /\s(?:làm|giữ chức)/u.test(separator)) organizationBeforeDo = bodyBeforeDo(text, name.start);
        }
      }
    }
    // Reversed apposition: `Giám đốc Sở TT&TT Hải Dương, ông Nguyễn Cao Thắng`, and without
    // the honorific (`Chủ tịch Ngân hàng Deutsche Bundesbank, Jens Weidmann cho rằng`) when the
    // name is not itself the head of a name-first apposition (`…, Nguyễn Văn A, Giám đốc …`).
    if (!person) {
      // (Where the office is held may stand before the comma, when an honorific follows it:
      // `Trưởng đoàn TTVN tại SEA Games 29, ông Trần Đức Phấn`.)
      const post = PLACE_OF_OFFICE_BEFORE_HONORIFIC.exec(text.slice(item.itemEnd, item.itemEnd + 64));
      const leadAt = item.itemEnd + (post ? post[0].length : 0);
      const reversed = REVERSED_APPOSITION_LEAD.exec(text.slice(leadAt, leadAt + 48))!;
      const reversedHonorific = reversed[1] ?? reversed[3] ?? reversed[5];
      const style = reversed[2] ?? reversed[4] ?? (ADDRESS_ENDING.test(reversed[0]) ? reversed[0] : undefined);
      // (A dash alone leads to no name: `… - Nguyễn Văn A` is read as a name-first apposition's.
      // Over `là`, only an office that opens its clause: `con rể Tổng thống Mỹ là ông …` is another's kin.)
      const linked = reversed[5] !== undefined;
      if (reversed[0].length > 0 && (reversed[0].trimStart().startsWith(',') || reversedHonorific || style) && (!linked || CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, item.start - 4), item.start)))) {
        const at = leadAt + reversed[0].length;
        const name = nameAt(text, at) ?? foreignNameAt(text, at);
        const headsApposition = name !== null && /^\s*(?:[,–-]|\()/u.test(text.slice(name.end, name.end + 3));
        if (name && (reversedHonorific || style || (!headsApposition && !item.lowerCase)) && !ROLE_OF_ANOTHER_BEFORE.test(text.slice(Math.max(0, item.start - 24), item.start))) {
          person = name;
          honorific = reversedHonorific ? (reversedHonorific.toLowerCase() as PersonMention['honorific']) : null;
        }
      }
    }
    // Signature block: a name alone on the previous line.
    if (!person && (item.start === 0 || text[item.start - 1] === '\n')) {
      const lineStart = text.lastIndexOf('\n', item.start - 2) + 1;
      const line = text.slice(lineStart, item.start - 1);
      if (line.length <= 40 && looksLikePersonName(line)) person = { name: line, start: lineStart, end: lineStart + line.length };
    }
    // Several people under one title: `các Phó Bí thư Tỉnh ủy: A – …; B, C`, `2 Phó Chủ tịch
    // mới là ông A và ông B`, `A, B, cùng là phó giám đốc công ty này`.
    const listed = namesUnderPluralTitle(text, item, person);
    // (`Bộ Văn hóa hiện có 4 thứ trưởng gồm …`: with none of its own, the titles are the body's
    // that has them.)
    const listOrganization = listed.length > 0 && !item.organization ? bodyHavingTitles(text, item.start) : null;
    for (const other of listed) {
      mentions.push({ name: other.name, start: other.start, end: other.end, honorific: honorificBefore(text, other.start), positions: [{ title: item.title, organization: item.organization ?? listOrganization, rank: item.rank, standalone: item.standalone, former: item.former }] });
    }
    if (!person && listed.length > 0) continue;
    if (!person) {
      if (item.organization && !item.lowerCase) unnamed.push({ start: item.start, title: item.title, organization: item.organization });
      continue;
    }

    let organization = organizationWithName ?? item.organization ?? organizationBeforeDo;
    // `Chủ tịch Florentino Perez của Real Madrid`, `Tổng thống Rodrigo Duterte của Philippines`:
    // with none before the name, the body `của` names after it.
    if (!organization) organization = bodyAfterName(text, person.end);
    // `đại biểu Ngô Văn Minh (Quảng Nam)`: a member's constituency in brackets.
    if (!organization && DELEGATE_TITLES.has(item.title.toLowerCase())) {
      const constituency = /^\s*\(([^()\n]{2,30})\)/u.exec(text.slice(person.end, person.end + 34));
      if (constituency && (PROVINCES.includes(constituency[1]!) || /^(?:Đoàn|đoàn) /u.test(constituency[1]!))) organization = constituency[1]!;
    }
    const positions: PositionMention[] = [{ title: item.title, organization, rank: item.rank, standalone: item.standalone, former: item.former }];
    // Chain before: `Ủy viên TW Đảng, Bí thư Tỉnh ủy … Nguyễn Mạnh Hiển`, `… kiêm …`.
    for (let j = i - 1; j >= 0; j--) {
      const prev = items[j]!;
      const next = items[j + 1]!;
      if (prev.person) break;
      const between = text.slice(prev.itemEnd, next.start);
      // (Never over a line's end: a headline's `… gửi đến Tổng thống Putin` is no title of the
      // name that opens the next paragraph.)
      if (!/^[^\S\n]*(?:,|kiêm|–|-)?[^\S\n]*$/u.test(between)) break;
      // `Chủ tịch HĐQT kiêm Tổng Giám đốc Maseco`: `kiêm` shares the organisation named after it.
      const shared = !prev.organization && /kiêm/u.test(between) ? positions[0]!.organization : prev.organization;
      positions.unshift({ title: prev.title, organization: shared, rank: prev.rank, former: prev.former });
    }
    // Chain after the name: `Nguyễn Dương Thái, Trưởng Đoàn Đại biểu Quốc hội tỉnh,` (no other name follows).
    {
      // After a title-first mention the trailing title must end its clause (else it may be
      // another, unnamed attendee); after a name-first one (`X, Ủy viên …, Bí thư …`) it is the same person.
      const nameFirst = !item.person;
      const first = i + 1;
      for (let j = first; j < items.length; j++) {
        const next = items[j]!;
        const prevEnd = j === first ? item.itemEnd : items[j - 1]!.itemEnd;
        // `Đại biểu X (Quảng Ninh), Trưởng Ban …`: a short bracket after the name is passed over.
        if (next.person || !/^\s*(?:\([^()\n]{1,30}\))?\s*(?:,|kiêm)\s*$/u.test(text.slice(prevEnd, next.start))) break;
        if (!nameFirst && !/^\s*(?:[,;.)]|$|\n)/u.test(text.slice(next.itemEnd, next.itemEnd + 3))) break;
        if (HONOURED_PERSON_AFTER_COMMA.test(text.slice(next.itemEnd, next.itemEnd + 14))) break;
        const joint = text.slice(prevEnd, next.start);
        positions.push({ title: next.title, organization: next.organization, rank: next.rank, standalone: next.standalone, former: next.former, joinedByConcurrently: /kiêm/u.test(joint), joinedByComma: /^\s*,\s*$/u.test(joint) });
        i = j;
      }
    }
    // Role phrase: `do Thứ trưởng … Nguyễn Thành Hưng làm trưởng đoàn`.
    const role = DELEGATION_HEAD_ROLE.exec(text.slice(person.end, person.end + 30));
    if (role) {
      const title = capitalized(role[1]!);
      positions.push({ title, organization: delegationBefore(text, item.start), rank: 50, former: false });
    }
    // `kiêm` after the name-first title: the same sharing, forwards; and a past office's cue
    // covers the title it holds concurrently (`cựu Chủ tịch HĐQT kiêm Tổng giám đốc`).
    // So does a bare title of a board a comma joins to another of it (`Giám đốc, Tổng biên tập
    // Nhà xuất bản Trẻ`; table EXECUTIVE_BOARD_TITLES).
    for (let k = 0; k + 1 < positions.length; k++) {
      const shares = positions[k + 1]!.joinedByConcurrently || (positions[k + 1]!.joinedByComma && boardTitles.has(positions[k]!.title.toLowerCase()) && boardTitles.has(positions[k + 1]!.title.toLowerCase()));
      if (!positions[k]!.organization && positions[k + 1]!.organization && shares) positions[k]!.organization = positions[k + 1]!.organization;
      if (positions[k]!.former && positions[k + 1]!.joinedByConcurrently) positions[k + 1]!.former = true;
    }
    // Heads of clans and other private bodies hold no public office (`Hội đồng trị sự Nguyễn Phước Tộc`).
    const publicPositions = positions.filter((p) => !p.organization || !PRIVATE_BODY.test(p.organization));
    if (publicPositions.length === 0) continue;
    mentions.push({ name: person.name, start: person.start, end: person.end, honorific, positions: publicPositions });
  }
  return mentions;
}

const boardTitles = EXECUTIVE_BOARD_TITLES;
// (Asked of an organisation's few words only: the lookbehind costs nothing here.)
const PRIVATE_BODY = letterPattern(`(?<![\\p{L}])(?:${PRIVATE_BODY_WORDS.join('|')})(?![\\p{L}])`, 'u');

// (`vị`, the respectful classifier of persons, may stand where an honorific does: `hai vị Phó Chủ tịch`.)
/** `Bộ Văn hóa hiện có 4 ` right before a plural title: the body that has the titles, a capitalised name opening the clause. */
function bodyHavingTitles(text: string, titleStart: number): string | null {
  const m = BODY_HAVING_BEFORE.exec(text.slice(Math.max(0, titleStart - 60), titleStart));
  if (!m) return null;
  const at = titleStart - m[0].length + m[0].indexOf(m[1]!);
  const body = organizationPhrase(text, at);
  return body && body.end === at + m[1]!.length ? body.text : null;
}
/** Words that count more than one (`hai`, `các`), before a plural title. */
const MANY = [...COUNTING_WORDS.filter((w) => w !== 'một'), ...GROUP_DETERMINERS].join('|');
const BODY_HAVING_BEFORE = letterPattern(`(?:^|[.;:!?]\\s+|,\\s+)(\\p{Lu}[^,.;:!?()]{1,40}?)\\s+(?:hiện\\s+)?(?:có|gồm)\\s+(?:\\d{1,2}|${MANY})\\s+$`, 'u');
const PLURAL_BEFORE = letterPattern(`(?<![\\p{L}\\d])(?:${MANY}|\\d{1,2})\\s+(?:(?:${PERSON_HONORIFIC_ALTERNATION}|vị)\\s+)?(?:(?:${FORMER_TITLE_WORDS.join('|')})\\s+)?$`, 'iu');
// (`các ông, bà:` heads the names with no honorific of their own.)
const PLURAL_HONORIFIC = letterPattern(`^(?:${GROUP_DETERMINERS.join('|')})\\s+(?:(?:ông|bà)\\s*,\\s*(?:ông|bà)\\s*:?\\s*|(?=(?:${PERSON_HONORIFIC_ALTERNATION})\\s))`, 'iu');
const SHARED_TITLE_BEFORE = /(?:,\s*|\s+)(?:cùng|đều)\s+là\s+(?:(?:các|những)\s+)?$/u;
type Named = { name: string; start: number; end: number };

const DASH_BEFORE_CAPITAL = lettered(/^\s*[–-]\s*\p{Lu}/u);
/**
 * The names a plural title governs, besides the item's own person: the list after it (`các
 * Thứ trưởng A, B và C`, `… Tỉnh ủy: A – Chủ tịch UBND tỉnh; B, C`, `2 Phó Chủ tịch mới là
 * ông A và ông B`), or the names before `cùng là`/`đều là` (`A, B, cùng là phó giám đốc`).
 */
function namesUnderPluralTitle(text: string, item: TitleItem, person: Named | null): Named[] {
  const out: Named[] = [];
  const before = text.slice(Math.max(0, item.start - 30), item.start);
  if (SHARED_TITLE_BEFORE.test(before)) {
    let end = item.start - SHARED_TITLE_BEFORE.exec(before)![0].length;
    for (let k = 0; k < 8; k++) {
      const name = nameEndingAt(text, end);
      if (!name) break;
      if (!person || name.start !== person.start) out.push(name);
      const sep = /(?:,\s*|\s+và\s+)(?:(?:ông|bà)\s+)?$/u.exec(text.slice(Math.max(0, name.start - 12), name.start));
      if (!sep) break;
      end = name.start - sep[0].length;
    }
    return out;
  }
  if (!PLURAL_BEFORE.test(before)) return out;
  let at = person ? person.end : item.itemEnd;
  const lead = person
    ? /^(?:\s*,\s*|\s+và\s+)/u.exec(text.slice(at, at + 6))
    : /^(?:\s+mới)?(?:\s*:\s*|\s+(?:là|gồm)\s*:?\s*|\s+)/u.exec(text.slice(at, at + 12));
  if (!lead) return out;
  at += lead[0].length;
  for (let k = 0; k < 12; k++) {
    // (The honorific may be plural, over the names it heads: `là các ông A và B`.)
    const plural = k === 0 ? PLURAL_HONORIFIC.exec(text.slice(at, at + 16)) : null;
    if (plural) at += plural[0].length;
    const honorific = HONORIFIC_OPENING.exec(text.slice(at, at + 10));
    if (honorific) at += honorific[0].length;
    const name = nameAt(text, at) ?? foreignNameAt(text, at);
    if (!name) break;
    out.push(name);
    at = name.end;
    const bracket = /^\s*\([^()\n]{1,30}\)/u.exec(text.slice(at, at + 34));
    if (bracket) at += bracket[0].length;
    // `A – Chủ tịch UBND tỉnh; B`: the name's own apposition runs to the next `;`.
    if (DASH_BEFORE_CAPITAL.test(text.slice(at, at + 4))) {
      const semicolon = text.indexOf(';', at);
      if (semicolon < 0 || semicolon - at > 80 || text.slice(at, semicolon).includes('.')) break;
      at = semicolon;
    }
    const sep = /^(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)/u.exec(text.slice(at, at + 8));
    if (!sep) break;
    at += sep[0].length;
  }
  return out;
}

/** A body named by a common noun and `này`/`trên`/`đó`: it points back to a body the text named. */
const ANAPHORIC_BODY = lettered(/^ (doanh nghiệp|công ty|ngân hàng|tập đoàn|bệnh viện|trường|đơn vị) (?:này|trên|đó)(?![\p{L}])/iu);
/** The heads an anaphor's noun may point back to. */
const ANTECEDENT_HEADS: Record<string, string[]> = {
  'doanh nghiệp': ['Công ty', 'Tổng công ty', 'Tập đoàn', 'Ngân hàng', 'Doanh nghiệp', 'Hợp tác xã'],
  'công ty': ['Công ty', 'Tổng công ty', 'Tập đoàn'],
  'đơn vị': ['Công ty', 'Tổng công ty', 'Tập đoàn', 'Bệnh viện', 'Trung tâm', 'Ban Quản lý'],
  'ngân hàng': ['Ngân hàng'],
  'tập đoàn': ['Tập đoàn'],
  'bệnh viện': ['Bệnh viện'],
  'trường': ['Trường', 'Đại học', 'Học viện'],
};

/** The nearest body of the anaphor's kind named in the 600 characters before (the sentence or the one before). */
function antecedentBody(text: string, before: number, noun: string): string | null {
  const window = text.slice(Math.max(0, before - 600), before);
  let best: { at: number; name: string } | null = null;
  for (const head of ANTECEDENT_HEADS[noun] ?? []) {
    for (let at = window.lastIndexOf(head); at >= 0; at = at > 0 ? window.lastIndexOf(head, at - 1) : -1) {
      if (at > 0 && hasLetterOrDigit(window[at - 1]!)) continue;
      const phrase = organizationPhrase(text, before - window.length + at);
      // A name of the body, not its kind alone (`Công ty` with nothing after it).
      if (phrase && phrase.words.length > head.split(' ').length) {
        if (!best || at > best.at) best = { at, name: phrase.text };
        break;
      }
    }
  }
  return best?.name ?? null;
}

/** `Ban đầu, MB24 Đắk Lắk do X làm giám đốc`: the organisation that opens the clause before `do`, if the whole of it is one. */
function bodyBeforeDo(text: string, nameStart: number): string | null {
  const m = /(?:^|[,;:.!?]\s*|\n)([^,;:.!?\n]{2,80}?)\s+do\s+$/u.exec(text.slice(Math.max(0, nameStart - 90), nameStart));
  if (!m) return null;
  const from = nameStart - m[0].length + m[0].indexOf(m[1]!);
  const phrase = organizationPhrase(text, from, { firstWordAnyCase: lowerCaseHeadAt(text, from) });
  if (phrase && phrase.end === from + m[1]!.length) return phrase.text;
  // `Công ty cổ phần … được cấp giấy chứng nhận …, vốn điều lệ hơn 9 tỷ đồng do Ngô Văn Huy giữ
  // chức danh giám đốc`: what stands before `do` is the company's own (its capital, its licence);
  // the company is the one the sentence opens with.
  const sentenceStart = Math.max(text.lastIndexOf('.', nameStart - 1), text.lastIndexOf('\n', nameStart - 1)) + 1;
  const company = COMPANY_OPENING.exec(text.slice(sentenceStart, nameStart));
  if (!company) return null;
  const opened = organizationPhrase(text, sentenceStart + company.index + company[0].length - company[1]!.length);
  return opened ? opened.text : null;
}
/** The first company named in a stretch (`Công ty cổ phần …`, `Tập đoàn …`), at a word's start: group 1. */
const COMPANY_OPENING = letterPattern(`(?:^|[\\s,(])((?:${COMPANY_HEADS.join('|')}) \\S)`, 'u');

const DELEGATION_LED_BY = lettered(/(?<!\p{L})([Đđ]oàn\s[^.;\n]*?)\s+do\s*$/u);
/** `đoàn công tác Bộ Thông tin và Truyền thông (TT&TT) do …`: the delegation a role phrase leads. */
function delegationBefore(text: string, titleStart: number): string | null {
  const before = text.slice(Math.max(0, titleStart - 250), titleStart);
  const m = DELEGATION_LED_BY.exec(before);
  if (!m) return null;
  const phrase = m[1]!.replace(/\s*\([^)]*\)/gu, '').trim();
  // Keep the delegation's own clause: from the last `Đoàn`/`đoàn` that opens it.
  return phrase.length > 0 ? phrase : null;
}
