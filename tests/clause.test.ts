// The clause reader and the word reader on their own examples (src/text/clause.examples.ts,
// src/text/words.examples.ts): the phrase boundaries every extractor relies on.
import { describe, expect, it } from 'vitest';
import { CLAUSE_EXAMPLES } from '../src/text/clause.examples.js';
import { OWNER_EXAMPLES } from '../src/text/owner.examples.js';
import { ORGANIZATION_EXAMPLES } from '../src/text/organization-phrase.examples.js';
import { organizationPhrase } from '../src/text/organization-phrase.js';
import { namesOwner } from '../src/text/owner.js';
import { WORD_EXAMPLES } from '../src/text/words.examples.js';
import { phraseAfter, phraseBefore } from '../src/text/clause.js';
import { nearestActor } from '../src/text/actor.js';
import { dictionaryEntry, openingWordEntry, readWords, Tag } from '../src/text/words.js';
import { readStretch } from '../src/extract/read-document.js';
import { documentOf } from './helpers/document.js';

const slice = (s: string, span: { start: number; end: number } | null) => (span ? s.slice(span.start, span.end) : null);

describe('clause reader', () => {
  for (const ex of CLAUSE_EXAMPLES) {
    it(`${ex.sentence} [${ex.figure}]`, () => {
      // The sentence as the pipeline reads it: the normaliser's figures and dates are single words.
      const at = ex.sentence.indexOf(ex.figure);
      const doc = documentOf(ex.sentence);
      const { words } = readStretch(doc, 0, doc.text.length);
      const figure = words.findIndex((w) => w.start === at);
      expect(figure, 'the figure is one word').toBeGreaterThanOrEqual(0);
      if (ex.before) {
        const b = phraseBefore(words, figure);
        const got: Record<string, string | null> = {};
        for (const key of Object.keys(ex.before) as Array<keyof typeof ex.before>) got[key] = slice(ex.sentence, b[key]);
        expect(got).toEqual(ex.before);
      }
      if (ex.after !== undefined) {
        const last = phraseAfter(words, figure + 1);
        expect(last > figure ? ex.sentence.slice(words[figure + 1]!.start, words[last]!.end) : null).toBe(ex.after);
      }
      if (ex.actor !== undefined) expect(slice(ex.sentence, nearestActor(words, figure))).toBe(ex.actor);
    });
  }
});

describe('word reader', () => {
  for (const ex of WORD_EXAMPLES) {
    it(ex.text, () => {
      const words = readWords(ex.text, 0, ex.text.length);
      expect(words.map((w) => ex.text.slice(w.start, w.end)).filter((w) => w !== '')).toEqual(ex.words);
      if (ex.breaks !== undefined) expect(words.filter((w) => w.start === w.end && w.key === '.').length).toBe(ex.breaks);
      for (const [word, tag] of Object.entries(ex.tags ?? {})) {
        const found = words.find((w) => ex.text.slice(w.start, w.end) === word);
        expect(found, word).toBeDefined();
        expect((found!.tags & Tag[tag]) !== 0, `${word} is ${tag}`).toBe(true);
      }
    });
  }
});

describe('the word opening a stretch', () => {
  it('is two syllables when they make a word, else one, read in place', () => {
    expect(openingWordEntry('vượt quá khả năng')?.key).toBe('vượt quá');
    expect(openingWordEntry('không quá 1 điểm')?.key).toBe('không quá');
    expect(openingWordEntry('bên cần phải')?.key).toBe('bên');
    // Inside a longer text, from an offset, up to a limit.
    const text = 'giảm 2 không quá 1 điểm';
    expect(openingWordEntry(text, 7)?.key).toBe('không quá');
    expect(openingWordEntry(text, 7, 12)?.key).toBe('không');
  });
  it('is none for a capitalised word, a number or punctuation', () => {
    expect(openingWordEntry('Hà Nội')).toBeUndefined();
    expect(openingWordEntry('12 tỷ')).toBeUndefined();
    expect(openingWordEntry(', và')).toBeUndefined();
  });
  it('agrees with the look-up of the same words as a string', () => {
    for (const s of ['vượt quá khả năng', 'không quá 1', 'cả nước', 'doanh nghiệp nhà nước', 'xyz abc']) {
      const [a, b] = s.split(' ');
      expect(openingWordEntry(s)).toBe(dictionaryEntry(`${a} ${b}`) ?? dictionaryEntry(a!));
    }
  });
});

describe('owner reader', () => {
  for (const ex of OWNER_EXAMPLES) {
    it(`${ex.phrase} in: ${ex.sentence}`, () => {
      const words = readWords(ex.sentence, 0, ex.sentence.length);
      const start = ex.sentence.indexOf(ex.phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(namesOwner(words, { start, end: start + ex.phrase.length }, ex.sentence)).toBe(ex.owner);
    });
  }
});

describe('organisation reader', () => {
  for (const ex of ORGANIZATION_EXAMPLES) {
    it(ex.text, () => {
      expect(organizationPhrase(ex.text, 0, { firstWordAnyCase: ex.anyCase ?? false })?.text ?? null).toBe(ex.name);
    });
  }
});
