// A worker thread of the extraction pool: reads and processes the articles it is sent,
// returns their records. Everything it needs comes in its messages and workerData.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnyRecord, ExtractorType } from '../schema/records.js';
import type { Lexicon } from '../vocab/lexicon.js';
import { processPlanned, type ArticleTally } from './run.js';
import type { PlannedSource } from './plan.js';
import type { Encoded, OutputFormat } from '../output/encode.js';
import type { Warning } from './document.js';
import { HeapKeeper, WORKER_COLLECT_EVERY } from './heap.js';

export interface WorkerInit {
  types: ExtractorType[];
  lexicon: Lexicon;
  maxFileSize: number;
  format: OutputFormat;
  /** CSV: neutralise cells a spreadsheet would run as a formula. */
  formulaGuard: boolean;
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

// Started with its settings, or early (src/pipeline/workers.ts) and sent them first.
let init = workerData as WorkerInit | null;
const heap = new HeapKeeper(WORKER_COLLECT_EVERY);

parentPort!.on('message', async (message: WorkerTask | { init: WorkerInit }) => {
  if ('init' in message) {
    init = message.init;
    return;
  }
  // The task's articles as one batch: each stage over all of them in turn (processArticles).
  const reply: WorkerReply = { articles: await processPlanned(message.items, init!, heap) };
  parentPort!.postMessage(reply);
});
