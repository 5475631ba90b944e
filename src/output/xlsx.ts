// `--format xlsx`: one workbook, one sheet per table, every cell typed from the table schema
// so a spreadsheet shows the data as extracted: ids, symbols, decree numbers and figure
// texts as text (`02` stays `02`, `7/10` is no date), values as numbers, dates as dates,
// the header row frozen. Text cells are never formulas in a workbook, so no guard is needed.
// Written with write-excel-file (one dependency, fflate): see the README for the choice.
import type { AnyRecord } from '../schema/records.js';
import { CSV_TABLES, type CsvColumn, type CsvTable } from '../schema/tables.js';
import { tableColumns, tableRows } from './encode.js';

type Cell = { value?: string | number | boolean | Date; type?: StringConstructor | NumberConstructor | BooleanConstructor | DateConstructor; format?: string; fontWeight?: 'bold' } | null;

/** Columns whose text is a calendar date or a time: written as dates. */
const DATE_COLUMNS = new Set(['published', 'issued']);

export function workbookSheets(recordsByTable: Map<CsvTable, AnyRecord[]>): Array<{ sheet: string; data: Cell[][]; stickyRowsCount: number; columns: Array<{ width: number }> }> {
  return (Object.keys(CSV_TABLES) as CsvTable[]).map((table) => {
    const columns = tableColumns(table);
    const header: Cell[] = columns.map((c) => ({ value: c.name, type: String, fontWeight: 'bold' }));
    const rows: Cell[][] = [header];
    for (const record of recordsByTable.get(table) ?? []) for (const row of tableRows(record)) rows.push(columns.map((c) => cellOf(row[c.name], c)));
    return { sheet: table, data: rows, stickyRowsCount: 1, columns: columns.map((c) => ({ width: widthOf(c) })) };
  });
}

function cellOf(value: unknown, column: CsvColumn): Cell {
  if (value === null || value === undefined) return null;
  if ((column.type === 'number' || column.type === 'integer') && typeof value === 'number') return { value, type: Number };
  if (column.type === 'boolean' && typeof value === 'boolean') return { value, type: Boolean };
  if (DATE_COLUMNS.has(column.name) && typeof value === 'string') {
    const date = dateOf(value);
    if (date) return { value: date.value, type: Date, format: date.withTime ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd' };
  }
  return { value: String(value), type: String };
}

/** `2020-01-14` → that day; `2025-01-06T08:22:00+07:00` → that wall-clock time (a sheet has no zones). */
function dateOf(value: string): { value: Date; withTime: boolean } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
  return Number.isNaN(date.getTime()) ? null : { value: date, withTime: m[4] !== undefined };
}

function widthOf(column: CsvColumn): number {
  if (column.name === 'sentence') return 80;
  if (/name|title|organization|subject|text|reason|path/.test(column.name)) return 30;
  return 14;
}
