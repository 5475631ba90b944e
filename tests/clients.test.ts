// The README's recipes run as the clients run them: DuckDB's own Node package (a dev
// dependency) reads the JSONL and the CSV files and must get the answers the records hold,
// with ids, symbols and decree numbers as text.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, jsonl, runCli } from './helpers/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-clients-'));
const corpus = path.join(tmp, 'corpus');
const jsonlFile = path.join(tmp, 'records.jsonl');
const csvDir = path.join(tmp, 'data');
let records: Array<Record<string, unknown>> = [];

async function query(sql: string): Promise<Array<Record<string, unknown>>> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>;
  } finally {
    connection.closeSync();
  }
}

beforeAll(() => {
  mkdirSync(corpus, { recursive: true });
  for (const name of ['000_589c67ea45d1b0b9.txt', '003_dff971b7a977fc1f.txt']) {
    writeFileSync(path.join(corpus, name), readFileSync(path.join(FIXTURES, 'articles', name)));
  }
  // An id made of digits, a decree number with a leading zero and a figure beyond 2^53.
  writeFileSync(path.join(corpus, '21478159.txt'), 'Thực hiện Chỉ thị số 02/CT-TTg ngày 5/1/2017 của Thủ tướng Chính phủ, doanh thu đạt 1.200 tỷ đồng. Giải thưởng ghi 68.000.000 tỷ tỷ đồng.\n');
  const run = runCli(['extract', corpus, '--out', jsonlFile, '-q']);
  expect(run.code, run.stderr).toBe(0);
  expect(runCli(['extract', corpus, '--format', 'csv', '--out', csvDir, '-q']).code).toBe(0);
  records = jsonl(readFileSync(jsonlFile, 'utf8'));
});

describe('DuckDB reads the JSONL as the README shows', () => {
  it("select name, value, period from read_json_auto('records.jsonl') where type='indicator'", async () => {
    const rows = await query(`select name, value, period from read_json_auto('${jsonlFile}') where type='indicator'`);
    const indicators = records.filter((r) => r.type === 'indicator');
    expect(rows).toHaveLength(indicators.length);
    expect(rows.map((r) => Number(r.value))).toEqual(indicators.map((r) => Number(r.value)));
    expect(rows.map((r) => r.name)).toEqual(indicators.map((r) => r.name));
  });

  it('the article id stays text, a decree number keeps its leading zero', async () => {
    const rows = await query(`select article_id, number, symbol from read_json_auto('${jsonlFile}') where type='decree' and article_id='21478159'`);
    expect(rows).toEqual([{ article_id: '21478159', number: '02', symbol: '02/CT-TTg' }]);
  });
});

describe('DuckDB reads the CSV files as the README shows', () => {
  it("read_csv with the types the datapackage declares: ids, numbers and symbols as text", async () => {
    const rows = await query(
      `select article_id, number, symbol, issuer from read_csv('${path.join(csvDir, 'decrees.csv')}', types={'article_id': 'VARCHAR', 'number': 'VARCHAR', 'symbol': 'VARCHAR'}) where article_id='21478159'`,
    );
    expect(rows).toEqual([{ article_id: '21478159', number: '02', symbol: '02/CT-TTg', issuer: 'Thủ tướng Chính phủ' }]);
  });

  it('indicator values are numbers, the figure beyond 2^53 a double, texts as extracted', async () => {
    const rows = await query(`select text, value from read_csv('${path.join(csvDir, 'indicators.csv')}', types={'article_id': 'VARCHAR', 'text': 'VARCHAR'}) where article_id='21478159' order by start`);
    expect(rows.map((r) => r.text)).toEqual(['1.200 tỷ đồng', '68.000.000 tỷ']);
    expect(rows.map((r) => Number(r.value))).toEqual([1.2e12, 6.8e16]);
  });

  it('the sort of CSV shards the README shows runs', async () => {
    const rows = await query(`select count(*) as n from (select * from read_csv_auto('${path.join(csvDir, '*.csv').replace('*.csv', 'indicators.csv')}') order by article_id, start)`);
    expect(Number(rows[0]!.n)).toBe(records.filter((r) => r.type === 'indicator').length);
  });
});
