// `vnextract extract`: inputs → records, to stdout or files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { toStderr as chalk } from './colour.js';
import { listInputs } from '../ingest/inputs.js';
import { extractorTypes, type AnyRecord, type ArticleRecord, type ErrorRecord, type ExtractorType } from '../schema/records.js';
import type { ReportArticle } from '../output/report/build.js';
import { removeStaleTemporaryFiles, removeTemporaryFiles, writeFileAtomic } from '../output/atomic.js';
import { encodeRecords } from '../output/encode.js';
import { CsvSink, JsonlSink, JsonSink, XlsxSink, fileTarget, stdoutTarget, type RecordSink } from '../output/sinks.js';
import { runExtraction, type RunSummary } from '../pipeline/run.js';
import { Plan } from '../pipeline/plan.js';
import { loadLexicon } from './lexicon-file.js';
import { EXIT_INPUT_FAILED, EXIT_OK, EXIT_PARTIAL, UsageError } from './main.js';
import { ProgressLine } from './progress.js';
import { readStdin } from './stdin.js';
import { availableParallelism } from 'node:os';
import { parseShard, shardOf } from '../pipeline/shard.js';

export interface ExtractOptions {
  format: 'jsonl' | 'json' | 'csv' | 'xlsx';
  out?: string;
  types: string;
  bom?: boolean;
  lexicon?: string;
  maxFileSize: string;
  quiet?: boolean;
  progress: boolean;
  jobs?: string;
  shard?: string;
  report?: string;
  /** commander's `--no-formula-guard`: false turns the guard off. */
  formulaGuard?: boolean;
}

export function parseTypes(list: string): ExtractorType[] {
  const types = list.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types.filter((t) => !(extractorTypes as readonly string[]).includes(t));
  if (unknown.length > 0) {
    throw new UsageError(`unknown record type ${unknown.map((t) => `"${t}"`).join(', ')} in --types (choose from ${extractorTypes.join(', ')})`);
  }
  return extractorTypes.filter((t) => types.includes(t));
}

export async function extractCommand(inputs: string[], options: ExtractOptions): Promise<number> {
  const types = parseTypes(options.types);
  const maxMb = Number(options.maxFileSize);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-file-size must be a positive number of MB, not "${options.maxFileSize}"`);
  // `--out -` is standard output, as `-` is for the inputs (never a file named `-`).
  if (options.out === '-') {
    if (options.format === 'csv' || options.format === 'xlsx') throw new UsageError(`--format ${options.format} writes files: give a folder with --out, not - (standard output)`);
    options.out = undefined;
  }
  if (options.format === 'csv' && !options.out) throw new UsageError('--format csv writes several files: give a folder with --out DIR');
  if (options.format === 'xlsx' && !options.out) throw new UsageError('--format xlsx writes a workbook: give a folder (or a .xlsx file) with --out');
  const lexicon = await loadLexicon(options.lexicon);

  const listing = await listInputs(inputs);
  for (const problem of listing.problems) {
    const line = `${problem.path}: ${problem.reason}`;
    if (problem.severity === 'error') process.stderr.write(`${chalk.red('error')} ${line}\n`);
    else if (!options.quiet) process.stderr.write(`${chalk.yellow('notice')} ${line}\n`);
  }
  const inputErrors = listing.problems.filter((p) => p.severity === 'error');
  if (listing.sources.length === 0 && inputErrors.length === 0) throw new UsageError('no .txt, .html or .htm article found in the inputs');

  // A few output paths are checked against every input: a scan, not an index of a corpus
  // that can hold millions of files (the file name rejects nearly all of them).
  const isInput = (file: string) => listing.sources.containsFile(path.resolve(file));
  if (options.report && isInput(options.report)) {
    throw new UsageError(`refusing to write the report over the input file ${options.report}`);
  }
  // Ctrl-C or a kill: the destination stays as it was, and no temporary file is left.
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemporaryFiles();
    process.stderr.write(`vnextract: stopped by ${signal}; no output file was changed\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const sink = await openSink(options, isInput);
  const reportArticles: ReportArticle[] = [];
  const collect = options.report
    ? (records: AnyRecord[], text: string | null) => {
        const article = records.find((r): r is ArticleRecord => r.type === 'article') ?? null;
        const first = records[0];
        const id = article?.id ?? (first && 'article_id' in first ? String(first.article_id) : '');
        reportArticles.push({ article, id, text, records });
      }
    : undefined;
  const jobs = options.jobs === undefined ? availableParallelism() : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${options.jobs}"`);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  let planned = await Plan.of(listing.sources, readStdin);
  if (shard) planned = planned.filterIds((id) => shardOf(id, shard.count) === shard.index);
  const showProgress = options.progress && !options.quiet && process.stderr.isTTY === true;
  const progress = showProgress ? new ProgressLine() : null;
  let summary: RunSummary;
  const inputErrorRecords = inputErrors.map((problem): ErrorRecord => ({ type: 'error', article_id: null, path: problem.path, stage: 'read', reason: problem.reason }));
  try {
    if (inputErrorRecords.length > 0) await sink.write(encodeRecords(options.format, inputErrorRecords, { formulaGuard: options.formulaGuard !== false }));
    summary = await runExtraction(planned, sink, {
      types,
      lexicon,
      maxFileSize: maxMb * 1024 * 1024,
      jobs,
      format: options.format,
      formulaGuard: options.formulaGuard !== false,
      collect,
      onArticle: progress ? (done, total) => progress.update(done, total) : undefined,
    });
    progress?.clear();
    await sink.close();
    if (options.report) {
      const { buildReport } = await import('../output/report/build.js');
      const errors = [...inputErrorRecords, ...reportArticles.flatMap((a) => a.records.filter((r): r is ErrorRecord => r.type === 'error'))];
      const html = buildReport({ title: 'vnextract review', generated: new Date().toISOString().slice(0, 19).replace('T', ' '), articles: reportArticles, errors, warnings: summary.warnings });
      await writeFileAtomic(options.report, html);
    }
  } catch (err) {
    progress?.clear();
    await sink.abort();
    throw err;
  }
  summary.failedInputs += inputErrors.length;
  summary.counts.error += inputErrors.length;
  reportSummary(summary, options);
  return summary.failedInputs > 0 ? EXIT_INPUT_FAILED : summary.partialInputs > 0 ? EXIT_PARTIAL : EXIT_OK;
}

async function openSink(options: ExtractOptions, isInput: (file: string) => boolean): Promise<RecordSink> {
  const refuseInput = (file: string) => {
    if (isInput(file)) throw new UsageError(`refusing to write output over the input file ${file}`);
  };
  if (options.format === 'csv') {
    const dir = options.out!;
    await makeFolder(dir, `--out ${dir}`);
    for (const name of ['articles', 'indicators', 'officials', 'decrees', 'errors']) refuseInput(path.join(dir, `${name}.csv`));
    removeStaleTemporaryFiles(dir);
    return opened(new CsvSink(dir, options.bom === true), dir);
  }
  if (options.format === 'xlsx') {
    const out = options.out!;
    const file = /\.xlsx$/i.test(out) ? out : path.join(out, 'records.xlsx');
    await makeFolder(path.dirname(path.resolve(file)), `--out ${out}`);
    refuseInput(file);
    removeStaleTemporaryFiles(path.dirname(path.resolve(file)));
    return opened(new XlsxSink(file), out);
  }
  let target = stdoutTarget();
  if (options.out) {
    let file = options.out;
    const isDir = file.endsWith('/') || (await fs.stat(file).then((s) => s.isDirectory(), () => false));
    if (isDir) {
      await makeFolder(file, `--out ${options.out}`);
      file = path.join(file, `records.${options.format}`);
    } else {
      await makeFolder(path.dirname(path.resolve(file)), `--out ${options.out}`);
    }
    refuseInput(file);
    removeStaleTemporaryFiles(path.dirname(path.resolve(file)));
    target = fileTarget(file) as typeof target;
    return opened(options.format === 'json' ? new JsonSink(target) : new JsonlSink(target), options.out);
  }
  return options.format === 'json' ? new JsonSink(target) : new JsonlSink(target);
}

/** A sink opened at once, or a one-line reason naming the user's `--out` (and nothing left behind). */
async function opened<T extends RecordSink>(sink: T, out: string): Promise<T> {
  try {
    await sink.open?.();
    return sink;
  } catch (err) {
    await sink.abort();
    throw new UsageError(`cannot write --out ${out}: ${describeFsError(err)}`);
  }
}

/** Create a folder (and its parents) or say in one line why it cannot be, naming the user's path. */
async function makeFolder(dir: string, what: string): Promise<void> {
  // Level by level rather than `mkdir -p`: Node's recursive mkdir loops for ever under /proc.
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    const stat = await fs.stat(at).catch((err: NodeJS.ErrnoException) => err);
    if (!(stat instanceof Error)) {
      if (!stat.isDirectory()) throw new UsageError(`cannot create the folder of ${what}: a part of the path is a file, not a folder (${at})`);
      break;
    }
    if (stat.code !== 'ENOENT') throw new UsageError(`cannot create the folder of ${what}: ${describeFsError(stat)}`);
    const parent = path.dirname(at);
    if (parent === at) break;
    missing.push(at);
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      await fs.mkdir(folder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && (await fs.stat(folder).then((s) => s.isDirectory(), () => false))) continue;
      throw new UsageError(`cannot create the folder of ${what}: ${describeFsError(err)}`);
    }
  }
}

/** A file-system error in words, without the temporary names the user never gave. */
function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const place = e.path && !path.basename(e.path).startsWith('.vnextract-tmp-') ? ` (${e.path})` : '';
  switch (e.code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return `a part of the path is a file, not a folder${place}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied${place}`;
    case 'ENOENT':
      return `the folder does not exist or cannot hold files${place}`;
    case 'EROFS':
      return `read-only file system${place}`;
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return e.message ?? String(err);
  }
}

function reportSummary(summary: RunSummary, options: ExtractOptions): void {
  for (const line of summary.errors) process.stderr.write(`${chalk.red('error')} ${line}\n`);
  for (const w of summary.warnings) {
    if (!options.quiet) process.stderr.write(`${chalk.yellow('warning')} ${w.article_id} @${w.start}: ${w.message}\n`);
  }
  if (options.quiet) return;
  const c = summary.counts;
  const parts = [
    `${summary.files} files`,
    `${summary.articles} articles`,
    `${c.indicator} indicators`,
    `${c.official} officials`,
    `${c.decree} decrees`,
    c.error > 0 ? chalk.red(`${c.error} errors`) : chalk.green('0 errors'),
    summary.partialInputs > 0 ? chalk.yellow(`${summary.partialInputs} read only in part`) : null,
    summary.warnings.length > 0 ? chalk.yellow(`${summary.warnings.length} warnings`) : null,
    `${summary.seconds.toFixed(2)} s`,
  ].filter(Boolean);
  process.stderr.write(`${chalk.bold('vnextract')} ${parts.join(' · ')}\n`);
}
