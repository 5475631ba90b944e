// Record → CSV cells. Text cells that a spreadsheet would run as a formula are neutralised
// with a leading apostrophe (OWASP's advice), and only those: a signed figure (`-0,49%`,
// `-71 độ`, `+2,2%`) is read as a value, never run, so it stays exactly as extracted and a
// figure's `text` equals its span. `--no-formula-guard` writes every cell as extracted.
import type { CsvColumn } from '../schema/tables.js';
import { lettered } from '../text/letters.js';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A signed number with at most a unit after it, and nothing a formula is made of. */
const SIGNED_FIGURE = lettered(/^[+-]\s?\d[\d.,]*(?:\s?%|\s[\p{L}][\p{L}\s/]*)?$/u);

export function neutraliseFormula(cell: string): string {
  if (!FORMULA_START.test(cell) || SIGNED_FIGURE.test(cell)) return cell;
  return `'${cell}`;
}

export function cellOf(value: unknown, column: CsvColumn, formulaGuard = true): string {
  if (value === null || value === undefined) return '';
  const text = (s: string) => (formulaGuard ? neutraliseFormula(s) : s);
  if (column.type === 'number' || column.type === 'integer') {
    return typeof value === 'number' ? numberCell(value) : text(String(value));
  }
  if (column.type === 'boolean') return value ? 'true' : 'false';
  return text(String(value));
}

/**
 * Plain decimal notation, so spreadsheets read it as a number; beyond 2^53 exponent notation
 * (`6.8e+19`), which every reader takes for the floating-point number it is.
 */
function numberCell(value: number): string {
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return value.toExponential();
  if (Number.isInteger(value) || Math.abs(value) >= 1e-6) return String(value);
  return value.toFixed(12).replace(/0+$/, '');
}
