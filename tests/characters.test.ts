// Character normalisation (src/text/characters.ts) and literal patterns (src/text/patterns.ts): the fast path that leaves a text as it is
// must hold only for texts that NFC leaves as they are.
import { describe, expect, it } from 'vitest';
import { NFC_STABLE_RANGES, normalizeCharacters } from '../src/text/characters.js';
import { literalAlternation } from '../src/text/patterns.js';

describe('NFC_STABLE_RANGES', () => {
  it('holds only code points that NFC keeps and that never combine with the one before', () => {
    const bases = ['a', 'A', 'e', 'o', 'u', 'ơ', 'ư', 'â', 'Đ', '1', ' '];
    const bad: string[] = [];
    for (const [from, to] of NFC_STABLE_RANGES) {
      for (let c = from; c <= to; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (ch.normalize('NFC') !== ch) bad.push(c.toString(16));
        else if (bases.some((b) => (b + ch).normalize('NFC') !== b + ch)) bad.push(c.toString(16));
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('normalizeCharacters', () => {
  it('composes decomposed Vietnamese, with or without other folds', () => {
    expect(normalizeCharacters('Ho\u0300a Bi\u0300nh')).toBe('Hòa Bình');
    expect(normalizeCharacters('Ho\u0300a\u00a0Bi\u0300nh\r\n')).toBe('Hòa Bình\n');
  });
  it('folds spaces, removes invisible characters, keeps plain text as it is', () => {
    expect(normalizeCharacters('tỉnh\u3000Hải\u200bDương\ufeff')).toBe('tỉnh HảiDương');
    const plain = 'Doanh thu đạt 15.658 tỉ đồng – tăng 2,2% “so với” năm 2018…';
    expect(normalizeCharacters(plain)).toBe(plain);
  });
});

describe('literalAlternation', () => {
  it('matches the longest word a table holds, its marks read literally', () => {
    const cue = new RegExp(`^(?:${literalAlternation(['sinh', 'sinh năm', 'SN', 's.n', 'sinh'])})`, 'u');
    expect(cue.exec('sinh năm 1959')?.[0]).toBe('sinh năm');
    expect(cue.exec('s.n 1959')?.[0]).toBe('s.n');
    expect(cue.test('sxn 1959')).toBe(false);
    expect(new RegExp(literalAlternation(['T.Ư', 'TƯ'])).test('TxƯ')).toBe(false);
  });
});
