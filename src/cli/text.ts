// `vnextract text`: the cleaned text of each article, the exact string every record's offsets
// point into, so a user can see what was read (and what of a page was not).
import { toStderr as chalk } from './colour.js';
import { listInputs } from '../ingest/inputs.js';
import { Plan } from '../pipeline/plan.js';
import { readErrorReason, readSource } from '../pipeline/run.js';
import { buildDocument } from '../pipeline/process.js';
import { loadHtmlParser } from '../text/html.js';
import { EXIT_INPUT_FAILED, EXIT_OK, EXIT_PARTIAL, UsageError } from './main.js';
import { readStdin } from './stdin.js';

export interface TextOptions {
  format: 'text' | 'jsonl';
  maxFileSize: string;
  quiet?: boolean;
}

export async function textCommand(inputs: string[], options: TextOptions): Promise<number> {
  const maxMb = Number(options.maxFileSize);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-file-size must be a positive number of MB, not "${options.maxFileSize}"`);
  const listing = await listInputs(inputs);
  let failed = 0;
  for (const problem of listing.problems) {
    const line = `${problem.path}: ${problem.reason}`;
    if (problem.severity === 'error') {
      failed++;
      process.stderr.write(`${chalk.red('error')} ${line}\n`);
    } else if (!options.quiet) process.stderr.write(`${chalk.yellow('notice')} ${line}\n`);
  }
  if (listing.sources.length === 0 && failed === 0) throw new UsageError('no .txt, .html or .htm article found in the inputs');
  const planned = await Plan.of(listing.sources, readStdin);
  let partial = 0;
  for (let k = 0; k < planned.length; k++) {
    const item = planned.get(k);
    const shown = item.source.kind === 'file' ? item.source.relPath : '-';
    let doc;
    try {
      if (item.format === 'html') await loadHtmlParser();
      const bytes = readSource(item, maxMb * 1024 * 1024);
      doc = buildDocument({ id: item.id, path: item.source.kind === 'file' ? item.source.relPath : null, bytes, format: item.format });
    } catch (err) {
      failed++;
      process.stderr.write(`${chalk.red('error')} ${shown}: ${readErrorReason(err)}\n`);
      continue;
    }
    if (doc.partial) {
      partial++;
      process.stderr.write(`${chalk.yellow('warning')} ${shown}: page read only in part: ${doc.partial}\n`);
    }
    if (options.format === 'jsonl') {
      process.stdout.write(JSON.stringify({ id: doc.id, path: doc.path, title: doc.title, published: doc.published, text: doc.text }) + '\n');
    } else {
      const head = [shown, doc.title, doc.published].filter(Boolean).join(' · ');
      process.stdout.write(`${k > 0 ? '\n' : ''}==> ${head} <==\n${doc.text}\n`);
    }
  }
  return failed > 0 ? EXIT_INPUT_FAILED : partial > 0 ? EXIT_PARTIAL : EXIT_OK;
}
