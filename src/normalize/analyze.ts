// The normalise stage: dates, document numbers and quantities of a text, read once and
// shared by every extractor.
import type { Sentence } from '../text/segment.js';
import { findDates, type DateMention } from './dates.js';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers.js';
import { findQuantities, type Quantity } from './quantities.js';
import { digitRunStarts } from './scan.js';

export interface TextAnalysis {
  digits: number[];
  dates: DateMention[];
  documentNumbers: DocumentNumber[];
  quantities: Quantity[];
}

export function analyzeText(text: string, sentences: Sentence[], published: string | null): TextAnalysis {
  // Where the digit runs begin: most rules are number-led and are tried only there.
  const digits = digitRunStarts(text);
  const dates = findDates(text, published, digits);
  const documentNumbers = findDocumentNumbers(text, digits);
  const quantities = findQuantities(text, { dates, documentNumbers, sentences, digits });
  return { digits, dates, documentNumbers, quantities };
}
