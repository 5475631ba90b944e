// The word reader: a stretch of text as Vietnamese words, each tagged with what it does.
// Vietnamese writes a word as one to four syllables separated by spaces (`doanh thu`, `giải
// phóng mặt bằng`), so words are found by longest match against the function-word tables
// (clause-words.ts) and a dictionary of content words (word-classes.data.ts). Figures and
// dates found by the normaliser come in as atoms and stay one word each. Capitalised words
// inside a sentence are names; acronyms (`UBND`, `NƠXH`) are names too.
import {
  AMOUNT_ADDING_WORDS, ANAPHORS, AUXILIARIES, CHANGE_VERBS, CLAUSE_OPENING_WORDS, DETERMINERS,
  COMPANION_AUXILIARIES, DIRECTIONAL_COMPLEMENTS, DISTRIBUTIVE_DETERMINERS, COUNT_PREFIXES, EXTRA_ADJECTIVES, EXTRA_NOUNS, EXTRA_VERBS, ISSUING_ACTS, LEVEL_GRADES, LINKING_VERBS, MEASURE_HEADS,
  DESCRIBING_AUXILIARIES, USUAL_LEVEL_ADVERBS, EXTENT_PHRASES, NOUN_QUALIFIERS, OWNER_PREPOSITIONS, PREPOSITIONS, PRONOUNS, QUALIFIER_WORDS, REPORTING_VERBS, SOURCE_OPENERS,
  TIME_WORDS, TRANSFER_VERBS, BUDGET_VERBS, CLOSING_ADVERBS, CHANGE_NOUNS_AS_VERBS, CHANGE_NOUN_HEADS, TARGET_HEADS
} from '../vocab/clause-words.js';
import { hash as digest } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WORD_CLASS_LISTS } from '../vocab/word-classes.data.js';
import { DAY_PARTS, DURATION_BOUNDS, DURATION_UNITS, PERIOD_NOUNS, PERIOD_POSITIONS, TERM_NOUNS, TIME_MARKERS } from '../vocab/date-words.js';
import { ADMINISTRATIVE_UNITS, COMMITTEES } from '../vocab/owner-words.js';
import { COUNTRIES, DOTTED_PLACE_ABBREVIATIONS, NON_PERSON_NAMES } from '../vocab/places.js';
import { AMOUNT_MARKS, PLAN_SUBJECTS } from '../vocab/quantities.js';
import { GOES_ON, HashState, LexiconIndex, RunHash, SYLLABLE_SEED_1, SYLLABLE_SEED_2 } from './lexicon-index.js';
import { lettered, letterPattern, ONE_OR_TWO_WORDS } from './letters.js';

/** What a word does, as bits: a word may do several things (`còn` links, and is an auxiliary). */
export const Tag = {
  Noun: 1 << 0,
  Verb: 1 << 1,
  Adjective: 1 << 2,
  Name: 1 << 3,
  Figure: 1 << 4,
  Date: 1 << 5,
  Punctuation: 1 << 6,
  Linking: 1 << 7,
  Change: 1 << 8,
  Qualifier: 1 << 9,
  Auxiliary: 1 << 10,
  Owner: 1 << 11,
  Preposition: 1 << 12,
  Opener: 1 << 13,
  Reporting: 1 << 14,
  Source: 1 << 15,
  Determiner: 1 << 16,
  Anaphor: 1 << 17,
  Pronoun: 1 << 18,
  Time: 1 << 19,
  MeasureHead: 1 << 20,
  Unknown: 1 << 21,
  /** A name in capitals (`UBND`, `NƠXH`, `TP.HCM`), not a capitalised proper name. */
  Acronym: 1 << 22,
  /** A number no figure took, read as a name (`BV hạng 1`, `RON 92`). */
  Label: 1 << 23,
  /** A verb completed by its direction word before an amount (`chi ra`, `thu về`): what the amount measures. */
  Transfer: 1 << 24,
  /** An adverb that closes what it follows (`thêm 300 hộ nữa`, `mua BHYT ngay`): never part of a name. */
  Particle: 1 << 25,
} as const;

/** Tags of words that do grammar, not content. */
export const FUNCTION_TAGS =
  Tag.Linking | Tag.Change | Tag.Qualifier | Tag.Auxiliary | Tag.Owner | Tag.Preposition | Tag.Opener | Tag.Reporting |
  Tag.Source | Tag.Determiner | Tag.Anaphor | Tag.Pronoun | Tag.Time | Tag.Particle;

export interface Word {
  start: number;
  end: number;
  /**
   * A known word's key: lower-cased, tone marks placed one way (`hoà` and `hòa` read alike);
   * the character of a punctuation mark; '' for a name, a label or an unknown word.
   */
  key: string;
  tags: number;
  /** Content classes from the dictionary, the commonest first (`NV`), or ''. */
  classes: string;
}

export interface Atom {
  start: number;
  end: number;
  tag: number;
}

// Two spellings of the same syllable differ in where the tone mark sits (`hoà`/`hòa`,
// `thuỷ`/`thủy`): keys put it on the first vowel. Same length, so offsets hold.
const TONE_MOVES: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const OLD_TONE = lettered(/(?<![qQ])(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu);
/** Codes of the vowels that carry the tone in the old placement (`à` in `hoà`). */
const TONED_SECOND = new Uint8Array(0x2000);
for (const pair of Object.keys(TONE_MOVES)) TONED_SECOND[pair.charCodeAt(1)] = 1;

/** Lower case with one tone placement: the form every table is keyed by. */
export function wordKey(s: string): string {
  const low = s.toLowerCase();
  for (let i = 1; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c < 0x2000 && TONED_SECOND[c] === 1) {
      const before = low.charCodeAt(i - 1);
      if (before === 111 || before === 117) return low.replace(OLD_TONE, (m) => TONE_MOVES[m] ?? m);
    }
  }
  return low;
}

interface Entry {
  tags: number;
  classes: string;
  /** The word's key, shared by every word read as this entry (no string made per word). */
  key: string;
}

const MAX_SYLLABLES = 4;

/** The function-word tables and the tag each gives its words, in the order they are read (a later one wins). */
const FUNCTION_WORD_TABLES: ReadonlyArray<[readonly string[], number]> = [
  [LINKING_VERBS, Tag.Linking], [CHANGE_VERBS, Tag.Change], [QUALIFIER_WORDS, Tag.Qualifier], [AUXILIARIES, Tag.Auxiliary],
  [OWNER_PREPOSITIONS, Tag.Owner], [PREPOSITIONS, Tag.Preposition], [CLAUSE_OPENING_WORDS, Tag.Opener],
  [REPORTING_VERBS, Tag.Reporting], [ISSUING_ACTS, Tag.Reporting], [SOURCE_OPENERS, Tag.Source], [DETERMINERS, Tag.Determiner], [ANAPHORS, Tag.Anaphor],
  [PRONOUNS, Tag.Pronoun], [TIME_WORDS, Tag.Time], [CLOSING_ADVERBS, Tag.Particle],
];

/** Every table buildLexicon reads (a table added there is added here: the prebuilt index is keyed by these). */
const LEXICON_TABLES = [WORD_CLASS_LISTS, EXTRA_NOUNS, COMMITTEES, EXTRA_VERBS, EXTRA_ADJECTIVES, NOUN_QUALIFIERS, FUNCTION_WORD_TABLES, MEASURE_HEADS];

function buildLexicon(): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const [code, list] of Object.entries(WORD_CLASS_LISTS)) {
    // Every class of the word's senses: `doanh nghiệp` (VN) is read as a noun too.
    const tags = (code.includes('N') ? Tag.Noun : 0) | (code.includes('V') ? Tag.Verb : 0) | (code.includes('A') ? Tag.Adjective : 0);
    for (const w of list.split('|')) {
      const key = wordKey(w);
      map.set(key, { tags, classes: code, key });
    }
  }
  for (const w of [...EXTRA_NOUNS, ...COMMITTEES]) map.set(wordKey(w), { tags: Tag.Noun, classes: 'N', key: wordKey(w) });
  for (const w of EXTRA_VERBS) map.set(wordKey(w), { tags: Tag.Verb, classes: 'V', key: wordKey(w) });
  for (const w of EXTRA_ADJECTIVES) map.set(wordKey(w), { tags: Tag.Adjective, classes: 'A', key: wordKey(w) });
  // `chi phí thấp nhất là …`: a qualifier of the noun is one word, before `nhất là` (`especially`) can be read.
  for (const w of NOUN_QUALIFIERS) if (!map.has(wordKey(w))) map.set(wordKey(w), { tags: Tag.Adjective, classes: 'A', key: wordKey(w) });
  const add = (words: readonly string[], tag: number) => {
    for (const w of words) {
      const key = wordKey(w);
      const known = map.get(key);
      map.set(key, { tags: (known && (known.tags & FUNCTION_TAGS) ? known.tags : 0) | tag, classes: known?.classes ?? '', key });
    }
  };
  for (const [words, tag] of FUNCTION_WORD_TABLES) add(words, tag);
  for (const w of MEASURE_HEADS) {
    const key = wordKey(w);
    const known = map.get(key);
    map.set(key, { tags: (known?.tags ?? Tag.Noun) | Tag.MeasureHead, classes: known?.classes ?? 'N', key });
  }
  return map;
}

/** The word tables and their index, built on first use (a `const` holder: see `syllables`). */
const built: { index: LexiconIndex | null } = { index: null };
const hash = new HashState();
const run = new RunHash();

function lexiconIndex(): LexiconIndex {
  return (built.index ??= prebuiltIndex() ?? LexiconIndex.build(buildLexicon()));
}

// Building the index takes each thread ~50 ms at its first article (15,000 words keyed and
// hashed in code not yet optimised); the build writes it once (scripts/word-index.mjs) and
// every thread reads it back in ~20 ms. An index written from other tables is refused and the
// index built here, so a stale file can cost time, never a wrong word.

/** Where the build writes the index: dist/vocab/, one folder up from the reader's module (dist/text/ or dist/bundle/). */
export const WORD_INDEX_FILE = new URL('../vocab/word-index.bin', import.meta.url);

/** The index the build wrote from these very tables, or null. */
function prebuiltIndex(): LexiconIndex | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(WORD_INDEX_FILE);
  } catch {
    return null;
  }
  return LexiconIndex.fromBytes(bytes, lexiconFingerprint());
}

/** A digest of every table the index is built from. */
export function lexiconFingerprint(): string {
  return digest('sha1', JSON.stringify(LEXICON_TABLES));
}

/** The index built from the tables, as the bytes the build writes to WORD_INDEX_FILE. */
export function wordIndexBytes(): Uint8Array {
  return LexiconIndex.build(buildLexicon()).toBytes(lexiconFingerprint());
}

// A syllable: letters and digits, with inner `.`, `-`, `&`, `/` joining parts (`TP.HCM`,
// `GD-ĐT`, `TT&TT`); or one punctuation character. This runs on every sentence that holds a
// figure (a fifth of all text), so it works on character codes: syllables are kept in
// reused arrays, and looked up by hashing their lower-cased codes, with no string made.
const ACRONYM = lettered(/^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d.\-&/]+[\p{Ll}]?$|^(?:TP|Tp)\.?/u);
const OTHER_LETTER = lettered(/[\p{L}\p{M}\d]/u);

function isWordCharSlow(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x1e00 && c <= 0x1eff) return true; // Vietnamese vowels with tone marks
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Extended-A/B: đ, ă, ơ, ư, é …
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  return OTHER_LETTER.test(String.fromCharCode(c));
}
/** isWordCharSlow below U+2000, as a table: the reader asks it of every character. */
const WORD_CHAR = new Uint8Array(0x2000);
for (let c = 0; c < WORD_CHAR.length; c++) WORD_CHAR[c] = isWordCharSlow(c) ? 1 : 0;
const isWordChar = (c: number): boolean => (c < 0x2000 ? WORD_CHAR[c] === 1 : isWordCharSlow(c));
const isJoiner = (c: number) => c === 46 || c === 45 || c === 38 || c === 47; // . - & /

/** Lower case of every code below U+2000 (Latin, Vietnamese, Greek, Cyrillic), as codes. */
const LOWER = new Uint16Array(0x2000);
for (let c = 0; c < LOWER.length; c++) {
  const low = String.fromCharCode(c).toLowerCase();
  LOWER[c] = low.length === 1 ? low.charCodeAt(0) : c;
}
const lowerCode = (c: number) => (c < 0x2000 ? LOWER[c]! : c);
/**
 * text[a, b) lower-cased, as `toLowerCase` gives it; the slice itself when no code changes
 * (figures and dates mostly: `15.658 tỉ đồng` would otherwise cost a call into the runtime).
 */
function lowerSlice(text: string, a: number, b: number): string {
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x2000 || LOWER[c] !== c || LOWER_IS_LONGER[c] === 1) return text.slice(a, b).toLowerCase();
  }
  return text.slice(a, b);
}
/** Codes whose lower case is more than one code (`İ`): the table above leaves them as they are. */
const LOWER_IS_LONGER = new Uint8Array(0x2000);
for (let c = 0; c < LOWER_IS_LONGER.length; c++) LOWER_IS_LONGER[c] = String.fromCharCode(c).toLowerCase().length > 1 ? 1 : 0;
/** Upper case of every code below U+2000, as codes: a code whose upper case differs is a lower-case letter. */
const UPPER = new Uint16Array(0x2000);
for (let c = 0; c < UPPER.length; c++) {
  const up = String.fromCharCode(c).toUpperCase();
  UPPER[c] = up.length === 1 ? up.charCodeAt(0) : c;
}

/**
 * ACRONYM on text[a, b) by code: two capitals at least, then only capitals, digits and
 * `.-&/` but for one final lower-case letter (`UBND`, `NƠXH`, `GD-ĐT`, `TP.HCM`, `BVs`); or `TP…`.
 */
function isAcronymAt(text: string, a: number, b: number): boolean {
  const c0 = text.charCodeAt(a);
  if (c0 === 84 && b - a >= 2 && (text.charCodeAt(a + 1) === 80 || text.charCodeAt(a + 1) === 112)) return true;
  let capitals = 0;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x2000) return ACRONYM.test(text.slice(a, b));
    if (LOWER[c] !== c) capitals++;
    else if ((c >= 48 && c <= 57) || isJoiner(c)) continue;
    else if (!(p === b - 1 && UPPER[c] !== c)) return false;
  }
  return capitals >= 2;
}

/** `oà` → `òa` as codes: (first << 16 | second) → the two codes with the tone moved. */
const TONE_MOVE_CODES = new Map<number, [number, number]>(
  Object.entries(TONE_MOVES).map(([from, to]) => [(from.charCodeAt(0) << 16) | from.charCodeAt(1), [to.charCodeAt(0), to.charCodeAt(1)]]),
);

/** Feed the syllable text[a, b) to the hash, lower-cased, its tone placed one way. */
function hashSyllable(text: string, a: number, b: number): void {
  const last = b - a >= 2 ? lowerCode(text.charCodeAt(b - 1)) : 0;
  const lastTwo = last < 0x2000 && TONED_SECOND[last] === 1 ? TONE_MOVE_CODES.get((lowerCode(text.charCodeAt(b - 2)) << 16) | lowerCode(text.charCodeAt(b - 1))) : undefined;
  const end = lastTwo && (b - a < 3 || lowerCode(text.charCodeAt(b - 3)) !== 113) ? b - 2 : b;
  for (let p = a; p < end; p++) hash.add(lowerCode(text.charCodeAt(p)));
  if (end !== b) {
    hash.add(lastTwo![0]);
    hash.add(lastTwo![1]);
  }
}

/**
 * hashSyllable for the reader's own syllable `at`, the hashes kept in locals (as HashState.add
 * computes them) and stored once: the reader hashes every syllable of every figure's sentence.
 */
function hashSyllableInto(text: string, a: number, b: number, at: number): void {
  const last = b - a >= 2 ? lowerCode(text.charCodeAt(b - 1)) : 0;
  const lastTwo = last < 0x2000 && TONED_SECOND[last] === 1 ? TONE_MOVE_CODES.get((lowerCode(text.charCodeAt(b - 2)) << 16) | last) : undefined;
  const end = lastTwo && (b - a < 3 || lowerCode(text.charCodeAt(b - 3)) !== 113) ? b - 2 : b;
  let h1 = SYLLABLE_SEED_1;
  let h2 = SYLLABLE_SEED_2;
  for (let p = a; p < end; p++) {
    const code = lowerCode(text.charCodeAt(p));
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 + code, 0x5bd1e995) ^ (h2 >>> 15);
  }
  if (end !== b) {
    h1 = Math.imul(h1 ^ lastTwo![0], 0x01000193);
    h2 = Math.imul(h2 + lastTwo![0], 0x5bd1e995) ^ (h2 >>> 15);
    h1 = Math.imul(h1 ^ lastTwo![1], 0x01000193);
    h2 = Math.imul(h2 + lastTwo![1], 0x5bd1e995) ^ (h2 >>> 15);
  }
  syllables.h1[at] = h1;
  syllables.h2[at] = h2;
}

// The syllables of the stretch being read, in parallel arrays reused between calls. One
// `const` object holds them: module-level `let` bindings cost a check on every access in the
// loops below (V8 guards them against use before their declaration).
const syllables = {
  start: new Int32Array(256),
  end: new Int32Array(256),
  /** 0 punctuation, 1 lower-case syllable, 2 capitalised syllable. */
  kind: new Uint8Array(256),
  /** Each word syllable's two hashes (lower-cased, tone placed one way), computed once. */
  h1: new Int32Array(256),
  h2: new Int32Array(256),
  count: 0,
};

/** Room for n syllables, keeping those read so far. */
function resizeSyllables(n: number): void {
  const grow = <T extends Int32Array | Uint8Array>(arr: T, next: T): T => {
    next.set(arr.subarray(0, Math.min(arr.length, n)));
    return next;
  };
  syllables.start = grow(syllables.start, new Int32Array(n));
  syllables.end = grow(syllables.end, new Int32Array(n));
  syllables.kind = grow(syllables.kind, new Uint8Array(n));
  syllables.h1 = grow(syllables.h1, new Int32Array(n));
  syllables.h2 = grow(syllables.h2, new Int32Array(n));
}
// Stored once more at load, so V8 takes the arrays for fields that change: optimised code
// that took them for constants was all thrown away (some twenty readers at once, each then
// compiled again) the first time a long stretch grew them.
resizeSyllables(256);

/** The dot at `i` closes a place word's short form (`TP.`, `Q.`) read just before it, and a name follows it after a space. */
function dottedPlaceBefore(text: string, i: number): boolean {
  const last = syllables.count - 1;
  if (last < 0 || syllables.end[last] !== i || text.charCodeAt(i + 1) !== 32) return false;
  const next = text.charCodeAt(i + 2);
  if (!(lowerCode(next) !== next || (next >= 48 && next <= 57))) return false;
  return dottedPlaces.has(text.slice(syllables.start[last], i));
}
const dottedPlaces = new Set(DOTTED_PLACE_ABBREVIATIONS);

function pushSyllable(text: string, a: number, b: number, word: boolean): void {
  const at = syllables.count;
  if (at === syllables.start.length) resizeSyllables(at * 2);
  syllables.start[at] = a;
  syllables.end[at] = b;
  if (word) {
    const c = text.charCodeAt(a);
    syllables.kind[at] = lowerCode(c) !== c ? 2 : 1;
    hashSyllableInto(text, a, b, at);
  } else {
    syllables.kind[at] = 0;
  }
  syllables.count = at + 1;
}

/**
 * The words of text[from, to), atoms (figures, dates) kept whole. `atoms` must be sorted by
 * start and not overlap. A capitalised syllable is a name unless it opens the stretch or
 * follows a full stop, colon, quote or bracket, where its lower-case word is tried first.
 */
export function readWords(text: string, from: number, to: number, atoms: readonly Atom[] = []): Word[] {
  const words: Word[] = [];
  let atomIndex = 0;
  while (atomIndex < atoms.length && atoms[atomIndex]!.end <= from) atomIndex++;
  syllables.count = 0;
  let i = from;
  while (i < to) {
    const atom = atoms[atomIndex];
    if (atom && i >= atom.start) {
      readSyllables(text, words);
      syllables.count = 0;
      words.push({ start: atom.start, end: atom.end, key: lowerSlice(text, atom.start, atom.end), tags: atom.tag, classes: '' });
      i = Math.max(i, atom.end);
      atomIndex++;
      continue;
    }
    const limit = atom ? Math.min(to, atom.start) : to;
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    // `thị trường TP. HCM`: the dot of a place word's short form is no word (so no break) before the place's name.
    if (c === 46 && dottedPlaceBefore(text, i)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      pushSyllable(text, i, i + 1, false);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < limit) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) j++;
      else if (isJoiner(d) && j + 1 < limit && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    pushSyllable(text, i, j, true);
    i = j;
  }
  readSyllables(text, words);
  syllables.count = 0;
  contentDeterminers(words);
  dayPartsOfDates(words);
  durations(words);
  yearsJoinedToDates(text, words);
  changesBeforeFigures(words);
  superlativesBeforeLinks(words);
  directionalComplements(words);
  companionsBeforeFigures(words);
  usualLevelsBeforeFigures(words);
  linkedMeasures(words);
  measuresAfterLinking(words);
  levelsAfterVerbs(text, words);
  adjectivalOpeners(words);
  adjectivalAuxiliaries(words);
  return words;
}

/**
 * `Giá bán mới của xe là …`, `mức lương mới tại Hà Nội`: an auxiliary that is also an
 * adjective (`mới`, new), between a noun's phrase and an owner's preposition, describes the
 * noun, and after a verb alone, before a change, the verb (`thành lập mới tăng …`, newly). (After
 * a noun, or before a linking verb, it stays a word of time: `Doanh thu mới đạt …`, only.)
 */
const describingAuxiliaries = new Set(DESCRIBING_AUXILIARIES);
function adjectivalAuxiliaries(words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (!(w.tags & Tag.Auxiliary) || !describingAuxiliaries.has(w.key)) continue;
    const before = words[k - 1]!;
    if (!(before.tags & (Tag.Noun | Tag.Verb)) || before.tags & (FUNCTION_TAGS | Tag.Name | Tag.Punctuation | Tag.Figure | Tag.Date | Tag.Time)) continue;
    // (After a verb alone and before a change it says how: `doanh nghiệp thành lập mới tăng …`,
    // newly; before `đạt` it may be `only`: `tỷ lệ tham gia mới đạt 48%`.)
    const afterVerb = before.classes === 'V' && !(before.tags & Tag.Noun) && (words[k + 1]!.tags & Tag.Change) !== 0;
    if (!afterVerb && !(words[k + 1]!.tags & Tag.Owner)) continue;
    w.tags = Tag.Adjective;
  }
}

/**
 * `BV hạng đặc biệt`, `kế hoạch cụ thể`, `số liệu thực tế`: a clause opener the dictionary
 * also knows as an adjective, right after a noun (no mark between), is that adjective. (Not
 * before `là`, `đặc biệt là` (especially), nor before a date, `riêng quý I/2017`; nor one that
 * is a verb too, `hay`, or.)
 */
function adjectivalOpeners(words: Word[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (!(w.tags & Tag.Opener) || !w.classes.includes('A') || w.classes.includes('V')) continue;
    const before = words[k - 1]!;
    const next = words[k + 1];
    // `bán đặc biệt lớn`: before an adjective it grades it (extremely), as an adjective would.
    // (Not a word a date follows: `riêng trong sáng 10.7` is `riêng` + the morning of a date.)
    const grades = next !== undefined && (next.tags & Tag.Adjective) !== 0 && !(next.tags & (FUNCTION_TAGS | Tag.Noun)) && !((words[k + 2]?.tags ?? 0) & (Tag.Date | Tag.Time));
    // (After a noun the dictionary knows first as one: not after a name, `Harry Kane thực tế`
    // (actually), nor a verb or an adjective, `tính riêng`, `chơi tốt đặc biệt`.)
    // (Or after a figure that ends in its counted noun, read with it: `7 cái tên đáng chú ý`.)
    const countedBefore = (before.tags & Tag.Figure) !== 0 && endsInLetter(before.key);
    if (!grades && !countedBefore && (before.classes.charCodeAt(0) !== 78 /* N */ || before.tags & (FUNCTION_TAGS | Tag.Name | Tag.Adjective | Tag.Punctuation | Tag.Figure | Tag.Date | Tag.Time))) continue;
    if (next !== undefined && (next.key === 'là' || next.tags & (Tag.Date | Tag.Time | Tag.Figure))) continue;
    w.tags = Tag.Adjective;
  }
}

/** Whether a word's key ends in a letter (a figure read with its counted noun: `7 cái tên`, not `15%`). */
const endsInLetter = (key: string): boolean => key.length > 0 && LOWER_LETTER[key.charCodeAt(key.length - 1)] === 1;

/**
 * `chi ra khoảng 407 tỷ đồng`, `thu về hơn 119 triệu USD`: a direction word right after a verb
 * and before a figure (qualifiers or `thêm` between) completes the verb, as `ra` in `bỏ ra`; it is no
 * preposition opening a place (`ra sân bay`).
 */
function directionalComplements(words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (!(w.tags & Tag.Preposition) || !directions.has(w.key)) continue;
    const verb = words[k - 1]!;
    // (Only a verb of giving or getting: after others `về` is `about`, `ra` a result: `bộ câu
    // hỏi về …`, `giá vàng … hai chiều về …`, `lùi về 2 điểm`.)
    if (!transferVerbs.has(verb.key) || verb.tags & (Tag.Name | FUNCTION_TAGS)) continue;
    // (A linking verb between makes the verb a modifier of what it links: `lãi gộp thu về chỉ
    // đạt …`, `kế hoạch đặt ra là 4%`.)
    let j = k + 1;
    while (j < words.length && (words[j]!.tags & Tag.Qualifier || amountAdding.has(words[j]!.key))) j++;
    // (So does a change between, of which the verb and its direction are the measure's: `lượng
    // xe bán ra tăng 5,7%`.)
    if (j < words.length && words[j]!.tags & Tag.Change && !(words[j]!.tags & Tag.Figure)) {
      j++;
      while (j < words.length && words[j]!.tags & Tag.Qualifier) j++;
    }
    // (Or a place where it is given or got: `giá vàng miếng bán ra tại Hà Nội vượt …`; `ra` opens no place then.)
    const atPlace = words[k + 1]!.key === 'tại' || words[k + 1]!.key === 'ở';
    if (!atPlace && (j === words.length || !(words[j]!.tags & Tag.Figure))) continue;
    // One verb of both, as a word of the dictionary would be (`chi` alone may be a noun).
    words[k - 1] = { start: verb.start, end: w.end, key: `${verb.key} ${w.key}`, tags: Tag.Verb | Tag.Transfer, classes: 'V' };
    words.splice(k, 1);
  }
}
/**
 * `doanh số bán xe tăng 5,7%`: a noun the dictionary ends with a verb of change (`xe tăng`, a
 * tank) is, right before a figure (qualifiers between), the noun and the change of what comes
 * before: two words.
 */
function changesBeforeFigures(words: Word[]): void {
  // (Read back from each figure, over its qualifiers: figures are few.)
  for (let j = words.length - 1; j > 0; j--) {
    if (!(words[j]!.tags & Tag.Figure)) continue;
    let k = j - 1;
    while (k >= 0 && words[k]!.tags & Tag.Qualifier) k--;
    if (k < 0) continue;
    const w = words[k]!;
    // `Doanh thu của công ty tăng trưởng 12%`: a noun of change after what changes is its verb.
    if (changeNounsAsVerbs.has(w.key) && changesAfterContent(words, k)) {
      w.tags = Tag.Change;
      w.classes = 'V';
      continue;
    }
    if (w.classes.charCodeAt(0) !== 78 /* N */ || w.tags & (FUNCTION_TAGS | Tag.Name)) continue;
    const space = w.key.lastIndexOf(' ');
    if (space < 0) continue;
    const change = dictionaryEntry(w.key.slice(space + 1));
    if (change && change.tags & Tag.Change) splitInTwo(words, k, space);
  }
}
const changeNounsAsVerbs = new Set(CHANGE_NOUNS_AS_VERBS);
// (A target's or a plan's noun too: `giao chỉ tiêu tăng trưởng 8%`.)
const changeNounHeads = new Set([...CHANGE_NOUN_HEADS, ...TARGET_HEADS, ...PLAN_SUBJECTS]);
/**
 * Whether the word before `k`, past a time phrase (`Kinh tế quý I tăng trưởng …`), is one a change
 * may follow as its verb: a noun, a name or a pointing word closing one (`thị trường này`), not a
 * head whose noun the change is (`tốc độ`).
 */
function changesAfterContent(words: Word[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && words[j]!.tags & (Tag.Date | Tag.Time)) j--;
  const before = j >= 0 ? words[j] : undefined;
  if (!before) return false;
  if (before.tags & Tag.Anaphor) return true;
  return (before.tags & (Tag.Noun | Tag.Name)) !== 0 && (before.tags & (FUNCTION_TAGS | Tag.Date)) === 0 && !changeNounHeads.has(before.key);
}
/**
 * `Ngưỡng kháng cự gần nhất là: …`, `Ngưỡng hỗ trợ gần nhất là đáy hôm qua: …`: after an
 * adjective, in a label a colon closes, `nhất là` is its superlative and the linking verb, two
 * words; elsewhere it is read as the opener `especially` (`…, nhất là các tỉnh miền núi`).
 */
function superlativesBeforeLinks(words: Word[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.key !== 'nhất là') continue;
    const before = words[k - 1]!;
    if (before.tags & (Tag.Punctuation | Tag.Name) || !before.classes.includes('A') || !colonCloses(words, k + 1)) continue;
    // (What `nhất` grades is an adjective, no qualifier: `gần nhất`, nearest, not `about`.)
    if (before.tags & Tag.Qualifier) before.tags = Tag.Adjective;
    splitInTwo(words, k, w.key.indexOf(' '));
  }
}
/** A colon at word `from` or within the few words after it, before any other mark or figure. */
function colonCloses(words: Word[], from: number): boolean {
  for (let j = from; j < words.length && j < from + 6; j++) {
    const w = words[j]!;
    if (w.key === ':') return true;
    if (w.tags & (Tag.Punctuation | Tag.Figure)) return false;
  }
  return false;
}
/**
 * `chìm cùng gần 2.500 thủy thủ`: an auxiliary of company before a figure (qualifiers between)
 * is the preposition `with`, which opens no predicate: the clause before it goes on.
 */
function companionsBeforeFigures(words: Word[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (!(w.tags & Tag.Auxiliary) || !companions.has(w.key)) continue;
    let j = k + 1;
    while (j < words.length && words[j]!.tags & Tag.Qualifier) j++;
    if (j < words.length && words[j]!.tags & Tag.Figure) w.tags = Tag.Preposition;
  }
}
const companions = new Set(COMPANION_AUXILIARIES);
/**
 * `nhiệt độ thấp nhất phổ biến 13-16 độ C`, `lãi suất phổ biến ở mức 7%`: an adverb of the usual
 * level right before a figure (qualifiers or a linking word between) grades it, as `khoảng`
 * does; elsewhere it keeps its own sense (`mẫu xe phổ biến`, popular). So do the two words of
 * a phrase of extent (`có nơi`, in places: `vùng núi có nơi dưới 10 độ C`).
 */
function usualLevelsBeforeFigures(words: Word[]): void {
  // (Read back from each figure, over qualifiers and linking words: figures are few.)
  for (let j = words.length - 1; j > 0; j--) {
    if (!(words[j]!.tags & Tag.Figure)) continue;
    for (let k = j - 1; k >= 0; k--) {
      const w = words[k]!;
      // (`có nơi`, in places, right before: both words grade the figure; table EXTENT_PHRASES.)
      if (k > 0 && isExtentPhrase(words[k - 1]!.key, w.key)) {
        words[k - 1]!.tags = Tag.Qualifier;
        w.tags = Tag.Qualifier;
        k--;
        continue;
      }
      const passes = (w.tags & (Tag.Qualifier | Tag.Linking)) !== 0;
      if (usualLevelAdverbs.has(w.key)) w.tags = Tag.Qualifier;
      if (!passes) break;
    }
  }
}
const usualLevelAdverbs = new Set(USUAL_LEVEL_ADVERBS);
/** EXTENT_PHRASES by first word: the set of second words (asked of every word before a figure). */
const extentSeconds = new Map<string, Set<string>>();
for (const [a, b] of EXTENT_PHRASES) extentSeconds.set(a, (extentSeconds.get(a) ?? new Set()).add(b));
const isExtentPhrase = (first: string, second: string): boolean => extentSeconds.get(first)?.has(second) === true;
/**
 * `căn nhà có giá tới 1,45 triệu USD`: a quality the dictionary writes as one word of a linking
 * verb and a measure (`có giá`, valuable) is, before a figure (qualifiers or `là` between), the verb
 * and the measure it links: two words, as SPEC names the measure without the verb.
 */
function linkedMeasures(words: Word[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (w.classes !== 'A' || w.tags & FUNCTION_TAGS) continue;
    const space = w.key.indexOf(' ');
    if (space < 0 || !linkingVerbs.has(w.key.slice(0, space)) || !measureHeads.has(w.key.slice(space + 1))) continue;
    let j = k + 1;
    // The measure's own phrase may go on before the figure (`có giá bán`, `có giá niêm yết`).
    while (j < k + 4 && j < words.length && goesOnMeasure(words[j]!)) j++;
    while (j < words.length && words[j]!.tags & (Tag.Qualifier | Tag.Linking)) j++;
    if (j === words.length || !(words[j]!.tags & Tag.Figure)) continue;
    splitInTwo(words, k, space);
  }
}
/** A plain noun or verb, which may go on a measure's phrase: no word of grammar, name, number or mark. */
const goesOnMeasure = (w: Word): boolean =>
  (w.tags & (Tag.Noun | Tag.Verb)) !== 0 && !(w.tags & (FUNCTION_TAGS | Tag.Figure | Tag.Date | Tag.Time | Tag.Name | Tag.Label | Tag.Punctuation));

/**
 * Word k as the two words it is made of, split at `space` of its key (`có giá` → `có` + `giá`,
 * `xe tăng` → `xe` + `tăng`), each as the dictionary reads it alone.
 */
function splitInTwo(words: Word[], k: number, space: number): void {
  const w = words[k]!;
  const verb = dictionaryEntry(w.key.slice(0, space));
  const measure = dictionaryEntry(w.key.slice(space + 1));
  if (!verb || !measure) return;
  const split = w.start + space + 1;
  words.splice(k, 1, { start: w.start, end: w.start + space, key: verb.key, tags: verb.tags, classes: verb.classes }, { start: split, end: w.end, key: measure.key, tags: measure.tags, classes: measure.classes });
}
/**
 * `đạt tỷ lệ bao phủ là 82%`, `đạt mức tăng trưởng 6,5%`: a linking word the tables write with
 * its measure (`đạt tỷ lệ`, `chiếm tỷ lệ`, `đạt mức`) is, before a noun or a verb that goes on
 * the measure's phrase, the verb and the measure that phrase opens: two words. (Before the
 * figure, or a word that only grades the measure, `đạt tỷ lệ cao`, it stays one.)
 */
function measuresAfterLinking(words: Word[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (!(w.tags & Tag.Linking)) continue;
    const space = w.key.indexOf(' ');
    if (space < 0 || !linkingVerbs.has(w.key.slice(0, space)) || !measureHeads.has(w.key.slice(space + 1))) continue;
    const next = words[k + 1]!;
    if (!goesOnMeasure(next) || levelGrades.has(next.key)) continue;
    splitInTwo(words, k, space);
  }
}
/**
 * `Giá vàng SJC được niêm yết ở 36,40 triệu đồng/lượng`, `đứng ở 6%`: `ở` between a verb and an
 * amount or a share (a range's lower bound before its upper one too) gives the level the verb
 * sets, as `ở mức` does. (Before a count it places: `ở 3 xã`.)
 */
function levelsAfterVerbs(text: string, words: Word[]): void {
  for (let k = 2; k < words.length; k++) {
    if (!(words[k]!.tags & Tag.Figure) || words[k - 1]!.key !== 'ở' || !(words[k - 2]!.tags & (Tag.Verb | Tag.Reporting))) continue;
    const amount = (w: Word | undefined) => w !== undefined && (w.tags & Tag.Figure) !== 0 && AMOUNT_OR_SHARE.test(text.slice(w.start, w.end));
    const rangeTo = words[k + 1]?.key === '-' || words[k + 1]?.key === '–' ? words[k + 2] : undefined;
    if (!amount(words[k]) && !amount(rangeTo)) continue;
    const at = words[k - 1]!;
    words[k - 1] = { start: at.start, end: at.end, key: at.key, tags: Tag.Linking, classes: at.classes };
  }
}
/** A figure's text that states an amount or a share: a currency, a percent, a rate (not points: `ở 18 điểm`, at 18 spots). */
const AMOUNT_OR_SHARE = letterPattern(AMOUNT_MARKS.map((m) => m.replace(/[/]/g, '\\/')).join('|'), 'u');

const linkingVerbs = new Set(LINKING_VERBS);
const measureHeads = new Set(MEASURE_HEADS);
const levelGrades = new Set(LEVEL_GRADES);
const countPrefixes = new Set(COUNT_PREFIXES);

const directions = new Set(DIRECTIONAL_COMPLEMENTS);
const transferVerbs = new Set(TRANSFER_VERBS);
const budgetVerbs = new Set(BUDGET_VERBS);
const amountAdding = new Set(AMOUNT_ADDING_WORDS);

/**
 * `Giá vàng giao ngay đêm 6.6 tăng …`, `đến 9h sáng ngày 2/2/2017`: a part of the day (or
 * `ngày`) right before a day's date is that date's time. (Before a year or a month it is no
 * time: `thương mại hai chiều năm 2017`.)
 */
function dayPartsOfDates(words: Word[]): void {
  // (Right to left, so that `sáng` before `ngày` before a date is seen after `ngày` is; the
  // tags first, the word's key, a string to hash, only before a date.)
  for (let k = words.length - 2; k >= 0; k--) {
    const next = words[k + 1]!;
    if (!(next.tags & (Tag.Date | Tag.Time))) continue;
    const w = words[k]!;
    // (`cuối năm 2015`: a position in a period before any date; `hồi` before any time.)
    if ((next.tags & Tag.Date && (periodPositions.has(w.key) || periodNouns.has(w.key))) || timeMarkers.has(w.key)) w.tags = Tag.Time;
    if (!dayParts.has(w.key)) continue;
    if ((next.tags & Tag.Date && DAY_DATE.test(next.key)) || (next.tags & Tag.Time && next.key === 'ngày')) w.tags = Tag.Time;
  }
}
/** `ngày`, `hôm` (`hôm 24-6`) are a date's time words too. */
const dayParts = new Set([...DAY_PARTS, 'ngày', 'hôm']);
const periodPositions = new Set(PERIOD_POSITIONS);
const periodNouns = new Set(PERIOD_NOUNS);
const timeMarkers = new Set(TIME_MARKERS);

/**
 * `Doanh thu năm 2015 và 2016 lần lượt đạt …`: a year the normaliser left as a number, joined by
 * `và` or a comma to a date before it, is a date too (the list's next period), not a label.
 */
function yearsJoinedToDates(text: string, words: Word[]): void {
  for (let k = 2; k < words.length; k++) {
    const w = words[k]!;
    if (!(w.tags & Tag.Label) || !isYearNumber(text, w)) continue;
    const join = words[k - 1]!;
    if ((join.key === 'và' || join.key === ',') && words[k - 2]!.tags & Tag.Date) w.tags = Tag.Date;
  }
}
/** Whether a word is a year written as a bare number (`2016`), as lists of periods leave one. */
export function isYearNumber(text: string, w: { start: number; end: number }): boolean {
  return w.end - w.start === 4 && YEAR.test(text.slice(w.start, w.end));
}
const YEAR = /^(?:19|20)\d\d$/;

/**
 * A number no figure was made of, with a unit of time after it, is a length of time, read as
 * a time phrase: `điều trị tại Khoa Nội (Bệnh viện tỉnh) 20 ngày đã hết 60 triệu` (not a
 * label of the place, `BV hạng 1`).
 */
function durations(words: Word[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    if (!(words[k]!.tags & Tag.Label)) continue;
    const unit = words[k + 1]!;
    if (!durationUnits.has(unit.key)) continue;
    // (After a noun of terms it is the noun's: `kỳ hạn 10 năm`; after a bound, a measure of
    // what it restricts: `số xe sử dụng trên 15 năm`.)
    if (k > 0 && (termNouns.has(words[k - 1]!.key) || durationBounds.has(words[k - 1]!.key))) continue;
    words[k]!.tags = Tag.Time;
    unit.tags = Tag.Time;
    // (`lúc 11 giờ trưa`: a part of the day after an hour is its time too.)
    const part = words[k + 2];
    if (part !== undefined && dayParts.has(part.key)) part.tags = Tag.Time;
  }
}
const durationUnits = new Set(DURATION_UNITS);
const termNouns = new Set(TERM_NOUNS);
const durationBounds = new Set(DURATION_BOUNDS);
/** A day's date as written: a day and a month (`6.6`, `29/5`, `2/2/2017`). */
const DAY_DATE = /^\d{1,2}[./-]\d{1,2}(?:$|[./-])/;

/**
 * A determiner that determines nothing (no noun, number or name after it) is the content
 * word the dictionary also knows it as: `doanh thu bán hàng hơn 28 tỷ` (`hàng`, goods, not the
 * `hàng` of `hàng trăm`).
 */
function contentDeterminers(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // (Only one the dictionary knows first as a noun: `cả`, `nhiều`, `một` stay determiners;
    // and not one that is an auxiliary too, which a verb follows: `Nga từng có …`.)
    if (!(w.tags & Tag.Determiner) || firstClass(w) !== 78 /* N */ || w.tags & (Tag.Pronoun | Tag.Auxiliary)) continue;
    const next = wordNear(words, k + 1);
    // (Nor one of each before one dated period: `doanh thu bán hàng quý 4`.)
    const datedAfterDistributive = next !== undefined && next.tags & Tag.Date && distributiveDeterminers.has(w.key);
    if (next !== undefined && next.tags & (Tag.Noun | Tag.Name | Tag.Figure | Tag.Date | Tag.Determiner | Tag.Adjective | Tag.Unknown) && !datedAfterDistributive) continue;
    w.tags = Tag.Noun | (w.classes.includes('V') ? Tag.Verb : 0);
  }
}

const distributiveDeterminers = new Set(DISTRIBUTIVE_DETERMINERS);
const administrativeUnits = new Set(ADMINISTRATIVE_UNITS);

/** Punctuation after which a capitalised word opens a stretch, by code (every mark is one character). */
const OPENING_PUNCTUATION = new Uint8Array(0x2030);
// (`]` too: a bracketed link to another article ends before the next sentence, `[…] Hiện tại còn …`.)
for (const mark of ['.', ':', '"', '“', '(', '[', ']', '!', '?', '–', '-', ';', '…', '‘', "'"]) OPENING_PUNCTUATION[mark.charCodeAt(0)] = 1;
const opensAfter = (w: Word): boolean => {
  const c = w.key.length === 1 ? w.key.charCodeAt(0) : 0x2030;
  return c < 0x2030 && OPENING_PUNCTUATION[c] === 1;
};

function readSyllables(text: string, out: Word[]): void {
  const { start: starts, end: ends, kind: kinds, count } = syllables;
  const found = match;
  let i = 0;
  while (i < count) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (kinds[i] === 0) {
      out.push({ start, end, key: text.slice(start, end), tags: Tag.Punctuation, classes: '' });
      i++;
      continue;
    }
    const previous = out[out.length - 1];
    const opensStretch = !previous || ((previous.tags & Tag.Punctuation) !== 0 && opensAfter(previous));
    const capital = kinds[i] === 2;
    if (capital && end - start > 1 && isAcronymAt(text, start, end)) {
      out.push({ start, end, key: '', tags: Tag.Name | Tag.Noun | Tag.Acronym, classes: 'N' });
      i++;
      continue;
    }
    // Longest match of up to four syllables separated by single spaces, read once: the single
    // syllable's entry, the longest word and the longest of two syllables or more.
    longestMatch(text, i);
    const single = found.first;
    // A capitalised syllable inside a sentence is a name, unless it is a function word
    // (`Theo`, `Trong đó`); a name's part may still be a dictionary word (`Hội đồng`).
    // (After an owner or a preposition a capitalised pronoun is a country: `tại Anh`, `sang Anh`.)
    const countryAfterPreposition = capital && single !== undefined && (single.tags & Tag.Pronoun) !== 0 && previous !== undefined && (previous.tags & (Tag.Owner | Tag.Preposition)) !== 0;
    // (So is one right after an administrative unit: `huyện Tuy An`, `xã Trong Hòa`.)
    const placeName = capital && previous !== undefined && administrativeUnits.has(previous.key) && lowerCode(text.charCodeAt(previous.start)) === text.charCodeAt(previous.start);
    const functionWord = single !== undefined && (single.tags & CAPITALIZED_FUNCTION_TAGS) !== 0 && !countryAfterPreposition && !placeName;
    const name = capital && !opensStretch && !functionWord;
    let n = name ? found.multi : found.longest;
    let entry = name ? found.multiEntry : found.entry;
    // `bị cáo buộc`: a function word that opens a longer word's rival (`bị` + `cáo buộc`) stands alone.
    // So does a head that counts before a noun the rival is (`số` + `học sinh`, not `số học` + `sinh`),
    // and a verb of revenue or spending before one, when the longer word is no noun (`thu` +
    // `ngân sách`, not `thu ngân` + `sách`). (Not every verb of getting: `xuất hiện tại`, `rút tiền sử dụng`.)
    const headBeforeNoun = !name && n >= 2 && single !== undefined && (countPrefixes.has(single.key) || (budgetVerbs.has(single.key) && entry !== undefined && firstClass(entry) !== 78 /* N */));
    if (!name && n >= 2 && single && (single.tags & FUNCTION_TAGS || headBeforeNoun) && i + 1 < count) {
      longestMatch(text, i + 1);
      if (found.longest > n - 1 && (!headBeforeNoun || (found.entry?.classes ?? '').startsWith('N'))) {
        n = 1;
        entry = single;
      }
    }
    if (n > 0 && entry) {
      const last = i + n - 1;
      // A capitalised word the dictionary knows in lower case is a name's part (`Hội đồng`, `Xây dựng`), after the first word.
      const tags = name || nameOpeningStretch(text, i, n, capital, opensStretch, entry) ? Tag.Name | Tag.Noun : entry.tags;
      // A capitalised function word after a lower-case content word opens a new sentence the
      // page lost its stop for (`… đều thiếu Cả nước còn …`): a break of no width marks it.
      // After a name only an opener set off by a comma does so (`… - Ảnh: Dân Trí Ngoài ra, công ty …`).
      const before = out[out.length - 1];
      // (Not a pronoun of one syllable, which names a country as often: `nước Anh`; `Chúng ta`
      // can name none.)
      if (capital && !opensStretch && !name && before && !(before.tags & Tag.Punctuation) && !(entry.tags & Tag.Pronoun && n === 1) &&
          ((!(before.tags & Tag.Name) && !(before.tags & FUNCTION_TAGS)) || (before.tags & Tag.Name && entry.tags & (Tag.Opener | Tag.Source) && commaAt(text, i + n)))) {
        out.push({ start, end: start, key: '.', tags: Tag.Punctuation, classes: '' });
      }
      out.push({ start, end: ends[last]!, key: entry.key, tags, classes: entry.classes });
      i += n;
      continue;
    }
    // Names, labels and unknown words keep no key: no rule compares them with a word.
    const first = text.charCodeAt(start);
    const key = '';
    if (capital) {
      out.push({ start, end, key, tags: Tag.Name | Tag.Noun, classes: 'N' });
    } else if (first >= 48 && first <= 57) {
      // A number the normaliser did not take as a figure is a label (`BV hạng 1`, `RON 92`).
      out.push({ start, end, key, tags: Tag.Name | Tag.Noun | Tag.Label, classes: 'N' });
    } else {
      out.push({ start, end, key, tags: Tag.Unknown | Tag.Noun, classes: '' });
    }
    i++;
  }
}

/**
 * `Hà Nội đứng thứ 3`, `Hàn Quốc bắn …`: a capitalised syllable that opens the stretch, read as a
 * word of its own (`hà`, `hàn`), is a name's first part when it opens a place or a country the
 * tables know (vocab/places.ts). (Not any capital that follows: `Thấy Nam gục ngã`, `Coi Doha
 * là …` open with a verb.)
 */
function nameOpeningStretch(text: string, i: number, n: number, capital: boolean, opensStretch: boolean, entry: Entry): boolean {
  if (!capital || !opensStretch || n !== 1 || entry.tags & (FUNCTION_TAGS | CAPITALIZED_FUNCTION_TAGS)) return false;
  const { start: starts, end: ends, kind: kinds, count } = syllables;
  for (let k = i + 1; k < count && k < i + 4; k++) {
    if (kinds[k] !== 2 || starts[k] !== ends[k - 1]! + 1 || text.charCodeAt(ends[k - 1]!) !== 32) return false;
    if (KNOWN_PLACES.has(text.slice(starts[i]!, ends[k]!))) return true;
  }
  return false;
}
/** Places and countries of two syllables or more, as written (`Hà Nội`, `Thổ Nhĩ Kỳ`). */
const KNOWN_PLACES = new Set([...NON_PERSON_NAMES, ...COUNTRIES].filter((p) => p.includes(' ')));

/** Whether syllable `i` of the stretch is a comma. */
function commaAt(text: string, i: number): boolean {
  return i < syllables.count && syllables.kind[i] === 0 && text.charCodeAt(syllables.start[i]!) === 44;
}

// What the last longestMatch found: the longest word (syllables, entry), the longest of two
// syllables or more, and the entry of the first syllable alone.
const match: { longest: number; entry: Entry | undefined; multi: number; multiEntry: Entry | undefined; first: Entry | undefined } = {
  longest: 0,
  entry: undefined,
  multi: 0,
  multiEntry: undefined,
  first: undefined,
};

/** The longest words of up to four syllables at syllable `i`, left in `match`. */
function longestMatch(text: string, i: number): void {
  const table = built.index ?? lexiconIndex();
  const { start: starts, end: ends, kind: kinds, h1: h1s, h2: h2s, count } = syllables;
  const found = match;
  found.longest = 0;
  found.multi = 0;
  found.entry = undefined;
  found.multiEntry = undefined;
  found.first = undefined;
  run.reset();
  for (let n = 1; n <= MAX_SYLLABLES && i + n - 1 < count; n++) {
    const k = i + n - 1;
    if (kinds[k] === 0) break;
    if (n > 1) {
      if (starts[k] !== ends[k - 1]! + 1 || text.charCodeAt(starts[k]! - 1) !== 32) break;
      // A capital inside a lower-case word starts a name (`tỉnh Hải Dương`).
      if (kinds[k] === 2) break;
    }
    run.add(h1s[k]!, h2s[k]!);
    const code = table.code(run.h1, run.h2);
    if (code < 0) break;
    const entry = table.entryOf(code);
    if (entry) {
      found.longest = n;
      found.entry = entry;
      if (n === 1) found.first = entry;
      else {
        found.multi = n;
        found.multiEntry = entry;
      }
    }
    // No longer word starts so: the next syllable need not be looked up.
    if ((code & GOES_ON) === 0) break;
  }
}

/**
 * Whether `phrase`, ending at text[end], is only the start of a longer dictionary word: with
 * the syllable after it it makes one word, and that syllable makes no word of its own with
 * the next (`Kế hoạch hóa gia đình`, to plan; but `Kế hoạch hóa chất`, where `hóa chất` is a
 * word). Read as the word reader reads syllables: a single space between them. The document
 * reader asks it of a type it found, the officials' reader of a name's last syllable (`Bùi Văn
 * Ga Thí sinh …`: a headline run into the text). (Not the title reader: the press writes `ông X,
 * Tổng lãnh sự quán Australia` for the consul general, two of three such titles over the bulk
 * corpus.)
 */
export function opensLongerWord(text: string, phrase: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const next = ONE_OR_TWO_WORDS.exec(text.slice(end + 1, end + 24));
  if (next === null || dictionaryEntry(`${phrase} ${next[1]}`) === undefined) return false;
  // (Not a syllable a number follows: it opens a date, `… Thu Hằng ngày 15/6`, not `hằng ngày`.)
  if (next[2] === undefined && DIGIT_AFTER.test(text.slice(end + 1 + next[1]!.length, end + 3 + next[1]!.length))) return false;
  return next[2] === undefined || dictionaryEntry(`${next[1]} ${next[2]}`) === undefined;
}
const DIGIT_AFTER = /^ \d/u;

/**
 * The dictionary's entry for a run of one to four syllables separated by single spaces, in
 * any case (`Kế hoạch`, `đánh cồng`): what the word reader would take as one word, without
 * reading a stretch. Undefined when the run is no word.
 */
export function dictionaryEntry(words: string): { key: string; tags: number; classes: string } | undefined {
  const table = lexiconIndex();
  run.reset();
  let start = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && words.charCodeAt(i) !== 32) continue;
    if (i === start) return undefined;
    hash.reset();
    hashSyllable(words, start, i);
    run.add(hash.h1, hash.h2);
    start = i + 1;
  }
  return table.find(run.h1, run.h2) ?? undefined;
}

/**
 * The dictionary's entry for the lower-case word opening text[from, to), read as the word
 * reader would: two syllables when they make a word, else one (`không quá 1 điểm`, `vượt quá
 * khả năng`). Undefined when the stretch opens with no lower-case word the dictionary knows.
 * (Read on codes, with no string made: the normaliser asks it after every number.)
 */
export function openingWordEntry(text: string, from = 0, to = text.length): { key: string; tags: number; classes: string } | undefined {
  const firstEnd = lowerRunEnd(text, from, to);
  if (firstEnd === from) return undefined;
  const table = lexiconIndex();
  hash.reset();
  hashSyllable(text, from, firstEnd);
  const h1 = hash.h1;
  const h2 = hash.h2;
  if (firstEnd + 1 < to && text.charCodeAt(firstEnd) === 32) {
    const secondEnd = lowerRunEnd(text, firstEnd + 1, to);
    if (secondEnd > firstEnd + 1) {
      hash.reset();
      hashSyllable(text, firstEnd + 1, secondEnd);
      run.reset();
      run.add(h1, h2);
      run.add(hash.h1, hash.h2);
      const two = table.find(run.h1, run.h2);
      if (two) return two;
    }
  }
  run.reset();
  run.add(h1, h2);
  return table.find(run.h1, run.h2) ?? undefined;
}

/** Where the run of lower-case letters (`\p{Ll}`) starting at `from` ends, before `to`. */
function lowerRunEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 0x2000 ? LOWER_LETTER[c] !== 1 : !LOWER_LETTER_SLOW.test(text[i]!)) break;
    i++;
  }
  return i;
}
const LOWER_LETTER_SLOW = lettered(/\p{Ll}/u);
/** Whether each code below U+2000 is a lower-case letter (`\p{Ll}`). */
const LOWER_LETTER = new Uint8Array(0x2000);
for (let c = 0; c < LOWER_LETTER.length; c++) LOWER_LETTER[c] = LOWER_LETTER_SLOW.test(String.fromCharCode(c)) ? 1 : 0;

/** Function words that keep their job when capitalised inside a sentence (`Theo`, `Trong đó`, `Tại`, `Chiều nay`). */
const CAPITALIZED_FUNCTION_TAGS = Tag.Source | Tag.Opener | Tag.Owner | Tag.Preposition | Tag.Determiner | Tag.Time | Tag.Pronoun | Tag.Anaphor;

/**
 * The code of a word's commonest class (`N` 78, `V` 86 …), 0 for none. (Read with a length
 * test: a read past a string's end makes V8 drop the optimised code of the reader that did it.)
 */
export const firstClass = (w: { classes: string }): number => (w.classes.length > 0 ? w.classes.charCodeAt(0) : 0);

export const has = (w: Word | undefined, tags: number): boolean => w !== undefined && (w.tags & tags) !== 0;

/**
 * The word at index `i`, or undefined off either end. The test is explicit because readers
 * look one word back and ahead everywhere: a plain read off an array's end makes V8 throw
 * away the optimised code of the reader that did it and compile it again.
 */
export const wordNear = (words: readonly Word[], i: number): Word | undefined => (i >= 0 && i < words.length ? words[i] : undefined);
