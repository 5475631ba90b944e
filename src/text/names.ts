// The shape of a Vietnamese personal name: 2–5 capitalised syllables opening with a
// family name from the surname table, and not a known place.
import { GIVEN_NAMES_ALSO_COMMON_WORDS, NEVER_NAME_SYLLABLES, SURNAMES } from '../vocab/surnames.js';
import { COUNTRIES, NON_PERSON_NAMES } from '../vocab/places.js';
import { ORGANIZATION_HEAD_WORDS } from '../vocab/organization-words.js';
import { FOREIGN_NAME_PARTICLES, FOREIGN_NAMES_WITH_COMPANY_ENDINGS, FOREIGN_ORGANIZATION_WORDS, GLUED_NAME_ARTICLES, PERSON_HONORIFIC_ALTERNATION } from '../vocab/surnames.js';
import { letterPattern, lettered } from './letters.js';

const surnameSet = new Set(SURNAMES.filter((s) => !s.includes(' ')));
/** A place or country the tables name (`Long An`, `TP.HCM`, `Nga`): never a person, nor a place's unit. */
export const isPlaceName = (words: string): boolean => NON_PERSON_NAMES.has(words) || COUNTRIES.has(words);
const compoundSurnames = SURNAMES.filter((s) => s.includes(' '));

/** The Arabic article glued to a name's last part (`al-Thani`, `el-Sisi`): that part, whole. */
export const GLUED_NAME_ARTICLE = letterPattern(`^(?:${GLUED_NAME_ARTICLES.join('|')})-\\p{Lu}\\p{Ll}+$`, 'u');
/** An honorific ending a stretch of text, in any case, captured (`… ông `, `Bà `). */
export const HONORIFIC_BEFORE_NAME = letterPattern(`(?<!\\p{L})(${PERSON_HONORIFIC_ALTERNATION})\\s+$`, 'iu');

/** A capitalised syllable: an upper-case letter then lower-case letters only. */
export const NAME_SYLLABLE = lettered(/^\p{Lu}\p{Ll}*$/u);

export function isSurname(word: string): boolean {
  return surnameSet.has(word);
}


/**
 * `honoured`: an honorific or a rank stands right before the name.
 * `endsAtSeparator`: the name is followed by a comma or dash (`ông Vũ Xuân Sáng, Giám đốc`), so
 * its last syllable may be a given name that is also a common word: any, after two syllables;
 * one of GIVEN_NAMES_ALSO_COMMON_WORDS after one.
 */
export function looksLikePersonName(candidate: string, options: { endsAtSeparator?: boolean; honoured?: boolean } = {}): boolean {
  const words = candidate.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => NAME_SYLLABLE.test(w))) return false;
  const last = words.length - 1;
  // (A full name of three syllables or more closed by a separator ends in a given name whatever
  // word it also is: `ông Nguyễn Đức Tuy, Phó Chủ tịch …`; no opener stands between a name and its comma.)
  const givenNameAtEnd = (w: string) => options.endsAtSeparator && (words.length >= 3 || GIVEN_NAMES_ALSO_COMMON_WORDS.has(w));
  // (Inside a name, between two of its syllables, such a word is the middle name it also is:
  // `Nguyễn Đồng Tiến`; it opens a sentence only before a lower-case word, `Đồng thời`.)
  // (So is a family name that is also a word, in a name a separator closes: `bác sĩ Nguyễn Thị Từ Anh, Trưởng khoa …`.)
  const middleName = (w: string, i: number) => i > 0 && i < last && (GIVEN_NAMES_ALSO_COMMON_WORDS.has(w) || (options.endsAtSeparator === true && surnameSet.has(w)));
  // (After an honorific or a rank, a family name that is also a preposition is the family's:
  // `ông Từ Quý Thành`, `Thiếu tướng Từ Hồng Sơn`; opening a clause it is the word, `Từ Hà Nội …`.)
  // (Not before a place: `Chủ tịch Từ Hà Nội …`.)
  const familyName = (w: string, i: number) => i === 0 && options.honoured === true && surnameSet.has(w) && !isPlaceName(words.slice(1).join(' '));
  if (words.some((w, i) => NEVER_NAME_SYLLABLES.has(w) && !(i === last && givenNameAtEnd(w)) && !middleName(w, i) && !familyName(w, i))) return false;
  if (NON_PERSON_NAMES.has(candidate.trim())) return false;
  if (surnameSet.has(words[0]!)) return true;
  return compoundSurnames.some((s) => candidate.startsWith(s + ' ') && words.length > s.split(' ').length);
}

/**
 * A reporter's signature on the article's last line: a full name, or the pen name of two or
 * three given names the press signs with (`Minh Hương`, `Thanh Nhị`, `Đức Tuân`), every syllable
 * capitalised and Vietnamese, no function word, no place (`Hà Nội`, `Quảng Ngãi`).
 */
export function looksLikeSignature(line: string): boolean {
  if (looksLikePersonName(line)) return true;
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((w) => NAME_SYLLABLE.test(w) && isVietnameseSyllable(w) && !NEVER_NAME_SYLLABLES.has(w))) return false;
  const joined = words.join(' ');
  return !NON_PERSON_NAMES.has(joined) && !COUNTRIES.has(joined) && !ORGANIZATION_HEAD_WORDS.has(words[0]!);
}

/** One Vietnamese syllable, tone marks set aside: onset, vowels, coda. */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

export function isVietnameseSyllable(word: string): boolean {
  // Asked of every capitalised word near a title: the answers are kept (words repeat).
  let known = syllableAnswers.get(word);
  if (known === undefined) {
    known = VIETNAMESE_SYLLABLE.test(word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC').toLowerCase());
    if (syllableAnswers.size >= 50_000) syllableAnswers.clear();
    syllableAnswers.set(word, known);
  }
  return known;
}
const syllableAnswers = new Map<string, boolean>();

/** A capitalised Latin-script word of a foreign name: `Jens`, `Weidmann`, `Jean-Claude`, `Ti-lơ-xơn`. */
/** Endings of Latin-script company names glued into one word (`Seabank`, `Vingroup`, `Mobifone`). */
const COMPANY_WORD_ENDING = /(?:bank|group|soft|tech|com|mart|land|pharma|corp|fone|phone|net|med|food|invest|air)$/u;
const HAS_VOWEL = /[aeiouyAEIOUY]/u;
// (One inner capital: `McCain`, `DeVos`, `MacArthur`.)
const FOREIGN_WORD = lettered(/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*$/u);

/**
 * A foreign personal name in Latin script or Vietnamese transliteration: 2–4 capitalised
 * words, at least one of which is no Vietnamese syllable (`Shinzo Abe`, `Malcolm Turnbull`,
 * `Rếch Ti-lơ-xơn`), none a country or a word of a company's name (`Samsung Electronics`).
 * Names made only of Vietnamese-shaped syllables (`Hun Sen`) are not told from other words.
 */
export function looksLikeForeignName(candidate: string): boolean {
  const all = candidate.trim().split(/\s+/);
  // (Particles between the capitalised parts are the name's and not counted: `Mohammed bin Salman`.)
  // (So is a last part with the Arabic article glued: `al-Thani`.)
  const words = all.filter((w, k) => !(k > 0 && k < all.length - 1 && FOREIGN_NAME_PARTICLES.has(w))).map((w) => (GLUED_NAME_ARTICLE.test(w) ? w.slice(3) : w));
  if (words.length < 2 || words.length > 4) return false;
  // `Quỹ Vifotec`, `Hội Sparks`: a Vietnamese organisation's head before a foreign word names the body.
  if (ORGANIZATION_HEAD_WORDS.has(words[0]!)) return false;
  // `Seabank Hai Bà Trưng`: two Vietnamese words make a Vietnamese name or place, not a
  // foreign person's. (Counted first: the answers are kept, and most phrases asked are Vietnamese.)
  const vietnamese = words.filter((w) => !w.includes('-') && isVietnameseSyllable(w)).length;
  if (vietnamese > 1 || vietnamese === words.length) return false;
  if (!words.every((w) => FOREIGN_WORD.test(w) && HAS_VOWEL.test(w.normalize('NFD')) && !COUNTRIES.has(w) && !FOREIGN_ORGANIZATION_WORDS.has(w))) return false;
  if (COUNTRIES.has(candidate) || NON_PERSON_NAMES.has(candidate)) return false;
  return !words.some((w) => COMPANY_WORD_ENDING.test(w) && !FOREIGN_NAMES_WITH_COMPANY_ENDINGS.has(w));
}
