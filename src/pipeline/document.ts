// The one document model that flows through every stage:
// read → decode → clean → segment → extract → validate → write.
import type { Sentence } from '../text/segment.js';
import type { DateMention } from '../normalize/dates.js';
import type { DocumentNumber } from '../normalize/document-numbers.js';
import type { Quantity } from '../normalize/quantities.js';

export interface ArticleDocument {
  id: string;
  /** Path relative to the input root; null for stdin. */
  path: string | null;
  sha256: string;
  format: 'txt' | 'html';
  encoding: string;
  /** Normalised text: NFC, whitespace folded, furniture removed. All offsets point here. */
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  /** Set when a page was read only in part (its body not found): why, in one line. */
  partial: string | null;
  sentences: Sentence[];
  /** What the normaliser read in `text`, once, for every extractor. */
  dates: DateMention[];
  documentNumbers: DocumentNumber[];
  /** Where the digit runs of `text` begin: number-led rules are tried only there. */
  digits: number[];
  quantities: Quantity[];
}

/** A problem worth telling the user about that is not an error (e.g. a list whose counts differ). */
export interface Warning {
  article_id: string;
  start: number;
  end: number;
  message: string;
}
