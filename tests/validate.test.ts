// Validation of every record before it is written (src/schema/validate.ts): the compiled
// schemas must keep a valid record as the schema's own parse would, and turn an invalid one
// into an error record naming the field, never drop it.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../src/schema/validate.js';
import { recordSchemas, type AnyRecord, type IndicatorRecord, type OfficialRecord } from '../src/schema/records.js';

const sentence = 'Năm 2019, doanh thu dịch vụ viễn thông của tỉnh Hải Dương đạt 15.658 tỉ đồng.';

const indicator: IndicatorRecord = {
  type: 'indicator',
  article_id: 'hai-duong-2019',
  start: 62,
  end: 76,
  text: '15.658 tỉ đồng',
  sentence,
  kind: 'money',
  value: 15658000000000,
  total: null,
  unit: 'VND',
  currency: 'VND',
  name: 'doanh thu dịch vụ viễn thông',
  name_start: 10,
  name_end: 38,
  subject: 'tỉnh Hải Dương',
  subject_start: 43,
  subject_end: 57,
  period: '2019',
  qualifier: 'exact',
  change: null,
  baseline: null,
};

const official: OfficialRecord = {
  type: 'official',
  article_id: 'hai-duong-2019',
  start: 23,
  end: 40,
  text: 'Nguyễn Dương Thái',
  sentence: 'Phó Chủ tịch UBND tỉnh Nguyễn Dương Thái phát biểu.',
  name: 'Nguyễn Dương Thái',
  honorific: null,
  title: 'Phó Chủ tịch',
  organization: 'UBND tỉnh',
  organization_full: 'Ủy ban nhân dân tỉnh',
  positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh', organization_full: 'Ủy ban nhân dân tỉnh', former: false }],
  mentions: 1,
};

/** What the schema itself makes of a record (zod's walk over its nodes). */
function parsedBySchema(record: AnyRecord): unknown {
  const result = recordSchemas[record.type].safeParse(record);
  return result.success ? result.data : null;
}

describe('validateRecord', () => {
  it('keeps a valid record as the schema parses it, field order and all', () => {
    for (const record of [indicator, official] as AnyRecord[]) {
      const out = validateRecord(record);
      expect(out).toEqual(record);
      expect(JSON.stringify(out)).toBe(JSON.stringify(parsedBySchema(record)));
    }
  });

  it('drops fields the contract does not have, as the schema does', () => {
    const withExtra = { ...indicator, debug: 'rule 7' } as unknown as AnyRecord;
    const out = validateRecord(withExtra) as unknown as Record<string, unknown>;
    expect(out.debug).toBeUndefined();
    expect(JSON.stringify(out)).toBe(JSON.stringify(parsedBySchema(withExtra)));
  });

  it('turns a value that is no finite number into an error naming the field and the span', () => {
    const out = validateRecord({ ...indicator, value: Number.POSITIVE_INFINITY });
    expect(out.type).toBe('error');
    if (out.type !== 'error') return;
    expect(out.stage).toBe('validate');
    expect(out.article_id).toBe('hai-duong-2019');
    expect(out.reason).toMatch(/^invalid indicator record: value: .+ \(span 62-76\)$/);
  });

  it('names a nested field: an official with an empty title in a position', () => {
    const out = validateRecord({ ...official, positions: [{ ...official.positions[0]!, title: '' }] });
    expect(out.type).toBe('error');
    if (out.type === 'error') expect(out.reason).toMatch(/^invalid official record: positions\.0\.title: /);
  });

  it('refuses an official with no position at all', () => {
    const out = validateRecord({ ...official, positions: [] });
    expect(out.type).toBe('error');
    if (out.type === 'error') expect(out.reason).toMatch(/^invalid official record: positions: /);
  });

  it('refuses an unknown qualifier, with the same message as the schema gives', () => {
    const bad = { ...indicator, qualifier: 'roughly' } as unknown as AnyRecord;
    const out = validateRecord(bad);
    const direct = recordSchemas.indicator.safeParse(bad);
    expect(direct.success).toBe(false);
    expect(out.type).toBe('error');
    if (out.type === 'error' && !direct.success) expect(out.reason).toContain(direct.error.issues[0]!.message);
  });
});
