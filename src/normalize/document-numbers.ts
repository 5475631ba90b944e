// Document numbers (số ký hiệu): `52-NQ/TW`, `81/2014/QĐ-TTg`, `11248/UBND-THKH`,
// `24/2018/QH14`, `01-2020/NQ-CP`. They are never quantities, and the decree extractor
// reads them. Spaces inside a symbol are tolerated (`52 - NQ/TW`) and removed in `symbol`.
import { digitRunStarts, matchesAt } from './scan.js';
import { letterPattern } from '../text/letters.js';

export interface DocumentNumber {
  start: number;
  end: number;
  /** The whole symbol with spaces removed. */
  symbol: string;
  number: string;
  /** Year inside the symbol (`2014` in `81/2014/QĐ-TTg`), or null. */
  year: number | null;
  /** The code parts after the number and year: `['QĐ', 'TTg']`. */
  codes: string[];
}

// One code part: an upper-case letter, then letters, `&`, and at most two digits (`QH14`).
const PART = '[\\p{Lu}][\\p{L}&]*\\d{0,2}';
// After an en dash only a code in capitals goes on (`15/2016/TT – BXD`): `… NĐ-CP – Chính phủ …` is prose.
const DASHED_PART = '\\s?–\\s?[\\p{Lu}][\\p{Lu}&]{1,7}\\d{0,2}';
const SYMBOL = letterPattern(
  `(\\d{1,6}[a-z]?)(?:\\s?[/-]\\s?((?:19|20)\\d{2}))?\\s?[/-]\\s?(${PART}(?:\\s?[-/]\\s?${PART}|${DASHED_PART})*)(?![\\p{L}\\d])`,
  'uy',
);

/** Every symbol in `text`; `digits` are where its digit runs begin (a symbol begins at one). */
export function findDocumentNumbers(text: string, digits: readonly number[] = digitRunStarts(text)): DocumentNumber[] {
  const out: DocumentNumber[] = [];
  for (const m of matchesAt(text, SYMBOL, digits, 'number')) {
    const codes = m[3]!.split(/\s?[-–/]\s?/);
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      symbol: m[0].replace(/\s+/g, '').replace(/–/g, '-'),
      number: m[1]!,
      year: m[2] ? Number(m[2]) : null,
      codes,
    });
  }
  return out;
}
