// Word tables matched at the start and end of a string (src/normalize/word-table.ts): the
// normaliser reads every number's unit, scale and currency through them.
import { describe, expect, it } from 'vitest';
import { SuffixTable, WordTable } from '../src/normalize/word-table.js';

const UNITS = new WordTable(['người', 'người dân', 'lượt khách', 'lượt', 'tấn', 'tỷ đồng', 'Tỷ', 'ha'], (w) => w);

describe('WordTable.prefix', () => {
  it('takes the longest entry the text starts with', () => {
    expect(UNITS.prefix('người dân được hỗ trợ')).toBe('người dân');
    expect(UNITS.prefix('người lao động')).toBe('người');
    expect(UNITS.prefix('lượt khách quốc tế')).toBe('lượt khách');
  });

  it('matches whole words only', () => {
    expect(UNITS.prefix('hai bên')).toBeNull(); // `ha` opens `hai`
    expect(UNITS.prefix('tấn công')).toBe('tấn'); // a whole word: whether it is a unit there is the reader's call
    expect(UNITS.prefix('ha,')).toBe('ha');
    expect(UNITS.prefix('ha2')).toBeNull();
  });

  it('ignores case unless asked for the case as written', () => {
    expect(UNITS.prefix('Người dân')).toBe('người dân');
    expect(UNITS.prefix('TẤN')).toBe('tấn');
    expect(UNITS.prefix('Tỷ đồng', true)).toBe('Tỷ');
    expect(UNITS.prefix('tỷ đồng', true)).toBe('tỷ đồng');
    expect(UNITS.prefix('Người dân', true)).toBeNull();
  });

  it('finds nothing in an empty string or one no entry starts like', () => {
    expect(UNITS.prefix('')).toBeNull();
    expect(UNITS.prefix('đồng')).toBeNull();
    expect(UNITS.prefix('123 người')).toBeNull();
  });
});

describe('SuffixTable.suffix', () => {
  const TYPES = new SuffixTable(['Nghị quyết', 'quyết', 'Quyết định', 'Luật'], (w) => w);
  it('takes the longest entry the text ends with, after a non-letter', () => {
    expect(TYPES.suffix('theo Nghị quyết')).toBe('Nghị quyết');
    expect(TYPES.suffix('theo quyết định')).toBe('Quyết định');
    expect(TYPES.suffix('Bộ luật')).toBe('Luật');
    expect(TYPES.suffix('Bộluật')).toBeNull();
  });
});
