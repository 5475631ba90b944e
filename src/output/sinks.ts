// Record sinks: JSONL (streamed), JSON (buffered: one object needs every record), and CSV
// (one streamed file per record type plus datapackage.json). Files are atomic.
import path from 'node:path';
import type { AnyRecord } from '../schema/records.js';
import { SCHEMA_VERSION } from '../schema/records.js';
import { CSV_TABLES, datapackage, type CsvTable } from '../schema/tables.js';
import { AtomicFile, writeFileAtomic } from './atomic.js';
import { csvText, hugeIntegersAsExponents, TABLE_OF, tableColumns, type Encoded } from './encode.js';

export interface RecordSink {
  /** Open the destination: rejects at once when it cannot be written. */
  open?(): Promise<void>;
  /** Write the encoded records of one article (see encode.ts). */
  write(encoded: Encoded): Promise<void>;
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
  /** Resolves when the target can be written (a file is open). */
  ready?(): Promise<void>;
}

export function stdoutTarget(stream: NodeJS.WritableStream = process.stdout): TextTarget {
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (stream.write(chunk)) resolve();
        else {
          const onError = (err: Error) => {
            stream.off('drain', onDrain);
            reject(err);
          };
          const onDrain = () => {
            stream.off('error', onError);
            resolve();
          };
          stream.once('drain', onDrain);
          stream.once('error', onError);
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
  async open(): Promise<void> {
    await this.target.ready?.();
  }
  async write(encoded: Encoded): Promise<void> {
    if (encoded.format === 'jsonl' && encoded.text) await this.target.write(encoded.text);
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
  async open(): Promise<void> {
    await this.target.ready?.();
  }
  async write(encoded: Encoded): Promise<void> {
    if (encoded.format !== 'json') return;
    for (const record of encoded.records) this.groups[TABLE_OF[record.type]].push(record);
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
    await this.target.write(hugeIntegersAsExponents(JSON.stringify(body, null, 2)) + '\n');
    await this.target.commit();
  }
  abort(): Promise<void> {
    return this.target.abort();
  }
}

export class CsvSink implements RecordSink {
  private readonly files = new Map<CsvTable, { file: AtomicFile }>();

  constructor(
    private readonly dir: string,
    private readonly bom: boolean,
  ) {}

  /** Every table is written, header only when empty, so a dataset always has its files. */
  async open(): Promise<void> {
    for (const table of Object.keys(CSV_TABLES) as CsvTable[]) {
      const file = new AtomicFile(path.join(this.dir, `${table}.csv`));
      this.files.set(table, { file });
      await file.ready();
      await file.write((this.bom ? '\ufeff' : '') + csvText([tableColumns(table).map((c) => c.name)]));
    }
  }

  async write(encoded: Encoded): Promise<void> {
    if (encoded.format !== 'csv') return;
    for (const [table, text] of Object.entries(encoded.tables) as Array<[CsvTable, string]>) {
      if (text) await this.files.get(table)!.file.write(text);
    }
  }

  async close(): Promise<void> {
    for (const { file } of this.files.values()) await file.commit();
    const pkg = datapackage(Object.keys(CSV_TABLES) as CsvTable[], { bom: this.bom });
    await writeFileAtomic(path.join(this.dir, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');
  }

  async abort(): Promise<void> {
    for (const { file } of this.files.values()) await file.abort();
  }
}

/** `--format xlsx`: the whole run in memory (as for JSON), one workbook written atomically at the end. */
export class XlsxSink implements RecordSink {
  private readonly byTable = new Map<CsvTable, AnyRecord[]>();
  private readonly file: AtomicFile;

  constructor(destination: string) {
    this.file = new AtomicFile(destination);
  }
  async open(): Promise<void> {
    await this.file.ready();
  }
  async write(encoded: Encoded): Promise<void> {
    if (encoded.format !== 'xlsx') return;
    for (const record of encoded.records) {
      const table = TABLE_OF[record.type];
      const list = this.byTable.get(table) ?? [];
      list.push(record);
      this.byTable.set(table, list);
    }
  }
  async close(): Promise<void> {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const { workbookSheets } = await import('./xlsx.js');
    // The library's types ask for its own cell shape; ours is that shape, narrowed.
    const buffer = await writeXlsxFile(workbookSheets(this.byTable) as unknown as Parameters<typeof writeXlsxFile>[0] & never[]).toBuffer();
    await this.file.writeBytes(buffer);
    await this.file.commit();
  }
  abort(): Promise<void> {
    return this.file.abort();
  }
}
