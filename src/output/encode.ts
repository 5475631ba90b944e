// Records → the bytes of an output format, as a pure function. Worker threads encode their
// own articles so the main thread only concatenates strings in input order.
import { createRequire } from 'node:module';
import type { AnyRecord, OfficialRecord } from '../schema/records.js';
import { CSV_TABLES, csvColumns, type CsvColumn, type CsvTable } from '../schema/tables.js';
import { cellOf } from './csv-cells.js';

/** csv-stringify, loaded at the first CSV written: a JSONL run needs none of it (~15 ms of each thread's start). */
const load = createRequire(import.meta.url);
const csv: { stringify: ((rows: unknown[][]) => string) | null } = { stringify: null };

/** Rows as CSV text (RFC 4180 quoting, by csv-stringify). */
export function csvText(rows: unknown[][]): string {
  csv.stringify ??= (load('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;
  return csv.stringify(rows);
}

export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'xlsx';

export type Encoded =
  | { format: 'jsonl'; text: string }
  | { format: 'csv'; tables: Partial<Record<CsvTable, string>> }
  | { format: 'json'; records: AnyRecord[] }
  | { format: 'xlsx'; records: AnyRecord[] };

export const TABLE_OF: Record<AnyRecord['type'], CsvTable> = {
  article: 'articles',
  indicator: 'indicators',
  official: 'officials',
  decree: 'decrees',
  error: 'errors',
};

let columnsCache: Map<CsvTable, CsvColumn[]> | null = null;
export function tableColumns(table: CsvTable): CsvColumn[] {
  columnsCache ??= new Map((Object.keys(CSV_TABLES) as CsvTable[]).map((t) => [t, csvColumns(t)]));
  return columnsCache.get(table)!;
}

/** One JSON line per record. */
function jsonLines(records: AnyRecord[]): string {
  const lines: string[] = [];
  for (const r of records) lines.push(jsonOf(r));
  lines.push('');
  return lines.join('\n');
}

export function encodeRecords(format: OutputFormat, records: AnyRecord[], options: { formulaGuard?: boolean } = {}): Encoded {
  const guard = options.formulaGuard !== false;
  if (format === 'jsonl') return { format, text: jsonLines(records) };
  if (format === 'json' || format === 'xlsx') return { format, records };
  const rowsByTable = new Map<CsvTable, unknown[][]>();
  for (const record of records) {
    const table = TABLE_OF[record.type];
    const columns = tableColumns(table);
    const rows = tableRows(record);
    const list = rowsByTable.get(table) ?? [];
    for (const row of rows) list.push(columns.map((c) => cellOf(row[c.name], c, guard)));
    rowsByTable.set(table, list);
  }
  const tables: Partial<Record<CsvTable, string>> = {};
  for (const [table, rows] of rowsByTable) tables[table] = csvText(rows);
  return { format, tables };
}

/** The rows of a table a record makes: one, or one per position for an official. */
export function tableRows(record: AnyRecord): Record<string, unknown>[] {
  return record.type === 'official' ? officialRows(record) : [record as unknown as Record<string, unknown>];
}

/** Officials are written one row per position; the record's own fields repeat on each row. */
function officialRows(record: OfficialRecord): Record<string, unknown>[] {
  return record.positions.map((p, index) => ({
    ...record,
    position_index: index,
    position_title: p.title,
    position_organization: p.organization,
    position_organization_full: p.organization_full,
    position_former: p.former,
  }));
}

/**
 * A record as JSON, with every number beyond 2^53 in exponent notation (`6.8e+19`): written
 * as digits it looks like an exact integer, which pandas cannot hold (`Value is too big`) and
 * JavaScript cannot keep exact. Such a figure also gets a plausibility warning.
 */
export function jsonOf(record: AnyRecord): string {
  const json = JSON.stringify(record);
  return 'value' in record && hasHugeNumber(record) ? hugeIntegersAsExponents(json) : json;
}

/** The same rewrite over any JSON text (the buffered `--format json` output). */
export function hugeIntegersAsExponents(json: string): string {
  return json.replace(/(?<=[:,[]\s*)-?\d{17,}(?=\s*[,}\]])/g, (digits) => {
    const n = Number(digits);
    return Math.abs(n) > Number.MAX_SAFE_INTEGER ? n.toExponential() : digits;
  });
}

function hasHugeNumber(record: AnyRecord): boolean {
  for (const value of Object.values(record)) if (typeof value === 'number' && Math.abs(value) > Number.MAX_SAFE_INTEGER) return true;
  return false;
}
