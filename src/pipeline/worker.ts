// A worker thread of the extraction pool: reads and processes the articles it is sent,
// returns their records. Everything it needs comes in its messages and workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { loadHtmlParser } from '../text/html.js';
import type { AnyRecord, ExtractorType } from '../schema/records.js';
import type { Lexicon } from '../vocab/lexicon.js';
import { processArticle } from './process.js';
import { finishArticle, readErrorReason, readSource, type ArticleTally, type PlannedSource } from './run.js';
import type { Encoded, OutputFormat } from '../output/encode.js';
import type { Warning } from './document.js';
import { StageTimer } from './stages.js';
import { HeapKeeper, WORKER_COLLECT_EVERY } from './heap.js';

export interface WorkerInit {
  types: ExtractorType[];
  lexicon: Lexicon;
  maxFileSize: number;
  format: OutputFormat;
  /** Send records and text back too (for the review page). */
  collect: boolean;
}

export interface WorkerTask {
  items: Array<{ index: number; item: PlannedSource }>;
}

export type ArticleReply =
  | { index: number; ok: true; tally: ArticleTally; encoded: Encoded; warnings: Warning[]; stages: Array<[string, number]>; records?: AnyRecord[]; text?: string | null }
  | { index: number; ok: false; reason: string };

export interface WorkerReply {
  articles: ArticleReply[];
}

const init = workerData as WorkerInit;
const heap = new HeapKeeper(WORKER_COLLECT_EVERY);

parentPort!.on('message', async (task: WorkerTask) => {
  const articles: ArticleReply[] = [];
  for (const { index, item } of task.items) articles.push(await processOne(index, item));
  const reply: WorkerReply = { articles };
  parentPort!.postMessage(reply);
});

async function processOne(index: number, item: PlannedSource): Promise<ArticleReply> {
  const timer = new StageTimer();
  try {
    if (item.format === 'html') await loadHtmlParser();
    const bytes = readSource(item, init.maxFileSize);
    const displayPath = item.source.kind === 'file' ? item.source.relPath : null;
    const output = processArticle(
      { id: item.id, path: displayPath, bytes, format: item.format },
      { types: init.types, lexicon: init.lexicon, timer },
    );
    heap.processed(bytes.length);
    const { tally, encoded } = finishArticle(output.records, init.format, timer);
    const reply: ArticleReply = { index, ok: true, tally, encoded, warnings: output.warnings, stages: [...timer.totals] };
    if (init.collect) {
      reply.records = output.records;
      reply.text = output.document?.text ?? null;
    }
    return reply;
  } catch (err) {
    return { index, ok: false, reason: readErrorReason(err) };
  }
}
