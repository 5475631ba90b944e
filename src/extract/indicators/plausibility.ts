// Plausibility: a figure outside what its unit can mean is kept (it is what the article says)
// but warned about with its span, so a typo (a 6.8e19-đồng jackpot) does not pass unseen into
// a table. Every threshold is a measure of the world, as data, with examples beside it.
import type { IndicatorRecord } from '../../schema/records.js';
import type { Warning } from '../../pipeline/document.js';

/** Money above the world's yearly output (about 105 trillion USD in 2024) in its currency. */
export const MONEY_CEILINGS: Record<string, number> = { VND: 3e18, USD: 1.2e14, EUR: 1.1e14, CNY: 8e14, JPY: 1.6e16, KRW: 1.5e17 };
/** People counted beyond the world's population. */
export const PEOPLE_CEILING = 1e10;
export const PEOPLE_UNITS = new Set(['người', 'dân', 'lao động', 'học sinh', 'sinh viên', 'bệnh nhân', 'khách', 'du khách', 'công nhân', 'nhân khẩu', 'cử tri', 'thuê bao']);
/** A share (`chiếm 35%`) is a part of a whole. */
const SHARE_BEFORE = /chiếm\s+(?:(?:khoảng|gần|hơn|trên|tới|đến|tỷ lệ|tỉ lệ)\s+)?$/u;

export const PLAUSIBILITY_EXAMPLES: Array<{ record: Partial<IndicatorRecord>; warns: boolean }> = [
  { record: { kind: 'money', value: 6.8e19, currency: 'VND', text: '68 tỷ tỷ đồng' }, warns: true },
  { record: { kind: 'money', value: 15658e9, currency: 'VND', text: '15.658 tỉ đồng' }, warns: false },
  { record: { kind: 'percent', value: 135, text: '135%', sentence: 'Xuất khẩu chiếm 135% GDP.' }, warns: true },
  { record: { kind: 'percent', value: 135, text: '135%', sentence: 'Doanh thu tăng 135%.' }, warns: false },
  { record: { kind: 'count', value: 2e10, unit: 'người', text: '20 tỷ người' }, warns: true },
  { record: { kind: 'count', value: 1e16, unit: 'lượt', text: '10 triệu tỷ lượt' }, warns: true },
  { record: { kind: 'count', value: 9e15, unit: 'lượt', text: '9 triệu tỷ lượt' }, warns: false },
];

export function plausibilityWarnings(articleId: string, records: readonly IndicatorRecord[]): Warning[] {
  const out: Warning[] = [];
  for (const r of records) {
    const why = implausible(r);
    if (why) out.push({ article_id: articleId, start: r.start, end: r.end, message: `implausible figure "${r.text}": ${why}` });
  }
  return out;
}

export function implausible(r: Partial<IndicatorRecord>): string | null {
  const value = r.value ?? 0;
  if (r.kind === 'money' && r.currency && MONEY_CEILINGS[r.currency] !== undefined && Math.abs(value) > MONEY_CEILINGS[r.currency]!) {
    return `more money than the world produces in a year (${value.toExponential(2)} ${r.currency})`;
  }
  if (r.kind === 'percent' && value > 100 && r.sentence && r.text) {
    const at = r.sentence.indexOf(r.text);
    if (at > 0 && SHARE_BEFORE.test(r.sentence.slice(Math.max(0, at - 20), at))) return `a share above 100 % (${value} %)`;
  }
  if (r.kind === 'count' && r.unit && PEOPLE_UNITS.has(r.unit) && value > PEOPLE_CEILING) return `more ${r.unit} than people on Earth`;
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return `beyond 2^53, written as a floating-point number (${value.toExponential()}), not an exact integer`;
  }
  return null;
}
