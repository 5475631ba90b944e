// The byte decoder on its own: valid UTF-8 is read natively (transcode), and must give exactly
// the string the standard decoder gives, whatever the text holds.
import { describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError } from '../src/ingest/decode.js';

const standard = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

describe('decodeBytes', () => {
  const texts = [
    'Doanh thu dịch vụ viễn thông năm 2019 ước đạt 15.658 tỉ đồng, tăng 2,2%.',
    'ĐẮK LẮK – “Chiều 1/10” … giá 300 đồng/lít ₫',
    // Tone marks written apart (NFD) stay apart here: NFC comes later, in text/.
    'Hòa Bình'.normalize('NFD'),
    // Beyond the Basic Multilingual Plane: a surrogate pair each.
    'Giá vàng 😀 tăng 𝟓%',
    'a',
  ];
  for (const text of texts) {
    it(`reads UTF-8 as the standard decoder does: ${JSON.stringify(text.slice(0, 24))}`, () => {
      const bytes = Buffer.from(text, 'utf8');
      const decoded = decodeBytes(bytes);
      expect(decoded).toEqual({ text, encoding: 'utf-8' });
      expect(decoded.text).toBe(standard(bytes));
    });
  }

  it('drops a UTF-8 byte-order mark, and marks bytes that are no UTF-8 after one with U+FFFD', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(decodeBytes(Buffer.concat([bom, Buffer.from('Hà Nội', 'utf8')]))).toEqual({ text: 'Hà Nội', encoding: 'utf-8-bom' });
    expect(decodeBytes(Buffer.concat([bom, Buffer.from([0x48, 0xff, 0x4e])])).text).toBe('H\ufffdN');
  });

  it('reads bytes that are no UTF-8 as a legacy Vietnamese code page', () => {
    // `Hà` in windows-1258: `a` + the combining grave accent 0xCC.
    const decoded = decodeBytes(Buffer.from([0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0x6a]));
    expect(decoded.encoding).not.toBe('utf-8');
    expect(decoded.text.startsWith('Hà')).toBe(true);
  });

  it('refuses an empty file and a binary one', () => {
    expect(() => decodeBytes(new Uint8Array(0))).toThrow(DecodeError);
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toThrow(/binary/);
  });
});
