// Letter classes for the rules' patterns. `\p{L}`, `\p{Lu}` and `\p{Ll}` take every script, and
// V8 compiles each use of them into a test of several hundred ranges: 0.1–0.4 ms a use. Over
// the 474 patterns the rules run on the bulk corpus, compiling them cost a fresh process 310 ms
// as written and costs it 120 ms with these classes (180 and 64 ms once the compiler is warm:
// `node bench/regex-compile.mjs`); every run and every worker pays it again. The press
// writes in Latin (Vietnamese, and the European names it cites), Greek, Cyrillic and the East
// Asian scripts; these classes are the letters of those scripts only (30 ranges for a letter,
// some 230 for a capital or a small letter, against 650 and more), and the rules' output over
// the bulk corpus is byte for byte the same. (Of its 13 MB, LETTER takes every letter; UPPER
// and LOWER all but one Cyrillic `ү`.) Patterns keep `\p{L}`, `\p{Lu}` and `\p{Ll}` as written,
// for the reader; `lettered` and `letterPattern` put these classes in their place.

/** Blocks whose letters `\p{L}` is narrowed to: Latin, Greek, Cyrillic, Latin Extended Additional (Vietnamese), Thai, kana, Chinese, Hangul. */
const LETTER_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f], [0x0370, 0x03ff], [0x0400, 0x04ff], [0x0e00, 0x0e7f], [0x1e00, 0x1eff],
  [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xac00, 0xd7a3],
];
/**
 * Blocks whose capitals and small letters `\p{Lu}` and `\p{Ll}` are narrowed to: Latin-1 and
 * Latin Extended-A (`Š`, `Ł`, `Ş`), `Ơ` and `Ư`, `Ș` and `Ț`, Greek, Russian Cyrillic and the
 * Vietnamese letters of Latin Extended Additional. (Case alternates letter by letter in the
 * extended blocks, so each letter there is a range of its own: the blocks are kept few.)
 */
const CASE_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x017f], [0x01a0, 0x01b0], [0x0218, 0x021b], [0x0370, 0x03ff], [0x0400, 0x045f], [0x1e00, 0x1eff],
];

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/** The body of a character class (no brackets) holding the code points of `blocks` that `property` matches. */
function classOf(property: RegExp, blocks: ReadonlyArray<readonly [number, number]>): string {
  let body = '';
  for (const [from, to] of blocks) {
    for (let c = from; c <= to; c++) {
      if (!property.test(String.fromCharCode(c))) continue;
      let end = c;
      while (end < to && property.test(String.fromCharCode(end + 1))) end++;
      body += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
      c = end;
    }
  }
  return body;
}

/** A letter, as a class body: `[${LETTER}]`, or inside a class with other members. */
export const LETTER = classOf(/\p{L}/u, LETTER_BLOCKS);
/** A capital letter, as a class body. */
export const UPPER = classOf(/\p{Lu}/u, CASE_BLOCKS);
/** A small letter, as a class body. */
export const LOWER = classOf(/\p{Ll}/u, CASE_BLOCKS);

const NARROWED: Record<string, string> = { L: LETTER, Lu: UPPER, Ll: LOWER };
const PROPERTY = /\\p\{(L|Lu|Ll)\}/y;

/**
 * A pattern's source with `\p{L}`, `\p{Lu}` and `\p{Ll}` narrowed to LETTER, UPPER and LOWER,
 * in a class or outside one (`[\p{L}\d]` → `[…\d]`, `\p{Lu}` → `[…]`). Other escapes, and
 * those inside a class, are kept as written.
 */
export function narrowLetters(source: string): string {
  if (!source.includes('\\p{L')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(source);
      if (m) {
        const body = NARROWED[m[1]!]!;
        out += inClass ? body : `[${body}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** `new RegExp(source, flags)` with its letter classes narrowed. */
export function letterPattern(source: string, flags?: string): RegExp {
  return new RegExp(narrowLetters(source), flags);
}

/** A regex literal with its letter classes narrowed (for patterns made once, at load). */
export function lettered(re: RegExp): RegExp {
  return new RegExp(narrowLetters(re.source), re.flags);
}

// The tests the rules make most, on the narrowed classes.
const UPPER_FIRST = lettered(/^\p{Lu}/u);
const LOWER_FIRST = lettered(/^\p{Ll}/u);
const ANY_LETTER = lettered(/\p{L}/u);
const ANY_LETTER_OR_DIGIT = lettered(/[\p{L}\d]/u);
const ANY_CAPITAL = lettered(/\p{Lu}/u);

/** Whether `s` opens with a capital letter. */
export const startsUpper = (s: string): boolean => UPPER_FIRST.test(s);
/** Whether `s` opens with a small letter. */
export const startsLower = (s: string): boolean => LOWER_FIRST.test(s);
/** Whether `s` holds a letter. */
export const hasLetter = (s: string): boolean => ANY_LETTER.test(s);
/** Whether `s` holds a letter or a digit (asked of one character: is it part of a word?). */
export const hasLetterOrDigit = (s: string): boolean => ANY_LETTER_OR_DIGIT.test(s);
/** Whether `s` holds a capital letter. */
export const hasUpper = (s: string): boolean => ANY_CAPITAL.test(s);

// Word patterns several readers share (none global or sticky: safe to share).
/** The word opening a stretch (`^\p{L}+`). */
export const FIRST_WORD = lettered(/^\p{L}+/u);
/** The one or two words opening a stretch, each captured (`thị xã`). */
export const ONE_OR_TWO_WORDS = lettered(/^(\p{L}+)(?: (\p{L}+))?/u);
/** The lower-case word after a space opening a stretch, captured. */
export const NEXT_LOWER_CASE_WORD = lettered(/^ (\p{Ll}+)/u);
/** The word ending a stretch before its last spaces, captured. */
export const WORD_BEFORE = lettered(/(\p{L}+)\s+$/u);
