// A whole run: read each source in article-id order, process it, stream its records to
// the sink. One bad file becomes an error record; the batch always goes on.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SourceRef } from '../ingest/inputs.js';
import { describeFsError, compareCodeUnits } from '../ingest/inputs.js';
import { loadHtmlParser } from '../text/html.js';
import type { RecordSink } from '../output/sinks.js';
import type { AnyRecord, ErrorRecord, ExtractorType } from '../schema/records.js';
import type { Lexicon } from '../vocab/lexicon.js';
import type { Warning } from './document.js';
import { processArticle, sha256Hex, type ArticleInput } from './process.js';
import { StageTimer } from './stages.js';

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export interface RunOptions {
  types: readonly ExtractorType[];
  lexicon: Lexicon;
  maxFileSize: number;
  timer?: StageTimer;
  onArticle?: (done: number, total: number) => void;
  readStdin?: () => Promise<Uint8Array>;
}

export interface RunSummary {
  files: number;
  articles: number;
  counts: Record<'indicator' | 'official' | 'decree' | 'error', number>;
  warnings: Warning[];
  failedInputs: number;
  seconds: number;
}

export interface PlannedSource {
  source: SourceRef;
  id: string;
  format: 'txt' | 'html';
  /** For stdin, read up front: its id is a hash of its bytes. */
  bytes?: Uint8Array;
}

/** Article ids: the file name without extension; on a clash, the relative path without it. */
export async function planSources(sources: SourceRef[], readStdin: () => Promise<Uint8Array>): Promise<PlannedSource[]> {
  const planned: PlannedSource[] = [];
  const byBase = new Map<string, number>();
  for (const source of sources) {
    if (source.kind === 'file') {
      const base = stripExtension(path.basename(source.absPath));
      byBase.set(base, (byBase.get(base) ?? 0) + 1);
    }
  }
  for (const source of sources) {
    if (source.kind === 'stdin') {
      const bytes = await readStdin();
      const format = looksLikeHtml(bytes) ? 'html' : 'txt';
      planned.push({ source, id: `stdin-${sha256Hex(bytes).slice(0, 12)}`, format, bytes });
      continue;
    }
    const base = stripExtension(path.basename(source.absPath));
    const id = (byBase.get(base) ?? 0) > 1 ? stripExtension(source.relPath) : base;
    const ext = path.extname(source.absPath).toLowerCase();
    planned.push({ source, id, format: ext === '.html' || ext === '.htm' ? 'html' : 'txt' });
  }
  planned.sort((a, b) => compareCodeUnits(a.id, b.id));
  return planned;
}

function stripExtension(name: string): string {
  const ext = path.extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article)[\s>]/.test(head);
}

export async function readSource(planned: PlannedSource, maxFileSize: number): Promise<Uint8Array> {
  if (planned.bytes) return planned.bytes;
  if (planned.source.kind !== 'file') throw new Error('stdin was not read');
  const file = planned.source.absPath;
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size > maxFileSize) {
    throw new Error(`file is ${formatBytes(stat.size)}, over the --max-file-size limit of ${formatBytes(maxFileSize)}`);
  }
  return fs.readFile(file);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

export async function runExtraction(
  planned: PlannedSource[],
  sink: RecordSink,
  options: RunOptions,
): Promise<RunSummary> {
  const started = performance.now();
  const timer = options.timer ?? new StageTimer();
  const summary: RunSummary = {
    files: planned.length,
    articles: 0,
    counts: { indicator: 0, official: 0, decree: 0, error: 0 },
    warnings: [],
    failedInputs: 0,
    seconds: 0,
  };
  if (planned.some((p) => p.format === 'html')) await loadHtmlParser();

  let done = 0;
  // Read ahead: the next file is read while this one is processed.
  const read = (i: number) => {
    const promise = readSource(planned[i]!, options.maxFileSize);
    promise.catch(() => {}); // awaited below; never an unhandled rejection
    return promise;
  };
  let nextRead = planned.length > 0 ? read(0) : null;
  for (let index = 0; index < planned.length; index++) {
    const item = planned[index]!;
    const thisRead = nextRead!;
    nextRead = index + 1 < planned.length ? read(index + 1) : null;
    const displayPath = item.source.kind === 'file' ? item.source.relPath : '-';
    let records: AnyRecord[];
    try {
      const bytes = await thisRead;
      const input: ArticleInput = { id: item.id, path: item.source.kind === 'file' ? displayPath : null, bytes, format: item.format };
      const output = processArticle(input, { types: options.types, lexicon: options.lexicon, timer });
      records = output.records;
      summary.warnings.push(...output.warnings);
    } catch (err) {
      const error: ErrorRecord = {
        type: 'error',
        article_id: item.id,
        path: displayPath,
        stage: 'read',
        reason: err instanceof Error && 'code' in err ? describeFsError(err) : err instanceof Error ? err.message : String(err),
      };
      records = [error];
    }
    const writeStart = performance.now();
    for (const record of records) {
      if (record.type === 'article') summary.articles++;
      else summary.counts[record.type]++;
      await sink.write(record);
    }
    timer.add('write', performance.now() - writeStart);
    if (records[0]?.type === 'error') summary.failedInputs++;
    options.onArticle?.(++done, planned.length);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
