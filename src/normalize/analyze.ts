// The normalise stage: dates, document numbers and quantities of a text, read once and
// shared by every extractor.
import type { Sentence } from '../text/segment.js';
import { findDates, type DateMention } from './dates.js';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers.js';
import { findQuantities, type Quantity } from './quantities.js';

export interface TextAnalysis {
  dates: DateMention[];
  documentNumbers: DocumentNumber[];
  quantities: Quantity[];
}

export function analyzeText(text: string, sentences: Sentence[], published: string | null): TextAnalysis {
  const dates = findDates(text, published);
  const documentNumbers = findDocumentNumbers(text);
  const quantities = findQuantities(text, { dates, documentNumbers, sentences });
  return { dates, documentNumbers, quantities };
}
