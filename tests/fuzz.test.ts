// Property-based tests: for arbitrary text and for mutated real articles, extraction never
// throws, every record passes the schema, every span is the text it claims, every number is
// finite, and decomposed (NFD) input gives the records of precomposed input.
// `npm test` runs a few hundred cases; `npm run fuzz` runs FUZZ_RUNS (10,000) of each.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../src/pipeline/process.js';
import { recordSchemas, extractorTypes, type AnyRecord } from '../src/schema/records.js';
import { BUILTIN_LEXICON } from '../src/vocab/lexicon.js';
import { FIXTURES } from './helpers/cli.js';
import { digitRunStarts, matchesAt, scanWords, wordsBeforeDigits } from '../src/normalize/scan.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEEDS = readdirSync(path.join(FIXTURES, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(FIXTURES, 'articles', f), 'utf8'));

/** Characters that exercise the rules: digits, separators, Vietnamese letters, spaces, quotes. */
const PIECES = ['0', '1', '2', '5', '9', '.', ',', '/', '-', '%', ' ', '\n', 'đ', 'ồ', 'ng', 'tỷ', ' triệu ', ' nghìn ', 'năm ', 'ngày ', 'tháng ', 'quý I', 'số ', 'Nghị định ', 'QĐ-TTg', '-NQ/TW', 'Chủ tịch ', 'UBND tỉnh ', 'Nguyễn Văn ', 'ông ', 'lần lượt là ', ' và ', 'tăng ', 'so với ', 'khoảng ', 'trên ', '“', '”', '(', ')', ';', ':', '\u00a0', '\u200b', 'Ư', 'ế', 'e\u0301'];

const vietnameseText = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), vietnameseText);

/** A real article with random edits: insertions, deletions, swaps, digits and separators sprinkled in. */
const mutatedArticle = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'swap'), fc.constantFrom(...PIECES)), { maxLength: 40 }),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [at, op, piece] of edits) {
      const i = s.length === 0 ? 0 : at % s.length;
      if (op === 'insert') s = s.slice(0, i) + piece + s.slice(i);
      else if (op === 'delete') s = s.slice(0, i) + s.slice(i + 1 + (at % 5));
      else if (i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
    return s;
  });

function run(text: string) {
  return processArticle({ id: 'fuzz', path: null, bytes: Buffer.from(text, 'utf8'), format: 'txt' }, { types: extractorTypes, lexicon: BUILTIN_LEXICON });
}

function checkInvariants(text: string): void {
  const out = run(text);
  for (const record of out.records) {
    expect(recordSchemas[record.type].safeParse(record).success).toBe(true);
    if (record.type === 'error') {
      // Only an empty or binary input may fail, and only at decoding.
      expect(record.stage).toBe('decode');
      continue;
    }
    if ('start' in record) {
      expect(out.document!.text.slice(record.start, record.end)).toBe(record.text);
      expect(record.end).toBeGreaterThan(record.start);
    }
    for (const value of Object.values(record)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  }
}

const strip = (records: AnyRecord[]) => records.map((r) => (r.type === 'article' ? { ...r, sha256: '' } : r));

describe('fuzz', () => {
  it('arbitrary text: never throws, valid records, exact spans, finite numbers', () => {
    fc.assert(fc.property(anyText, (text) => checkInvariants(text)), { numRuns: RUNS });
  });

  it('mutated real articles: the same invariants', () => {
    fc.assert(fc.property(mutatedArticle, (text) => checkInvariants(text)), { numRuns: Math.max(20, Math.floor(RUNS / 3)) });
  });

  it('NFD input gives the records of NFC input', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, mutatedArticle), (text) => {
        const nfc = text.normalize('NFC');
        expect(strip(run(nfc.normalize('NFD')).records)).toEqual(strip(run(nfc).records));
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });
});

// Anchored scanning (scan.ts) claims to find exactly what scanning the whole text finds, for
// rules that begin with a number or with a word right before one. Checked on the shapes the
// normaliser uses, over random text rich in digits, separators and cue words.
const NUMBER_LED: Array<[string, string]> = [
  ['full date', '(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?![\\d\\p{L}]|[.,/-]\\d)'],
  ['day/month', '(\\d{1,2})\\s?([/.])\\s?(\\d{1,2})(?![\\d\\p{L}]|[.,/-]\\d)'],
  ['year interval', '(\\d{4})\\s?[-–—]\\s?(\\d{4})(?![\\d\\p{L}]|[.,/-]\\d)'],
  ['number token', '\\d+(?:[.,]\\d+)*'],
];
const WORD_LED: Array<[string, string, string]> = [
  ['word date', 'ngày', 'ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?(?![\\d\\p{L}]|[.,/-]\\d)'],
  ['year', 'năm', 'năm\\s+(\\d{4})(?![\\d\\p{L}]|[.,/-]\\d)'],
];

describe('anchored scanning', () => {
  const digitText = fc
    .array(fc.constantFrom('0', '1', '2', '12', '2019', '.', ',', '/', '-', '–', ' ', '  ', '\n', 'a', 'đ', 'Năm ', 'NGÀY ', 'ngày ', 'năm ', 'tháng ', '(', '\u00a0'), { maxLength: 80 })
    .map((a) => a.join(''));
  const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);

  it('number-led rules: the same matches at digit runs as over the whole text', () => {
    fc.assert(
      fc.property(digitText, (text) => {
        const digits = digitRunStarts(text);
        for (const [, source] of NUMBER_LED) {
          for (const boundary of ['number', 'letterOrDigit'] as const) {
            const whole = spans(scanWords(text, new RegExp(source, 'gu'), boundary));
            expect(spans(matchesAt(text, new RegExp(source, 'uy'), digits, boundary))).toEqual(whole);
          }
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('word-led rules: the same matches where the word precedes a digit run', () => {
    fc.assert(
      fc.property(digitText, (text) => {
        const digits = digitRunStarts(text);
        for (const [, word, source] of WORD_LED) {
          const whole = spans(scanWords(text, new RegExp(source, 'giu')));
          expect(spans(matchesAt(text, new RegExp(source, 'iuy'), wordsBeforeDigits(text, digits, [word]).get(word) ?? [], 'letter'))).toEqual(whole);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
