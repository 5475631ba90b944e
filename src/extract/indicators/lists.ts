// `A, B, C và D lần lượt là 22, 10, 10 và 37`: the values go to the names in order. When
// the counts differ, no pairing is guessed: names stay null and a warning is raised.
import { LIST_LEAD_WORDS } from '../../vocab/indicator-phrases.js';

const lower = (s: string) => s.toLowerCase();
const leadWords = [...LIST_LEAD_WORDS].sort((a, b) => b.length - a.length);
const LEAD_NOUNS = /^(?:xếp hạng|thứ hạng|tỷ lệ|tỉ lệ|chỉ số)\s+/iu;

/** The names listed before `lần lượt`, in order; `clause` ends right before `lần lượt`. */
export function listNames(clause: string): string[] {
  let region = clause.replace(/\s*lần lượt\s*$/u, '');
  // The list opens after its last lead word (`có thứ hạng cao ... về A, B, C`).
  const low = lower(region);
  let openAt = -1;
  for (const w of leadWords) {
    const re = new RegExp(`(?<!\\p{L})${w}\\s`, 'gu');
    for (const m of low.matchAll(re)) openAt = Math.max(openAt, m.index! + m[0].length);
  }
  if (openAt >= 0) region = region.slice(openAt);
  else {
    // No lead word: the list is the comma run at the end of the clause; drop a sentence opener.
    const colon = region.lastIndexOf(':');
    if (colon >= 0) region = region.slice(colon + 1);
  }
  const pieces = region
    .split(/\s*,\s*|\s+(?:và|hoặc)\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length > 0) pieces[0] = pieces[0]!.replace(LEAD_NOUNS, '');
  return pieces;
}
