// Plain article text → normalised text without page furniture, plus the metadata the
// furniture carried (date line, outlet prefix, byline). Used for .txt articles and
// for the lines an HTML page yields, so both formats converge on the same text.
import {
  BYLINE_LINES,
  FURNITURE_LINES,
  INLINE_IMAGES,
  OUTLET_NAMES,
  OUTLET_PREFIX,
  RELATED_HEADINGS,
  TEMPLATE_TOKENS,
} from '../vocab/furniture.js';
import { foldLine, hasSpaceRuns, normalizeCharacters } from './characters.js';
import { parseDateLine } from './date-line.js';
import { looksLikePersonName, looksLikeSignature } from './names.js';
import { lettered } from './letters.js';

export interface CleanedText {
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
}

export interface MetadataHints {
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  byline?: string | null;
}

/** The head of an article, where date lines and titles live: lines before this many characters of body. */
const HEAD_LIMIT = 3;
/** A related-news block runs to the end when no line after its heading is longer than this. */
const RELATED_BLOCK_MAX_LINE = 250;

/**
 * Two spaces or more (no tab, no line break) between a letter, a digit or a closing mark and a
 * capitalised word that a lower-case one follows, as a sentence opens (`TP.HCM là …`, `Theo
 * cổng …`); not before a name of capitalised words, which a stray double space may precede
 * inside a sentence (`Trưởng Công an xã  Ea Kao`, `Phó Giám đốc  Công ty Điện lực …`).
 */
// The furniture table's patterns, their letter classes narrowed (src/text/letters.ts).
const OUTLET = lettered(OUTLET_PREFIX);
const BYLINES = BYLINE_LINES.map(lettered);
const BLOCK_END = lettered(/[\p{L}\d.!?…”")\]:]/u);
const SENTENCE_OPENING = lettered(/\p{Lu}[\p{L}\d.&-]* \p{Ll}/uy);

/** Whether a line is site furniture (a credit, a share bar, a tag list). */
function isFurniture(line: string): boolean {
  for (const pattern of FURNITURE_LINES) if (pattern.test(line)) return true;
  return false;
}

/**
 * Each such run of spaces made a line break. Found from the runs (a search for two spaces),
 * not by one regex, which would try its first class at every letter (ten times slower).
 */
function breakJoinedBlocks(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('  '); at >= 0; at = text.indexOf('  ', at)) {
    let end = at + 2;
    while (text.charCodeAt(end) === 32) end++;
    const before = at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) ? text.slice(at - 2, at) : text.slice(at - 1, at);
    SENTENCE_OPENING.lastIndex = end;
    if (BLOCK_END.test(before) && SENTENCE_OPENING.test(text)) {
      out += text.slice(copied, at) + '\n';
      copied = end;
    }
    at = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const relatedHeadings = new Set(RELATED_HEADINGS);

export function cleanText(raw: string, hints: MetadataHints = {}): CleanedText {
  let text = normalizeCharacters(raw);
  // Inline images and comment templates are rare: look for them only when their marks occur.
  if (text.includes('data:') || text.includes('<image>') || text.includes('![')) {
    for (const pattern of INLINE_IMAGES) text = text.replace(pattern, '\n');
  }
  const hasTemplates = text.includes('{');
  const spaceRuns = hasTemplates || hasSpaceRuns(text);
  // `… TP.HCM rất lớn  TP.HCM là đô thị …`: two spaces or more before a capital, after a word or
  // a closing mark, join blocks a page set apart (a caption, a sub-heading) whose break was lost:
  // each is a line of its own.
  const lines = (spaceRuns ? breakJoinedBlocks(text) : text)
    .split('\n')
    .map((line) => foldLine(hasTemplates ? line.replace(TEMPLATE_TOKENS, ' ') : line, spaceRuns))
    .filter((line) => line.length > 0);

  const keep = new Array<boolean>(lines.length).fill(true);
  let published: string | null = null;
  let outlet: string | null = null;
  let byline: string | null = null;

  // Related-news blocks: from the heading to the end when only short lines follow.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > 40 || !relatedHeadings.has(stripTrailingPunctuation(lines[i]!).toLowerCase())) continue;
    keep[i] = false;
    const rest = lines.slice(i + 1);
    if (rest.every((line) => line.length <= RELATED_BLOCK_MAX_LINE)) {
      for (let j = i + 1; j < lines.length; j++) keep[j] = false;
      break;
    }
  }

  let bodyLinesSeen = 0;
  const leads = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    const line = lines[i]!;
    if (bodyLinesSeen < HEAD_LIMIT + 2) {
      const date = parseDateLine(line);
      if (date) {
        published ??= date;
        keep[i] = false;
        continue;
      }
    }
    // Furniture lines are short; a paragraph is never one.
    if (line.length <= 300 && isFurniture(line)) {
      keep[i] = false;
      continue;
    }
    const prefix = OUTLET.exec(line);
    if (prefix && bodyLinesSeen < HEAD_LIMIT + 2 && (/\.|TTXVN|VNA|[A-Z]{2,}/.test(prefix[1]!) || OUTLET_NAMES.has(prefix[1]!.trim()))) {
      outlet ??= prefix[1]!.trim();
      lines[i] = line.slice(prefix[0].length);
      leads.add(i);
    }
    if (line.length > 120) bodyLinesSeen++;
  }

  // Bylines: among the last few kept lines.
  const keptIndexes = lines.map((_, i) => i).filter((i) => keep[i]);
  const tail = keptIndexes.slice(-4);
  for (const i of tail) {
    const line = lines[i]!;
    for (const pattern of BYLINES) {
      const m = pattern.exec(line);
      if (m) {
        byline ??= m[1]!.trim();
        keep[i] = false;
        break;
      }
    }
  }
  if (!byline) {
    // A signature: a personal name alone on a line near the end (the title may follow).
    for (const i of tail.slice(-3)) {
      const line = lines[i]!;
      // (A pen name of given names only on the last line: a full name anywhere in the tail.)
      if (line.length <= 40 && (i === tail[tail.length - 1] ? looksLikeSignature(line) : looksLikePersonName(line))) {
        byline = line;
        break;
      }
    }
  }

  const kept = lines.filter((_, i) => keep[i]);
  const title = hints.title ?? findTitle(lines.filter((_, i) => keep[i] && !leads.has(i)));
  return {
    text: kept.join('\n'),
    title: title ?? null,
    published: hints.published ?? published,
    outlet: hints.outlet ?? outlet,
    byline: hints.byline ?? byline,
  };
}

/** The headline: the first line shaped like one (short, no closing full stop, not a lead). */
function findTitle(lines: string[]): string | null {
  for (const line of lines.slice(0, 8)) {
    if (line.length < 15 || line.length > 250) continue;
    if (/[.…]$/.test(line) && !/\.\.\.$/.test(line)) continue;
    return line;
  }
  return null;
}

function stripTrailingPunctuation(line: string): string {
  return line.replace(/[\s:.…>»›]+$/u, '');
}
