// `--format xlsx`: one workbook, a typed sheet per table. Read back with another library
// (read-excel-file, a dev dependency): every cell has the type and the text expected.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, jsonl, runCli } from './helpers/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-xlsx-'));
const corpus = path.join(tmp, 'corpus');
const book = path.join(tmp, 'out', 'records.xlsx');
type Sheet = { sheet: string; data: unknown[][] };
let sheets: Sheet[] = [];
const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
const column = (name: string, header: string) => sheet(name)[0]!.indexOf(header);

beforeAll(async () => {
  mkdirSync(corpus, { recursive: true });
  writeFileSync(path.join(corpus, '000_589c67ea45d1b0b9.txt'), readFileSync(path.join(FIXTURES, 'articles', '000_589c67ea45d1b0b9.txt')));
  // Cells a spreadsheet would retype from a CSV: a digit id, `02`, `7/10`, `300.000`, a date.
  writeFileSync(
    path.join(corpus, '21478159.txt'),
    'Ngày 5/1/2017, Thủ tướng ban hành Chỉ thị số 02/CT-TTg. Tỉnh có 7/10 huyện đạt chuẩn, giá 300.000 đồng, lãi suất -0,49%.\n',
  );
  const run = runCli(['extract', corpus, '--format', 'xlsx', '--out', path.dirname(book), '-q']);
  expect(run.code, run.stderr).toBe(0);
  sheets = (await readXlsxFile(book)) as unknown as Sheet[];
});

describe('the workbook', () => {
  it('has one sheet per table, each with its header row', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['articles', 'indicators', 'officials', 'decrees', 'errors']);
    expect(sheet('indicators')[0]!.slice(0, 5)).toEqual(['article_id', 'start', 'end', 'text', 'sentence']);
  });

  it('keeps ids, decree numbers, symbols and figure texts as text', () => {
    const decree = sheet('decrees').find((r) => r[0] === '21478159')!;
    expect(decree[column('decrees', 'number')]).toBe('02');
    expect(decree[column('decrees', 'symbol')]).toBe('02/CT-TTg');
    const texts = sheet('indicators').filter((r) => r[0] === '21478159').map((r) => r[column('indicators', 'text')]);
    expect(texts).toEqual(['7/10', '300.000 đồng', '-0,49%']);
  });

  it('writes values as numbers, dates as dates, booleans as booleans', () => {
    const rows = sheet('indicators').filter((r) => r[0] === '21478159');
    expect(rows.map((r) => r[column('indicators', 'value')])).toEqual([7, 300000, -0.49]);
    const decree = sheet('decrees').find((r) => r[0] === '21478159')!;
    expect(decree[column('decrees', 'issued')]).toEqual(new Date(Date.UTC(2017, 0, 5)));
    expect(typeof decree[column('decrees', 'draft')]).toBe('boolean');
    const article = sheet('articles').find((r) => r[0] === '000_589c67ea45d1b0b9')!;
    expect(article[column('articles', 'published')]).toEqual(new Date(Date.UTC(2020, 0, 14)));
  });

  it('holds the same records as JSONL', () => {
    const records = jsonl(runCli(['extract', corpus, '-q']).stdout);
    expect(sheet('indicators').length - 1).toBe(records.filter((r) => r.type === 'indicator').length);
    const positions = records.filter((r) => r.type === 'official').reduce((n, r) => n + (r.positions as unknown[]).length, 0);
    expect(sheet('officials').length - 1).toBe(positions);
  });

  it('freezes the header row of every sheet', () => {
    const files = unzipSync(readFileSync(book));
    const worksheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(worksheets).toHaveLength(5);
    for (const f of worksheets) expect(strFromU8(files[f]!)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it('needs --out', () => {
    const result = runCli(['extract', corpus, '--format', 'xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format xlsx writes a workbook');
  });
});
