// Number literals in the Vietnamese convention: `.` groups thousands, `,` is the decimal
// mark (`2.230.000` → 2230000, `80,98` → 80.98, `1.234,5` → 1234.5).
//
// Ambiguous forms, and which way they go:
// - `1.234` (one dot, exactly three digits after) → 1234: in Vietnamese text a dot before
//   three digits is a thousands separator far more often than a decimal point.
// - `1,234` (one comma) → 1.234: the comma is the Vietnamese decimal mark.
// - `1,234,567` (several comma groups of three) → 1234567: only the international
//   thousands style can have two commas, so that reading is unambiguous.
// - `1,234.5` → 1234.5 (international, unambiguous because both marks appear in that order).
// - `9.8`, `4.0` (one dot, not three digits after) → 9.8 / 4.0 as a decimal; dates and
//   labels written this way are masked before numbers are read (see quantities.ts).

export function parseNumberLiteral(literal: string): number | null {
  const s = literal.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  return null;
}

const DIGITS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

/** Words that can appear inside a spelled-out number. */
export const NUMBER_WORDS = new Set([...Object.keys(DIGITS), 'mười', 'mươi', 'trăm', 'linh', 'lẻ']);

/**
 * A spelled-out number below one thousand: `hai mươi lăm` → 25, `một trăm linh năm` → 105,
 * `mười` → 10, `ba mươi mốt` → 31. Returns null for anything that is not one.
 */
export function parseSpelledNumber(words: string[]): number | null {
  if (words.length === 0) return null;
  let value = 0;
  let pending: number | null = null;
  let previous = '';
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w in DIGITS) {
      if (pending !== null) return null;
      // `mốt`, `lăm`, `tư` stand for 1, 5, 4 only after a tens word.
      if ((w === 'mốt' || w === 'lăm' || w === 'tư') && previous !== 'mươi' && previous !== 'mười') return null;
      pending = DIGITS[w]!;
    } else if (w === 'trăm') {
      if (pending === null) return null;
      value += pending * 100;
      pending = null;
    } else if (w === 'mươi') {
      if (pending === null || pending < 2) return null;
      value += pending * 10;
      pending = null;
    } else if (w === 'mười') {
      if (pending !== null) return null;
      value += 10;
    } else if (w === 'linh' || w === 'lẻ') {
      if (previous !== 'trăm') return null;
    } else return null;
    previous = w;
  }
  return value + (pending ?? 0);
}
