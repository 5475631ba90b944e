// Character-level normalisation: every text leaves here NFC, with no-break and exotic
// spaces folded to a plain space, zero-width characters removed and line ends unified,
// so that decomposed (NFD) input yields exactly the records precomposed input does.

// U+00A0 NBSP, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000: spaces of other widths.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width space/joiners, word joiner, BOM, soft hyphen: invisible, never meaningful here.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// C0/C1 controls other than tab and line feed.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Apply a global replacement only when the pattern occurs: most texts need none of them. */
function replaceIfAny(text: string, probe: RegExp, pattern: RegExp, by: string): string {
  return probe.test(text) ? text.replace(pattern, by) : text;
}

const LINE_ENDS = /\r|\u2028|\u2029/;
const SPACES_PROBE = new RegExp(SPACES.source);
const INVISIBLE_PROBE = new RegExp(INVISIBLE.source);
const CONTROLS_PROBE = new RegExp(CONTROLS.source);
// Any character one of the folds below would change, in one pass: most articles have none,
// and one scan of the text costs what each of the four would.
// eslint-disable-next-line no-control-regex
const ANY_TO_FOLD = /[\r\u2028\u2029\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Code points that are NFC as they stand and never combine with the character before:
 * below U+0300 (Latin-1, Latin Extended-A/B, IPA, spacing modifiers), Vietnamese and other
 * precomposed Latin (U+1E00–U+1EFF), punctuation (U+2002–U+206F: dashes, quotes, `…`) and
 * currency signs (U+20A0–U+20CF, `₫`). Checked one by one in tests/characters.test.ts.
 */
export const NFC_STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [[0x0000, 0x02ff], [0x1e00, 0x1eff], [0x2002, 0x206f], [0x20a0, 0x20cf]];

/** Per code unit: 1 a character to fold (ANY_TO_FOLD), 2 one outside NFC_STABLE_RANGES, 0 neither. Built on first use. */
const table: { survey: Uint8Array | null } = { survey: null };

function surveyTable(): Uint8Array {
  const out = new Uint8Array(0x10000).fill(2);
  for (const [from, to] of NFC_STABLE_RANGES) out.fill(0, from, to + 1);
  for (let c = 0; c < 0x10000; c++) if (ANY_TO_FOLD.test(String.fromCharCode(c))) out[c] = 1;
  return out;
}

/** What `text` needs: 0 nothing (plain precomposed text, the usual case), else the bits of the survey table it holds. */
function survey(text: string): number {
  const codes = (table.survey ??= surveyTable());
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    found |= codes[text.charCodeAt(i)]!;
    if (found === 3) break;
  }
  return found;
}

export function normalizeCharacters(text: string): string {
  // One pass over the code units decides both questions for most texts (regex and
  // String#normalize each pass over the whole text otherwise).
  const needs = survey(text);
  if (needs === 0) return text;
  if ((needs & 1) === 0) return text.normalize('NFC');
  let out = replaceIfAny(text, LINE_ENDS, /\r\n?|\u2028|\u2029/g, '\n');
  out = out.normalize('NFC');
  out = replaceIfAny(out, INVISIBLE_PROBE, INVISIBLE, '');
  out = replaceIfAny(out, SPACES_PROBE, SPACES, ' ');
  return replaceIfAny(out, CONTROLS_PROBE, CONTROLS, ' ');
}

// A run worth folding: two or more spaces, or any run holding a tab. Single spaces do not
// match, so a line with one double space is not rewritten space by space.
const SPACE_RUN = / [ \t]+|\t[ \t]*/g;

/** Whether any line of `text` needs folding: most texts have no double space and no tab. */
export function hasSpaceRuns(text: string): boolean {
  return text.includes('  ') || text.includes('\t');
}

/** Fold runs of spaces and tabs inside a line; trim it. `mayHaveRuns: false` skips the search. */
export function foldLine(line: string, mayHaveRuns = true): string {
  return (mayHaveRuns && hasSpaceRuns(line) ? line.replace(SPACE_RUN, ' ') : line).trim();
}

/** Whether a code unit is a letter (`\p{L}`), from a table learnt on first sight of each code. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let kind = LETTER_CODE[c]!;
  if (kind === 0) kind = LETTER_CODE[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}
const LETTER_CODE = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

/** Whether a word ends before `s[at]`: no letter or digit there (`Bộ Tài chính` in `Bộ Tài chính,`). */
export function wordEndsAt(s: string, at: number): boolean {
  return !LETTER_OR_DIGIT.test(s[at] ?? '');
}
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
