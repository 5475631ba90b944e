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
  const [analysis] = analyzeTexts([{ text, sentences, published }]);
  if (analysis instanceof Error) throw analysis;
  return analysis!;
}

/**
 * The same for several texts, each finder over all of them before the next: one finder's
 * patterns stay warm in the processor's caches (see processArticles). A text whose finder
 * throws gets the error in its place; the others go on.
 */
export function analyzeTexts(inputs: ReadonlyArray<{ text: string; sentences: Sentence[]; published: string | null }>): Array<TextAnalysis | Error> {
  const pending = inputs.map((input) => ({ input, digits: [] as number[], dates: [] as DateMention[], documentNumbers: [] as DocumentNumber[], failed: null as Error | null }));
  const each = (step: (p: (typeof pending)[number]) => void) => {
    for (const p of pending) {
      if (p.failed) continue;
      try {
        step(p);
      } catch (err) {
        p.failed = asError(err);
      }
    }
  };
  // Where the digit runs begin: most rules are number-led and are tried only there.
  each((p) => {
    p.digits = digitRunStarts(p.input.text);
  });
  each((p) => {
    p.dates = findDates(p.input.text, p.input.published, p.digits);
  });
  each((p) => {
    p.documentNumbers = findDocumentNumbers(p.input.text, p.digits);
  });
  const out: Array<TextAnalysis | Error> = [];
  for (const p of pending) {
    if (p.failed) {
      out.push(p.failed);
      continue;
    }
    try {
      const { text, sentences } = p.input;
      const quantities = findQuantities(text, { dates: p.dates, documentNumbers: p.documentNumbers, sentences, digits: p.digits });
      out.push({ digits: p.digits, dates: p.dates, documentNumbers: p.documentNumbers, quantities });
    } catch (err) {
      out.push(asError(err));
    }
  }
  return out;
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));
