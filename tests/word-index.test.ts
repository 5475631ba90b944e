// The word reader's index written by the build and read back by every thread
// (src/text/lexicon-index.ts, src/text/words.ts, scripts/word-index.mjs): read back, it must
// answer every look-up as the index built from the tables does, and an index written from
// other tables, in another format, cut short or damaged must be refused, never used.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HashState, LexiconIndex, RunHash, type IndexedEntry } from '../src/text/lexicon-index.js';
import { dictionaryEntry, lexiconFingerprint, wordIndexBytes } from '../src/text/words.js';
import { EXTRA_NOUNS, LINKING_VERBS, MEASURE_HEADS } from '../src/vocab/clause-words.js';
import { ROOT } from './helpers/cli.js';

const WORDS = new Map<string, IndexedEntry>([
  ['doanh thu', { tags: 1, classes: 'N', key: 'doanh thu' }],
  ['doanh nghiệp', { tags: 1, classes: 'NV', key: 'doanh nghiệp' }],
  ['đạt', { tags: 2 | 128, classes: 'V', key: 'đạt' }],
  ['giải phóng mặt bằng', { tags: 2, classes: 'V', key: 'giải phóng mặt bằng' }],
  ['tăng', { tags: 2 | 256, classes: 'VA', key: 'tăng' }],
]);

/** The index's answer for a run of lower-case syllables, hashed as the word reader hashes them. */
function lookUp(index: LexiconIndex, phrase: string): IndexedEntry | null | undefined {
  const run = new RunHash();
  const syllable = new HashState();
  for (const part of phrase.split(' ')) {
    syllable.reset();
    for (let i = 0; i < part.length; i++) syllable.add(part.charCodeAt(i));
    run.add(syllable.h1, syllable.h2);
  }
  return index.find(run.h1, run.h2);
}

const PHRASES = ['doanh thu', 'doanh nghiệp', 'doanh', 'đạt', 'giải phóng', 'giải phóng mặt', 'giải phóng mặt bằng', 'tăng', 'giảm', 'thu', 'mặt bằng'];

describe('the word index, written and read back', () => {
  it('answers every look-up as the index it was written from', () => {
    const built = LexiconIndex.build(WORDS);
    const read = LexiconIndex.fromBytes(built.toBytes('tables'), 'tables');
    expect(read).not.toBeNull();
    for (const phrase of PHRASES) expect(lookUp(read!, phrase)).toEqual(lookUp(built, phrase));
    // (A word, a prefix that is no word, and a run no word starts with.)
    expect(lookUp(read!, 'doanh thu')).toEqual({ tags: 1, classes: 'N', key: 'doanh thu' });
    expect(lookUp(read!, 'giải phóng')).toBeNull();
    expect(lookUp(read!, 'mặt bằng')).toBeUndefined();
  });

  it('writes the same bytes again once read back (the whole dictionary)', () => {
    const bytes = wordIndexBytes();
    const read = LexiconIndex.fromBytes(bytes, lexiconFingerprint());
    expect(read).not.toBeNull();
    expect(Buffer.from(read!.toBytes(lexiconFingerprint())).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is refused when written from other tables, in another format, or cut short', () => {
    const bytes = LexiconIndex.build(WORDS).toBytes('tables');
    expect(LexiconIndex.fromBytes(bytes, 'other tables')).toBeNull();
    const otherFormat = bytes.slice();
    otherFormat[0] = otherFormat[0]! ^ 0xff;
    expect(LexiconIndex.fromBytes(otherFormat, 'tables')).toBeNull();
    expect(LexiconIndex.fromBytes(bytes.subarray(0, bytes.length - 2), 'tables')).toBeNull();
    expect(LexiconIndex.fromBytes(bytes.subarray(0, 20), 'tables')).toBeNull();
    expect(LexiconIndex.fromBytes(new Uint8Array(0), 'tables')).toBeNull();
    // A byte of the tables changed (a slot, an entry's kind): the digest no longer agrees.
    for (const at of [bytes.length - 1, bytes.length - 400]) {
      const damaged = bytes.slice();
      damaged[at] = damaged[at]! ^ 0x01;
      expect(LexiconIndex.fromBytes(damaged, 'tables')).toBeNull();
    }
    // A header that is no JSON of the format.
    const garbled = bytes.slice();
    garbled.fill(0x7b, 8, 20);
    expect(LexiconIndex.fromBytes(garbled, 'tables')).toBeNull();
  });

  it('is keyed by every table the index is built from', () => {
    const before = lexiconFingerprint();
    expect(before).toBe(lexiconFingerprint());
    // A word added to a content table, a function-word table or the measure heads changes the key.
    for (const table of [EXTRA_NOUNS, LINKING_VERBS, MEASURE_HEADS] as string[][]) {
      table.push('từ mới');
      const changed = lexiconFingerprint();
      table.pop();
      expect(changed).not.toBe(before);
    }
    expect(lexiconFingerprint()).toBe(before);
  });

  // `npm test` builds first: the index in dist/ is the one these tables make.
  const file = path.join(ROOT, 'dist', 'vocab', 'word-index.bin');
  it.skipIf(!existsSync(file))('is written by the build from the tables the reader has', () => {
    const written = readFileSync(file);
    expect(LexiconIndex.fromBytes(written, lexiconFingerprint())).not.toBeNull();
    expect(written.equals(Buffer.from(wordIndexBytes()))).toBe(true);
    expect(dictionaryEntry('doanh thu')?.classes).toBe('N');
  });
});
