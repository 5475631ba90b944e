// Record sinks: JSONL (streamed), JSON (buffered: one object needs every record), and CSV
// (one streamed file per record type plus datapackage.json). Files are atomic.
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { AnyRecord, OfficialRecord } from '../schema/records.js';
import { SCHEMA_VERSION } from '../schema/records.js';
import { CSV_TABLES, csvColumns, datapackage, type CsvColumn, type CsvTable } from '../schema/tables.js';
import { AtomicFile, writeFileAtomic } from './atomic.js';
import { cellOf } from './csv-cells.js';

export interface RecordSink {
  write(record: AnyRecord): Promise<void>;
  /** Finish and move every file into place. */
  close(): Promise<void>;
  /** Give up: remove temporary files, leave destinations untouched. */
  abort(): Promise<void>;
}

/** Writes to stdout, or atomically to a file. */
interface TextTarget {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function stdoutTarget(stream: NodeJS.WritableStream = process.stdout): TextTarget {
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (stream.write(chunk)) resolve();
        else {
          stream.once('drain', resolve);
          stream.once('error', reject);
        }
      }),
    commit: async () => {},
    abort: async () => {},
  };
}

export function fileTarget(file: string): TextTarget {
  return new AtomicFile(file);
}

export class JsonlSink implements RecordSink {
  constructor(private readonly target: TextTarget) {}
  write(record: AnyRecord): Promise<void> {
    return this.target.write(JSON.stringify(record) + '\n');
  }
  close(): Promise<void> {
    return this.target.commit();
  }
  abort(): Promise<void> {
    return this.target.abort();
  }
}

export class JsonSink implements RecordSink {
  private readonly groups = {
    articles: [] as AnyRecord[],
    indicators: [] as AnyRecord[],
    officials: [] as AnyRecord[],
    decrees: [] as AnyRecord[],
    errors: [] as AnyRecord[],
  };
  constructor(private readonly target: TextTarget) {}
  async write(record: AnyRecord): Promise<void> {
    this.groups[TABLE_OF[record.type]].push(record);
  }
  async close(): Promise<void> {
    const strip = (records: AnyRecord[]) => records.map(({ type: _type, ...rest }) => rest);
    const body = {
      schema_version: SCHEMA_VERSION,
      articles: strip(this.groups.articles),
      indicators: strip(this.groups.indicators),
      officials: strip(this.groups.officials),
      decrees: strip(this.groups.decrees),
      errors: strip(this.groups.errors),
    };
    await this.target.write(JSON.stringify(body, null, 2) + '\n');
    await this.target.commit();
  }
  abort(): Promise<void> {
    return this.target.abort();
  }
}

const TABLE_OF: Record<AnyRecord['type'], CsvTable> = {
  article: 'articles',
  indicator: 'indicators',
  official: 'officials',
  decree: 'decrees',
  error: 'errors',
};

export class CsvSink implements RecordSink {
  private readonly files = new Map<CsvTable, { file: AtomicFile; columns: CsvColumn[] }>();

  constructor(
    private readonly dir: string,
    private readonly bom: boolean,
  ) {}

  /** Every table is written, header only when empty, so a dataset always has its files. */
  async open(): Promise<void> {
    for (const table of Object.keys(CSV_TABLES) as CsvTable[]) {
      const columns = csvColumns(table);
      const file = new AtomicFile(path.join(this.dir, `${table}.csv`));
      await file.write((this.bom ? '\ufeff' : '') + stringify([columns.map((c) => c.name)]));
      this.files.set(table, { file, columns });
    }
  }

  async write(record: AnyRecord): Promise<void> {
    const entry = this.files.get(TABLE_OF[record.type])!;
    const rows = record.type === 'official' ? officialRows(record) : [record as unknown as Record<string, unknown>];
    await entry.file.write(stringify(rows.map((row) => entry.columns.map((c) => cellOf(row[c.name], c)))));
  }

  async close(): Promise<void> {
    for (const { file } of this.files.values()) await file.commit();
    const pkg = datapackage(Object.keys(CSV_TABLES) as CsvTable[]);
    await writeFileAtomic(path.join(this.dir, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');
  }

  async abort(): Promise<void> {
    for (const { file } of this.files.values()) await file.abort();
  }
}

/** One row per position; the record's own fields repeat on each row. */
function officialRows(record: OfficialRecord): Record<string, unknown>[] {
  return record.positions.map((p, index) => ({
    ...record,
    position_index: index,
    position_title: p.title,
    position_organization: p.organization,
    position_organization_full: p.organization_full,
  }));
}
