// Known names of codes, laws and ordinances (vocab/law-names.ts), matched where a cited law's
// name starts, in any case and either tone placement (`Luật Hôn nhân và gia đình`, `Bộ luật
// hình sự`).
import { CODE_NAMES, LAW_NAMES, ORDINANCE_NAMES } from '../../vocab/law-names.js';
import { wordKey } from '../../text/words.js';
import { hasLetterOrDigit } from '../../text/letters.js';

/** Full names (`bộ luật hình sự`), keyed as words.ts keys words, longest first. */
const KNOWN = [
  ...CODE_NAMES.map((n) => `Bộ luật ${n}`),
  ...LAW_NAMES.map((n) => `Luật ${n}`),
  ...ORDINANCE_NAMES.map((n) => `Pháp lệnh ${n}`),
]
  .map((n) => ({ key: wordKey(n), syllables: n.split(' ').length }))
  .sort((a, b) => b.key.length - a.key.length);
const LONGEST = KNOWN[0]!.key.length;

/**
 * The longest known name that text[at…] opens with, as a whole word: its end offset and its
 * syllables counted with the type's (`Luật Nhà ở` has 3), or null.
 */
export function knownLawNameAt(text: string, at: number): { end: number; syllables: number } | null {
  const head = wordKey(text.slice(at, at + LONGEST + 1));
  for (const known of KNOWN) {
    if (!head.startsWith(known.key)) continue;
    const after = head.charAt(known.key.length);
    if (after === '' || !hasLetterOrDigit(after)) return { end: at + known.key.length, syllables: known.syllables };
  }
  return null;
}
