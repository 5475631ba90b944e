// One test runs every example corpus kept beside the rules (Duckling style): each example
// is an input and the value it must give.
import { describe, expect, it } from 'vitest';
import { NUMBER_LITERAL_EXAMPLES, SPELLED_NUMBER_EXAMPLES } from '../src/normalize/numbers.examples.js';
import { parseNumberLiteral, parseSpelledNumber } from '../src/normalize/numbers.js';
import { DATE_EXAMPLES } from '../src/normalize/dates.examples.js';
import { findDates } from '../src/normalize/dates.js';
import { QUANTITY_EXAMPLES } from '../src/normalize/quantities.examples.js';
import { findQuantities } from '../src/normalize/quantities.js';

describe('number literals', () => {
  it.each(NUMBER_LITERAL_EXAMPLES)('%s → %s', (literal, value) => {
    expect(parseNumberLiteral(literal)).toBe(value);
  });
});

describe('spelled-out numbers', () => {
  it.each(SPELLED_NUMBER_EXAMPLES)('%s → %s', (words, value) => {
    expect(parseSpelledNumber(words.split(' '))).toBe(value);
  });
});

describe('dates and periods', () => {
  it.each(DATE_EXAMPLES.map((e) => [e.text, e] as const))('%s', (_, example) => {
    const found = findDates(example.text, example.published).map((d) => [d.kind, d.value, d.text]);
    expect(found).toEqual(example.expect);
  });
});

describe('quantities', () => {
  it.each(QUANTITY_EXAMPLES.map((e) => [e.text, e] as const))('%s', (_, example) => {
    const found = findQuantities(example.text);
    const projected = found.map((q, i) => {
      const wanted = example.expect[i] ?? {};
      return Object.fromEntries(Object.keys(wanted).map((k) => [k, q[k as keyof typeof q]]));
    });
    expect(projected).toEqual(example.expect);
  });
});

import { SEED_FIGURE_EXAMPLES } from '../src/normalize/seeds.examples.js';

describe('every figure of the seed articles', () => {
  it.each(SEED_FIGURE_EXAMPLES.map((e) => [`${e.article}: ${e.expect.text}`, e] as const))('%s', (_, example) => {
    // Kind, value and total must match; the span may stop earlier than the annotation's
    // (`27 UBND huyện` for `27 UBND huyện, thị xã, thành phố`) but must start the same.
    const { text, ...wanted } = example.expect;
    const match = findQuantities(example.text).find(
      (q) => q.kind === wanted.kind && q.value === wanted.value && (wanted.total === undefined || q.total === wanted.total) && text!.startsWith(q.text),
    );
    expect(match, JSON.stringify(example.expect)).toBeDefined();
  });
});

import { SEGMENT_EXAMPLES } from '../src/text/segment.examples.js';
import { splitSentences } from '../src/text/segment.js';
import { CLEAN_EXAMPLES } from '../src/text/clean.examples.js';
import { cleanText } from '../src/text/clean.js';

describe('sentence segmentation', () => {
  it.each(SEGMENT_EXAMPLES)('%s', (text, sentences) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences);
  });
});

describe('page furniture and metadata', () => {
  it.each(CLEAN_EXAMPLES.map((e) => [e.raw.slice(0, 60), e] as const))('%s', (_, example) => {
    const cleaned = cleanText(example.raw);
    expect(cleaned.text).toBe(example.text);
    for (const key of ['title', 'published', 'outlet', 'byline'] as const) {
      if (key in example) expect(cleaned[key], key).toBe(example[key]);
    }
  });
});
