// A stretch of a document read into words (src/text/words.ts) with the normaliser's figures
// and dates kept as single words: what every extractor's clause rules read.
import type { ArticleDocument } from '../pipeline/document.js';
import { firstStartingAtOrAfter } from '../text/spans.js';
import { readSentence, type ReadSentence } from '../text/clause.js';
import { Tag, type Atom } from '../text/words.js';

/** The words of doc.text[from, to); a date overlapping a figure gives way to it. */
export function readStretch(doc: ArticleDocument, from: number, to: number): ReadSentence {
  const atoms: Atom[] = [];
  let qi = firstStartingAtOrAfter(doc.quantities, from);
  let di = firstStartingAtOrAfter(doc.dates, from);
  // Figures and dates, in order; a date overlapping a figure gives way to it.
  while (true) {
    const q = doc.quantities[qi];
    const d = doc.dates[di];
    const qIn = q && q.start < to;
    const dIn = d && d.start < to;
    if (!qIn && !dIn) break;
    if (qIn && (!dIn || q.start <= d.start)) {
      atoms.push({ start: q.start, end: Math.min(q.end, to), tag: Tag.Figure });
      qi++;
      while (doc.dates[di] && doc.dates[di]!.start < q.end) di++;
    } else {
      if (!atoms.length || atoms[atoms.length - 1]!.end <= d!.start) atoms.push({ start: d!.start, end: Math.min(d!.end, to), tag: Tag.Date });
      di++;
    }
  }
  return readSentence(doc.text, from, to, atoms);
}

