// Span fields shared by every record: the exact text and the sentence that holds it.
import type { ArticleDocument } from '../pipeline/document.js';
import { sentenceAt } from '../text/segment.js';

export interface SpanFields {
  article_id: string;
  start: number;
  end: number;
  text: string;
  sentence: string;
}

/**
 * A sentence longer than this (a page pasted without punctuation) is cut to a window around
 * the span, marked with `…`, so one pathological line cannot make every record megabytes.
 */
export const MAX_SENTENCE = 2000;

export function sentenceWindow(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): string {
  if (sentenceEnd - sentenceStart <= MAX_SENTENCE) return text.slice(sentenceStart, sentenceEnd);
  const half = Math.floor((MAX_SENTENCE - (end - start)) / 2);
  const from = Math.max(sentenceStart, start - Math.max(0, half));
  const to = Math.min(sentenceEnd, end + Math.max(0, half));
  return (from > sentenceStart ? '…' : '') + text.slice(from, to) + (to < sentenceEnd ? '…' : '');
}

export function spanOf(doc: ArticleDocument, start: number, end: number): SpanFields {
  const s = doc.sentences[sentenceAt(doc.sentences, start)];
  return {
    article_id: doc.id,
    start,
    end,
    text: doc.text.slice(start, end),
    sentence: s ? sentenceWindow(doc.text, s.start, s.end, start, end) : doc.text.slice(start, end),
  };
}
