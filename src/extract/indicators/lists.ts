// `A, B, C và D lần lượt là 22, 10, 10 và 37`: the values go to the names in order. When
// the counts differ, no pairing is guessed: names stay null and a warning is raised.
import { LIST_LEAD_WORDS } from '../../vocab/indicator-phrases.js';
import type { Span } from '../../text/phrase-words.js';
import { letterPattern } from '../../text/letters.js';

const lower = (s: string) => s.toLowerCase();
const leadWords = [...LIST_LEAD_WORDS].sort((a, b) => b.length - a.length);
const LEAD_NOUNS = /^(?:xếp hạng|thứ hạng|tỷ lệ|tỉ lệ|chỉ số)\s+/iu;
const leadPatterns = leadWords.map((w) => letterPattern(`(?<!\\p{L})${w}\\s`, 'gu'));

/** The names listed in text[from, to) before `lần lượt`, in order, as spans of the text. */
export function listNames(text: string, from: number, to: number): Span[] {
  return readList(text, from, to).names;
}

/**
 * The list before `lần lượt`: its names, and the lead word that opens it with where that
 * word begins (`doanh thu của` + `Hà Nội, Đà Nẵng và Cần Thơ`), or null when no lead word does.
 */
export function readList(text: string, from: number, to: number): { names: Span[]; lead: { word: string; at: number } | null } {
  let region = text.slice(from, to).replace(/\s*lần lượt\s*$/u, '');
  let offset = from;
  // The list opens after its last lead word (`có thứ hạng cao ... về A, B, C`).
  const low = lower(region);
  let openAt = -1;
  let lead: { word: string; at: number } | null = null;
  for (const [k, re] of leadPatterns.entries()) {
    re.lastIndex = 0;
    for (const m of low.matchAll(re)) {
      if (m.index! + m[0].length <= openAt) continue;
      openAt = m.index! + m[0].length;
      lead = { word: leadWords[k]!, at: from + m.index! };
    }
  }
  if (openAt < 0) {
    // No lead word: the list is the comma run at the end of the clause; drop a sentence opener.
    const colon = region.lastIndexOf(':');
    if (colon >= 0) openAt = colon + 1;
  }
  if (openAt >= 0) {
    offset += openAt;
    region = region.slice(openAt);
  }
  const spans: Span[] = [];
  const separator = /\s*,\s*|\s+(?:và|hoặc)\s+/gu;
  let at = 0;
  const push = (a: number, b: number) => {
    let piece = region.slice(a, b);
    let start = offset + a;
    const lead = spans.length === 0 ? LEAD_NOUNS.exec(piece) : null;
    if (lead) {
      start += lead[0].length;
      piece = piece.slice(lead[0].length);
    }
    const trimmedStart = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) spans.push({ start: start + trimmedStart, end: start + trimmedStart + trimmed.length });
  };
  for (const m of region.matchAll(separator)) {
    push(at, m.index!);
    at = m.index! + m[0].length;
  }
  push(at, region.length);
  return { names: spans, lead };
}
