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

export function normalizeCharacters(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(CONTROLS, ' ');
}

/** Fold runs of spaces and tabs inside a line; trim it. */
export function foldLine(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}
