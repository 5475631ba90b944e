// Record → CSV cells. Text cells that a spreadsheet would run as a formula are
// neutralised with a leading apostrophe (OWASP's advice); numeric cells are untouched.
import type { CsvColumn } from '../schema/tables.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function cellOf(value: unknown, column: CsvColumn): string {
  if (value === null || value === undefined) return '';
  if (column.type === 'number' || column.type === 'integer') {
    return typeof value === 'number' ? numberCell(value) : neutraliseFormula(String(value));
  }
  if (column.type === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(String(value));
}

/** Plain decimal notation (no exponent) up to 1e21, so spreadsheets read it as a number. */
function numberCell(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 1e-6) return String(value);
  return value.toFixed(12).replace(/0+$/, '');
}
