// The narrowed letter classes (src/text/letters.ts): the same answers as `\p{L}`, `\p{Lu}` and
// `\p{Ll}` on every letter the press writes, and patterns rewritten one class for one.
import { describe, expect, it } from 'vitest';
import {
  FIRST_WORD, hasLetter, hasLetterOrDigit, hasUpper, LETTER, lettered, letterPattern, LOWER, narrowLetters, NEXT_LOWER_CASE_WORD,
  ONE_OR_TWO_WORDS, startsLower, startsUpper, UPPER, WORD_BEFORE,
} from '../src/text/letters.js';

// The Vietnamese alphabet in both cases with every tone, the letters of European names the
// press cites, Greek, Russian and East Asian script.
const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const EUROPEAN = 'ßçñöüåøæœšžčćłśźżőűşğıęąřěůťďňľĺŕ';
const LETTERS = VIETNAMESE + VIETNAMESE.toUpperCase() + EUROPEAN + EUROPEAN.toUpperCase() + 'αβγδΩΣπЖжЯяШщ' + '習近平김정은東京ひらがなカタカナ';
const NOT_LETTERS = '0123456789 .,;:!?-–—“”"\'()[]/%&@#+=\n\t€$₫°•…';

describe('narrowed letter classes', () => {
  const letter = new RegExp(`^[${LETTER}]$`, 'u');
  const upper = new RegExp(`^[${UPPER}]$`, 'u');
  const lower = new RegExp(`^[${LOWER}]$`, 'u');

  it('take every letter the press writes, and nothing else', () => {
    for (const c of LETTERS) expect(letter.test(c), c).toBe(true);
    for (const c of NOT_LETTERS) expect(letter.test(c), JSON.stringify(c)).toBe(false);
  });

  it('tell capitals from small letters as \\p{Lu} and \\p{Ll} do', () => {
    for (const c of LETTERS) {
      expect(upper.test(c), c).toBe(/^\p{Lu}$/u.test(c));
      expect(lower.test(c), c).toBe(/^\p{Ll}$/u.test(c));
    }
    for (const c of NOT_LETTERS) expect(upper.test(c) || lower.test(c), JSON.stringify(c)).toBe(false);
  });

  it('rewrite a pattern one class for one, inside a class or outside', () => {
    expect(narrowLetters('^\\p{Lu}')).toBe(`^[${UPPER}]`);
    expect(narrowLetters('[\\p{L}\\d]+')).toBe(`[${LETTER}\\d]+`);
    expect(narrowLetters('(?<![\\p{L}])x\\p{Ll}*')).toBe(`(?<![${LETTER}])x[${LOWER}]*`);
    // An escaped backslash before `p{L}` is no class, and other escapes are kept.
    expect(narrowLetters('\\\\p{L}\\s\\]')).toBe('\\\\p{L}\\s\\]');
    expect(narrowLetters('\\p{M}')).toBe('\\p{M}');
    expect(narrowLetters('giá vàng')).toBe('giá vàng');
  });

  it('match as the pattern as written does, on Vietnamese text', () => {
    const text = 'Chủ tịch UBND tỉnh Hải Dương Lương Văn Cầu cho biết, năm 2019 doanh thu đạt 15.658 tỉ đồng.';
    const written = [/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu, /(?<![\p{L}\d])\p{Ll}+(?![\p{L}\d])/gu, /[\p{L}\d.]+/giu];
    for (const re of written) expect([...text.matchAll(lettered(re))].map((m) => m[0])).toEqual([...text.matchAll(re)].map((m) => m[0]));
    expect(lettered(/x/giu).flags).toBe('giu');
    expect(letterPattern('^\\p{Lu}', 'u').test('Đà Nẵng')).toBe(true);
  });

  it('answer the common tests', () => {
    expect(startsUpper('Đắk Lắk')).toBe(true);
    expect(startsUpper('đắk')).toBe(false);
    expect(startsLower('ước đạt')).toBe(true);
    expect(startsLower('15 tỷ')).toBe(false);
    expect(hasLetter('15,2%')).toBe(false);
    expect(hasLetter('15 ha')).toBe(true);
    expect(hasLetterOrDigit('7')).toBe(true);
    expect(hasLetterOrDigit('–')).toBe(false);
    expect(hasUpper('giám đốc Sở GD-ĐT')).toBe(true);
    expect(hasUpper('giám đốc sở')).toBe(false);
  });

  it('read the words the readers share', () => {
    expect(FIRST_WORD.exec('Đắk Lắk')?.[0]).toBe('Đắk');
    expect(ONE_OR_TWO_WORDS.exec('thị xã Sơn Tây')?.slice(1, 3)).toEqual(['thị', 'xã']);
    expect(NEXT_LOWER_CASE_WORD.exec(' ước đạt')?.[1]).toBe('ước');
    expect(NEXT_LOWER_CASE_WORD.exec(' Hà Nội')).toBeNull();
    expect(WORD_BEFORE.exec('doanh thu đạt  ')?.[1]).toBe('đạt');
  });
});
