// The shape of a Vietnamese personal name: 2–5 capitalised syllables opening with a
// family name from the surname table, and not a known place.
import { GIVEN_NAMES_ALSO_COMMON_WORDS, NEVER_NAME_SYLLABLES, SURNAMES } from '../vocab/surnames.js';
import { NON_PERSON_NAMES } from '../vocab/places.js';

const surnameSet = new Set(SURNAMES.filter((s) => !s.includes(' ')));
const compoundSurnames = SURNAMES.filter((s) => s.includes(' '));

/** A capitalised syllable: an upper-case letter then lower-case letters only. */
export const NAME_SYLLABLE = /^\p{Lu}\p{Ll}*$/u;

export function isSurname(word: string): boolean {
  return surnameSet.has(word);
}


/**
 * `endsAtSeparator`: the name is followed by a comma or dash (`ông Vũ Xuân Sáng, Giám đốc`), so
 * its last syllable may be a given name that is also a common word (GIVEN_NAMES_ALSO_COMMON_WORDS).
 */
export function looksLikePersonName(candidate: string, options: { endsAtSeparator?: boolean } = {}): boolean {
  const words = candidate.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => NAME_SYLLABLE.test(w))) return false;
  const last = words.length - 1;
  if (words.some((w, i) => NEVER_NAME_SYLLABLES.has(w) && !(i === last && options.endsAtSeparator && GIVEN_NAMES_ALSO_COMMON_WORDS.has(w)))) return false;
  if (NON_PERSON_NAMES.has(candidate.trim())) return false;
  if (surnameSet.has(words[0]!)) return true;
  return compoundSurnames.some((s) => candidate.startsWith(s + ' ') && words.length > s.split(' ').length);
}
