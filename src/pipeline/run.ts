// A whole run: read each source in article-id order, process it, stream its records to
// the sink. One bad file becomes an error record; the batch always goes on.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { describeFsError, sourcePath } from '../ingest/inputs.js';
import { loadHtmlParser } from '../text/html.js';
import type { RecordSink } from '../output/sinks.js';
import { encodeRecords, type Encoded, type OutputFormat } from '../output/encode.js';
import type { AnyRecord, ErrorRecord, ExtractorType } from '../schema/records.js';
import type { Lexicon } from '../vocab/lexicon.js';
import type { Warning } from './document.js';
import { processArticles, type ArticleInput, type ArticleOutput } from './process.js';
import type { Plan, PlannedSource } from './plan.js';
import { StageTimer, type StageName } from './stages.js';
import { HeapKeeper, IN_PROCESS_COLLECT_EVERY, WORKER_COLLECT_EVERY } from './heap.js';
import type { ArticleReply, WorkerInit, WorkerReply, WorkerTask } from './worker.js';
import { poolWorkers } from './workers.js';

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export interface RunOptions {
  types: readonly ExtractorType[];
  lexicon: Lexicon;
  maxFileSize: number;
  timer?: StageTimer;
  onArticle?: (done: number, total: number) => void;
  /** Worker threads; 1 processes in this thread. */
  jobs?: number;
  /** The sink's format: articles are encoded where they are processed. */
  format: OutputFormat;
  /** CSV: neutralise cells a spreadsheet would run as a formula (default true). */
  formulaGuard?: boolean;
  /** Receives every article's records and normalised text (for the review page), in input order. */
  collect?: (records: AnyRecord[], text: string | null) => void;
  readStdin?: () => Promise<Uint8Array>;
}

export interface RunSummary {
  files: number;
  articles: number;
  counts: Record<'indicator' | 'official' | 'decree' | 'error', number>;
  warnings: Warning[];
  /** One line per error record, in input order. */
  errors: string[];
  failedInputs: number;
  /** Inputs read only in part (an HTML page whose body was not found). */
  partialInputs: number;
  seconds: number;
}

/**
 * The bytes of one source. Synchronous on purpose: one small file at a time, in the thread
 * that processes it; the promise API costs more than the read on news-sized files.
 */
export function readSource(planned: PlannedSource, maxFileSize: number): Uint8Array {
  if (planned.bytes) return planned.bytes;
  if (planned.source.kind !== 'file') throw new Error('stdin was not read');
  // One path lookup: open, then check the open file (fstat) before reading it. Non-blocking,
  // so that a FIFO among the inputs is refused rather than waited on.
  const fd = openSync(sourcePath(planned.source), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > maxFileSize) {
      throw new Error(`file is ${formatBytes(stat.size)}, over the --max-file-size limit of ${formatBytes(maxFileSize)}`);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

export function readErrorReason(err: unknown): string {
  if (err instanceof Error && 'code' in err) return describeFsError(err);
  return err instanceof Error ? err.message : String(err);
}

function readError(item: PlannedSource, reason: string): ErrorRecord {
  return {
    type: 'error',
    article_id: item.id,
    path: item.source.kind === 'file' ? item.source.relPath : '-',
    stage: 'read',
    reason,
  };
}

export async function runExtraction(
  planned: Plan,
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
    errors: [],
    failedInputs: 0,
    partialInputs: 0,
    seconds: 0,
  };
  let done = 0;
  /** One article's records, in input order: counted, then streamed to the sink. */
  const consume = async (tally: ArticleTally, encoded: Encoded, warnings: Warning[]) => {
    for (const w of warnings) summary.warnings.push(w);
    for (const e of tally.errors) summary.errors.push(e);
    summary.articles += tally.articles;
    for (const key of Object.keys(summary.counts) as Array<keyof RunSummary['counts']>) summary.counts[key] += tally.counts[key];
    if (tally.failed) summary.failedInputs++;
    if (tally.partial) summary.partialInputs++;
    const writeStart = performance.now();
    await sink.write(encoded);
    timer.add('write', performance.now() - writeStart);
    options.onArticle?.(++done, planned.length);
  };

  const jobs = Math.max(1, Math.min(options.jobs ?? 1, planned.length));
  if (jobs > 1) await runInWorkers(planned, options, jobs, timer, consume);
  else await runInProcess(planned, options, timer, consume);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function hasHtml(planned: Plan): boolean {
  for (let k = 0; k < planned.length; k++) if (planned.formatAt(k) === 'html') return true;
  return false;
}

type Consumer = (tally: ArticleTally, encoded: Encoded, warnings: Warning[]) => Promise<void>;

export interface ArticleTally {
  articles: number;
  counts: RunSummary['counts'];
  failed: boolean;
  /** Read, but only in part: an error record follows the article record. */
  partial: boolean;
  /** One line per error record (`path: reason`), for the run's messages. */
  errors: string[];
}

export function tallyRecords(records: AnyRecord[]): ArticleTally {
  const tally: ArticleTally = { articles: 0, counts: { indicator: 0, official: 0, decree: 0, error: 0 }, failed: records[0]?.type === 'error', partial: false, errors: [] };
  for (const record of records) {
    if (record.type === 'article') tally.articles++;
    else tally.counts[record.type]++;
    if (record.type === 'error' && record !== records[0]) tally.partial = true;
    // A page read in part is told by its warning; every other error gets a line of its own.
    if (record.type === 'error' && record.stage !== 'clean') tally.errors.push(`${record.path ?? (record.article_id?.startsWith('stdin-') ? 'stdin' : record.article_id) ?? 'input'}: ${record.reason}`);
  }
  return tally;
}

/** Count and encode one article's records (in whichever thread processed it). */
export function finishArticle(records: AnyRecord[], format: OutputFormat, timer: StageTimer, formulaGuard = true): { tally: ArticleTally; encoded: Encoded } {
  const tally = tallyRecords(records);
  const encoded = timer.time('write', () => encodeRecords(format, records, { formulaGuard }));
  return { tally, encoded };
}

/**
 * Articles are processed in batches (see processArticles): up to this many, or until their
 * bytes reach BATCH_BYTES, so a batch of large pages stays small in memory.
 */
export const BATCH_ARTICLES = 64;
const BATCH_BYTES = 2 * 1024 * 1024;

async function runInProcess(planned: Plan, options: RunOptions, timer: StageTimer, consume: Consumer): Promise<void> {
  const heap = new HeapKeeper(IN_PROCESS_COLLECT_EVERY);
  if (hasHtml(planned)) await loadHtmlParser();
  const init: BatchInit = { types: options.types, lexicon: options.lexicon, format: options.format, formulaGuard: options.formulaGuard !== false, collect: options.collect !== undefined };
  for (let k = 0; k < planned.length; ) {
    const batch: ReadArticle[] = [];
    let bytes = 0;
    for (; k < planned.length && batch.length < BATCH_ARTICLES && bytes < BATCH_BYTES; k++) {
      const read = readArticle(k, planned.get(k), options.maxFileSize);
      batch.push(read);
      if ('input' in read) bytes += read.input.bytes.length;
    }
    for (const reply of processBatch(batch, init, heap, timer)) {
      if (reply.ok) {
        options.collect?.(reply.records ?? [], reply.text ?? null);
        await consume(reply.tally, reply.encoded, reply.warnings);
      } else {
        const records = [readError(planned.get(reply.index), reply.reason)];
        options.collect?.(records, null);
        const done = finishArticle(records, options.format, timer, options.formulaGuard !== false);
        await consume(done.tally, done.encoded, []);
      }
    }
  }
}

type BatchInit = Pick<WorkerInit, 'lexicon' | 'format' | 'formulaGuard'> & { types: readonly ExtractorType[]; collect?: boolean };

/** A planned article read into its bytes, or why it could not be. */
export type ReadArticle = { index: number; input: ArticleInput } | { index: number; reason: string };

export function readArticle(index: number, item: PlannedSource, maxFileSize: number): ReadArticle {
  try {
    const bytes = readSource(item, maxFileSize);
    return { index, input: { id: item.id, path: item.source.kind === 'file' ? item.source.relPath : null, bytes, format: item.format } };
  } catch (err) {
    return { index, reason: readErrorReason(err) };
  }
}

/**
 * Read articles processed as one batch where this runs (this thread, a worker, or the main
 * thread of a pool): one reply each, in order; a file that could not be read is a reply of
 * its own.
 */
export function processBatch(batch: readonly ReadArticle[], init: BatchInit, heap: HeapKeeper, timer: StageTimer): ArticleReply[] {
  const read = batch.filter((a): a is { index: number; input: ArticleInput } => 'input' in a);
  const options = { types: init.types, lexicon: init.lexicon, timer };
  // Each stage stops only the article that fails in it; should anything else throw, the
  // articles go again one by one, so that it stops only its own.
  let outputs: Array<ArticleOutput | Error>;
  try {
    outputs = processArticles(read.map((a) => a.input), options);
  } catch {
    outputs = read.map((a) => {
      try {
        return processArticles([a.input], options)[0]!;
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    });
  }
  const replies = new Map<number, ArticleReply>();
  outputs.forEach((output, j) => {
    const { index, input } = read[j]!;
    heap.processed(input.bytes.length);
    if (output instanceof Error) {
      replies.set(index, { index, ok: false, reason: output.message });
      return;
    }
    const { tally, encoded } = finishArticle(output.records, init.format, timer, init.formulaGuard);
    const reply: ArticleReply = { index, ok: true, tally, encoded, warnings: output.warnings, stages: [] };
    if (init.collect) {
      reply.records = output.records;
      reply.text = output.document?.text ?? null;
    }
    replies.set(index, reply);
  });
  return batch.map((a) => ('reason' in a ? { index: a.index, ok: false, reason: a.reason } : replies.get(a.index)!));
}

/**
 * Planned articles, read and processed as one batch where this runs (a worker, or the main
 * thread of a pool). The batch's stage times ride on its first reply.
 */
export async function processPlanned(items: ReadonlyArray<{ index: number; item: PlannedSource }>, init: WorkerInit, heap: HeapKeeper): Promise<ArticleReply[]> {
  if (items.some(({ item }) => item.format === 'html')) await loadHtmlParser();
  const timer = new StageTimer();
  const replies = processBatch(items.map(({ index, item }) => readArticle(index, item, init.maxFileSize)), init, heap, timer);
  const first = replies.find((r) => r.ok);
  if (first?.ok) first.stages = [...timer.totals];
  return replies;
}

/**
 * A pool: `jobs - 1` worker threads and the main thread, which processes articles too between
 * taking the workers' replies (one isolate fewer to start, warm up and hold in memory than
 * `jobs` workers beside an idle main thread). Records are written strictly in input order
 * (a reorder window bounds memory), so the output is byte-identical to a one-job run.
 */
async function runInWorkers(planned: Plan, options: RunOptions, jobs: number, timer: StageTimer, consume: Consumer): Promise<void> {
  const init: WorkerInit = { types: [...options.types], lexicon: options.lexicon, maxFileSize: options.maxFileSize, format: options.format, formulaGuard: options.formulaGuard !== false, collect: options.collect !== undefined };
  const workerCount = jobs - 1;
  const workers = poolWorkers(workerCount, init);
  const heap = new HeapKeeper(WORKER_COLLECT_EVERY);
  // Articles go out in batches: one message per article costs a thread wake-up each, and on
  // a busy machine the sender is often descheduled for it (measured: ~0.1 ms per message);
  // each batch is processed stage by stage (processArticles). Batches of 32 rather than 16,
  // and the main thread's share in batches too: --jobs 2 over the bulk corpus 3.4 → 3.0 s.
  const batchSize = Math.max(1, Math.min(32, Math.ceil(planned.length / (jobs * 4))));
  const perWorker = 2;
  // The main thread may run this far ahead of the oldest article not yet written. A worker's
  // batch lands whole, so with room for only its own batches in flight the main thread sat
  // idle waiting for it (628 ms of a 4.6 s run over the bulk corpus, `--cpu-prof`); four times
  // that room keeps it busy (`--jobs 2`, five alternate runs each: median 4.36 → 3.92 s) and
  // holds at most a few hundred articles' encoded records. With batches of 32, twice the room
  // is as many articles (peak RSS over the bulk corpus 196 → 188 MB, no slower).
  const window = jobs * perWorker * batchSize * 2;
  const busy = new Array<number>(workerCount).fill(0);
  const results = new Map<number, ArticleReply>();
  let dispatched = 0;
  let written = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let writing = false;
      let localScheduled = false;
      const room = () => dispatched < planned.length && dispatched - written < window;
      const pump = () => {
        for (let w = 0; w < workerCount; w++) {
          while (busy[w]! < perWorker && room()) {
            const items: WorkerTask['items'] = [];
            for (; items.length < batchSize && dispatched < planned.length; dispatched++) items.push({ index: dispatched, item: planned.get(dispatched) });
            const task: WorkerTask = { items };
            workers[w]!.postMessage(task);
            busy[w]!++;
          }
        }
        scheduleLocal();
      };
      // The main thread's share: one batch per turn of the event loop, so that the workers'
      // replies are taken, and records written, in between.
      const scheduleLocal = () => {
        if (localScheduled || !room()) return;
        localScheduled = true;
        setImmediate(() => {
          localScheduled = false;
          if (!room()) return;
          const items: WorkerTask['items'] = [];
          for (; items.length < batchSize && room(); dispatched++) items.push({ index: dispatched, item: planned.get(dispatched) });
          processPlanned(items, init, heap)
            .then((replies) => {
              for (const reply of replies) results.set(reply.index, reply);
              pump();
              return drain();
            })
            .catch(reject);
        });
      };
      const drain = async () => {
        if (writing) return;
        writing = true;
        while (results.has(written)) {
          const reply = results.get(written)!;
          results.delete(written);
          const index = written;
          written++;
          if (reply.ok) {
            timer.merge(reply.stages as Array<[StageName, number]>);
            if (options.collect) options.collect(reply.records ?? [], reply.text ?? null);
            await consume(reply.tally, reply.encoded, reply.warnings);
          } else {
            const records = [readError(planned.get(index), reply.reason)];
            options.collect?.(records, null);
            const done = finishArticle(records, options.format, timer, options.formulaGuard !== false);
            await consume(done.tally, done.encoded, []);
          }
          pump();
        }
        writing = false;
        if (written === planned.length) resolve();
      };
      workers.forEach((worker, w) => {
        worker.on('message', (reply: WorkerReply) => {
          busy[w]!--;
          for (const article of reply.articles) results.set(article.index, article);
          pump();
          drain().catch(reject);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && written < planned.length) reject(new Error(`extraction worker stopped with code ${code}`));
        });
      });
      pump();
      if (planned.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
