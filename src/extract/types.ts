// The contract of an extractor: a pure function from a normalised document to records.
// No I/O, no global state; options (a user lexicon) come in through the context.
import type { ArticleDocument, Warning } from '../pipeline/document.js';
import type { ExtractedRecord } from '../schema/records.js';
import type { Lexicon } from '../vocab/lexicon.js';

export interface ExtractContext {
  lexicon: Lexicon;
}

export interface ExtractResult<R extends ExtractedRecord = ExtractedRecord> {
  records: R[];
  warnings: Warning[];
}

export type Extractor<R extends ExtractedRecord = ExtractedRecord> = (
  doc: ArticleDocument,
  context: ExtractContext,
) => ExtractResult<R>;
