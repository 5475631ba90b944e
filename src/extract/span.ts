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

export function spanOf(doc: ArticleDocument, start: number, end: number): SpanFields {
  const s = doc.sentences[sentenceAt(doc.sentences, start)];
  return {
    article_id: doc.id,
    start,
    end,
    text: doc.text.slice(start, end),
    sentence: s ? doc.text.slice(s.start, s.end) : doc.text.slice(start, end),
  };
}
