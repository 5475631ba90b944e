// The SPEC's token F1 for verbatim fields, and which pairs each field is scored over.
import { describe, expect, it } from 'vitest';
import { emptyScores, scoreArticle, tokenF1 } from '../src/eval/score.js';
import type { IndicatorRecord } from '../src/schema/records.js';

describe('token F1 (SPEC: NFC, lower-cased, punctuation dropped, whitespace tokens)', () => {
  it('is 1 for the same answer up to case and punctuation', () => {
    expect(tokenF1('Doanh thu dịch vụ viễn thông', 'doanh thu dịch vụ viễn thông,')).toBe(1);
  });
  it('gives partial credit by shared tokens', () => {
    // gold 4 tokens, predicted 2, both shared: P 1, R 0.5.
    expect(tokenF1('tỷ lệ hộ nghèo', 'hộ nghèo')).toBeCloseTo(2 / 3, 10);
  });
  it('counts both null as 1 and one null as 0', () => {
    expect(tokenF1(null, null)).toBe(1);
    expect(tokenF1('tỉnh Hải Dương', null)).toBe(0);
    expect(tokenF1(null, 'Hải Dương')).toBe(0);
  });
  it('folds decomposed input to NFC', () => {
    expect(tokenF1('Hải Dương', 'Hải Dương'.normalize('NFD'))).toBe(1);
  });
});

const indicator = (over: Partial<IndicatorRecord>): IndicatorRecord => ({
  type: 'indicator', article_id: 'a', start: 0, end: 1, text: '5%', sentence: '', kind: 'percent', value: 5, total: null, unit: '%',
  currency: null, name: null, subject: null, period: null, qualifier: 'exact', change: null, baseline: null, ...over,
});

describe('field scores over matched pairs', () => {
  it('scores period only where the gold states one, name and subject by token F1', () => {
    const scores = emptyScores();
    scoreArticle(
      {
        article: 'a',
        indicators: [
          { kind: 'percent', value: 5, period: null, name: 'tỷ lệ hộ nghèo', subject: null, text: '5%' },
          { kind: 'percent', value: 7, period: '2019', name: 'tăng trưởng', subject: 'tỉnh Hải Dương', text: '7%' },
        ],
      },
      {
        published: null,
        officials: [],
        decrees: [],
        indicators: [indicator({ name: 'hộ nghèo', period: '2018' }), indicator({ value: 7, text: '7%', name: 'tăng trưởng', subject: 'Hải Dương', period: '2019' })],
      },
      scores,
    );
    expect(scores.fields.indicator_period).toEqual({ correct: 1, total: 1 });
    expect(scores.tokens.indicator_name.total).toBe(2);
    expect(scores.tokens.indicator_name.sum).toBeCloseTo(2 / 3 + 1, 10);
    // null = null counts 1; `Hải Dương` against `tỉnh Hải Dương`: P 1, R 2/3.
    expect(scores.tokens.indicator_subject.sum).toBeCloseTo(1 + 0.8, 10);
  });
});
