// One article through every stage: decode → clean → segment → extract → validate.
// Synchronous and free of I/O, so the same function runs in the main thread or a worker.
import { hash } from 'node:crypto';
import { decodeBytes, DecodeError } from '../ingest/decode.js';
import { cleanText } from '../text/clean.js';
import { htmlToText } from '../text/html.js';
import { splitSentences } from '../text/segment.js';
import { analyzeText } from '../normalize/analyze.js';
import { EXTRACTORS } from '../extract/index.js';
import { validateRecord } from '../schema/validate.js';
import type { AnyRecord, ArticleRecord, ErrorRecord, ExtractedRecord, ExtractorType } from '../schema/records.js';
import type { Lexicon } from '../vocab/lexicon.js';
import type { ArticleDocument, Warning } from './document.js';
import { StageTimer } from './stages.js';

export interface ArticleInput {
  id: string;
  path: string | null;
  bytes: Uint8Array;
  format: 'txt' | 'html';
}

export interface ProcessOptions {
  types: readonly ExtractorType[];
  lexicon: Lexicon;
  timer?: StageTimer;
}

export interface ArticleOutput {
  /** The article record (or an error) first, then its records sorted by offset. */
  records: AnyRecord[];
  warnings: Warning[];
  document: ArticleDocument | null;
}

const TYPE_ORDER: Record<string, number> = { indicator: 0, official: 1, decree: 2, error: 3 };

export function sha256Hex(bytes: Uint8Array): string {
  // One-shot: no Hash object per article.
  return hash('sha256', bytes, 'hex');
}

export function buildDocument(input: ArticleInput, timer = new StageTimer()): ArticleDocument {
  const decoded = timer.time('decode', () => decodeBytes(input.bytes));
  let partial: string | null = null;
  const cleaned = timer.time('clean', () => {
    if (input.format === 'html') {
      const page = htmlToText(decoded.text);
      partial = page.partial;
      return cleanText(page.text, page.meta);
    }
    return cleanText(decoded.text);
  });
  const sentences = timer.time('segment', () => splitSentences(cleaned.text));
  const analysis = timer.time('normalize', () => analyzeText(cleaned.text, sentences, cleaned.published));
  return {
    id: input.id,
    path: input.path,
    sha256: sha256Hex(input.bytes),
    format: input.format,
    encoding: decoded.encoding,
    text: cleaned.text,
    title: cleaned.title,
    published: cleaned.published,
    outlet: cleaned.outlet,
    byline: cleaned.byline,
    partial,
    sentences,
    ...analysis,
  };
}

export function processArticle(input: ArticleInput, options: ProcessOptions): ArticleOutput {
  const timer = options.timer ?? new StageTimer();
  let doc: ArticleDocument;
  try {
    doc = buildDocument(input, timer);
  } catch (err) {
    const error: ErrorRecord = {
      type: 'error',
      article_id: input.id,
      path: input.path,
      stage: err instanceof DecodeError ? 'decode' : 'clean',
      reason: err instanceof Error ? err.message : String(err),
    };
    return { records: [error], warnings: [], document: null };
  }

  const article: ArticleRecord = {
    type: 'article',
    id: doc.id,
    path: doc.path,
    title: doc.title,
    published: doc.published,
    outlet: doc.outlet,
    byline: doc.byline,
    sha256: doc.sha256,
    format: doc.format,
    encoding: doc.encoding,
    chars: doc.text.length,
  };

  const extracted: AnyRecord[] = [];
  const warnings: Warning[] = [];
  // A page whose body was not found is said so: in the warnings and as an error record, so a
  // run never loses an article's records in silence.
  if (doc.partial) {
    const reason = `page read only in part: ${doc.partial}`;
    warnings.push({ article_id: doc.id, start: 0, end: 0, message: reason });
    extracted.push({ type: 'error', article_id: doc.id, path: doc.path, stage: 'clean', reason });
  }
  for (const type of options.types) {
    try {
      const result = timer.time(type, () => EXTRACTORS[type](doc, { lexicon: options.lexicon }));
      for (const r of result.records) extracted.push(r);
      for (const w of result.warnings) warnings.push(w);
    } catch (err) {
      // A rule that throws loses this extractor's records for this article only.
      extracted.push({
        type: 'error',
        article_id: doc.id,
        path: doc.path,
        stage: 'extract',
        reason: `${type} extractor failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }

  const validated = timer.time('validate', () => {
    const out = [validateRecord(article), ...extracted.map((r) => validateRecord(r))];
    for (const r of out) if (r.type === 'error' && r.path === null) r.path = doc.path;
    return out;
  });
  const [head, ...rest] = validated;
  rest.sort(compareRecords);
  return { records: [head!, ...rest], warnings, document: doc };
}

function compareRecords(a: AnyRecord, b: AnyRecord): number {
  const sa = 'start' in a ? (a as ExtractedRecord).start : Number.MAX_SAFE_INTEGER;
  const sb = 'start' in b ? (b as ExtractedRecord).start : Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  const ea = 'end' in a ? (a as ExtractedRecord).end : 0;
  const eb = 'end' in b ? (b as ExtractedRecord).end : 0;
  if (ea !== eb) return ea - eb;
  return (TYPE_ORDER[a.type] ?? 9) - (TYPE_ORDER[b.type] ?? 9);
}
