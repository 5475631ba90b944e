// Hostile input: nothing crashes, nothing is lost, nothing hangs. Each case builds its own
// fixture; the time limits are loose guards against super-linear behaviour (the real timings
// are in `npm run bench`).
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, FIXTURES, jsonl, runCli } from './helpers/cli.js';
import { listInputs } from '../src/ingest/inputs.js';
import { runExtraction } from '../src/pipeline/run.js';
import { Plan } from '../src/pipeline/plan.js';
import { BUILTIN_LEXICON } from '../src/vocab/lexicon.js';
import { encodeRecords, type Encoded } from '../src/output/encode.js';
import { processArticle } from '../src/pipeline/process.js';
import { extractorTypes } from '../src/schema/records.js';
import { loadHtmlParser } from '../src/text/html.js';

const ARTICLE = path.join(FIXTURES, 'articles', '000_589c67ea45d1b0b9.txt');
let tmp: string;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-hostile-'));
  await loadHtmlParser();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Run one text through the whole pipeline in this process, timing it. */
function processText(text: string | Buffer, format: 'txt' | 'html' = 'txt') {
  const started = performance.now();
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const output = processArticle({ id: 'hostile', path: null, bytes, format }, { types: extractorTypes, lexicon: BUILTIN_LEXICON });
  return { ...output, seconds: (performance.now() - started) / 1000 };
}

const MB = 1024 * 1024;

describe('pathological text finishes fast and yields valid records', () => {
  const cases: Record<string, () => string> = {
    'a 5 MB single line': () => readFileSync(ARTICLE, 'utf8').replace(/\n/g, ' ').repeat(Math.ceil((5 * MB) / 4000)).slice(0, 5 * MB),
    '1 MB of 1.1.1.1…': () => '1.'.repeat(MB / 2),
    '1 MB of 0,0,0,…': () => '0,'.repeat(MB / 2),
    '1 MB of 1/1/1/…': () => '1/'.repeat(MB / 2),
    '1 MB of Nguyễn Nguyễn …': () => 'Nguyễn '.repeat(MB / 7),
    '1 MB of Nghị định số số số …': () => 'Nghị định ' + 'số '.repeat(MB / 3),
    '1 MB without spaces': () => 'Doanhthuđạt15.658tỉđồng,tăng2,2%'.repeat(MB / 34),
    '1 MB of titles and names': () => 'Phó Chủ tịch UBND tỉnh Hải Dương Lương Văn Cầu, '.repeat(MB / 50),
    '1 MB of percentages and ranges': () => 'tăng 2,2-3,5% so với năm 2018 và 19/63; '.repeat(MB / 40),
  };
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      const text = make();
      const result = processText(text);
      // Super-linear work shows as a whole that takes far more than four times its quarter;
      // linear work that is merely heavy (78,000 records from 1 MB of percentages, each with
      // its sentence's window) may take more than 5 s on a slow machine, and passes.
      if (result.seconds >= 5) expect(result.seconds).toBeLessThan(8 * processText(text.slice(0, text.length / 4)).seconds + 1);
      expect(result.records[0]!.type).toBe('article');
      for (const r of result.records) if ('start' in r) expect(result.document!.text.slice(r.start, r.end)).toBe(r.text);
    });
  }

  it('HTML nested 10,000 levels deep', () => {
    const html = '<html><body>' + '<div>'.repeat(10_000) + '<p>Doanh thu đạt 15.658 tỉ đồng, tăng 2,2%.</p>' + '</div>'.repeat(10_000) + '</body></html>';
    const result = processText(html, 'html');
    expect(result.seconds).toBeLessThan(5);
    expect(result.records.filter((r) => r.type === 'indicator').map((r) => (r as { value: number }).value)).toEqual([15658e9, 2.2]);
  });

  it('HTML that tries to run script keeps it out of the text', () => {
    const html = '<html><head><title>Tin</title><script>alert(1)</script></head><body><article><h1>Tin nóng</h1><p>Có 5 người bị thương.</p><img src="data:image/png;base64,AAAA" onerror="alert(2)"></article></body></html>';
    const result = processText(html, 'html');
    expect(result.document!.text).not.toMatch(/alert|script|data:image/);
    expect(result.records.some((r) => r.type === 'indicator')).toBe(true);
  });
});

describe('bad files: an error record each, every other file still written', () => {
  it('invalid UTF-8 bytes are read as a legacy code page, not a crash', () => {
    const bytes = Buffer.concat([Buffer.from('Doanh thu đạt 15 tỷ đồng. ', 'utf8'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' Có 3 xã.', 'utf8')]);
    const result = processText(bytes);
    expect(result.records[0]!.type).toBe('article');
  });

  it('a file that cannot be read, a FIFO, a symlink loop in a folder', () => {
    const dir = path.join(tmp, 'unreadable');
    mkdirSync(dir, { recursive: true });
    copyFileSync(ARTICLE, path.join(dir, 'good.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    symlinkSync(dir, path.join(dir, 'loop'));
    const locked = path.join(dir, 'locked.txt');
    copyFileSync(ARTICLE, locked);
    chmodSync(locked, 0o000);
    const result = runCli(['extract', dir, '-q']);
    const records = jsonl(result.stdout);
    expect(result.code).toBe(1);
    const errors = records.filter((r) => r.type === 'error').map((r) => `${r.path}: ${r.reason}`);
    expect(errors).toContain('pipe.txt: not a regular file');
    // Root reads any file; elsewhere the locked file is a permission error.
    if (process.getuid?.() !== 0) expect(errors).toContain('locked.txt: permission denied');
    expect(records.filter((r) => r.type === 'article').map((r) => r.id)).toContain('good');
    chmodSync(locked, 0o644);
  });

  it('a file deleted between listing and reading', async () => {
    const dir = path.join(tmp, 'vanishing');
    mkdirSync(dir, { recursive: true });
    copyFileSync(ARTICLE, path.join(dir, 'a.txt'));
    copyFileSync(ARTICLE, path.join(dir, 'b.txt'));
    const listing = await listInputs([dir]);
    const planned = await Plan.of(listing.sources, async () => new Uint8Array());
    unlinkSync(path.join(dir, 'a.txt'));
    const written: Encoded[] = [];
    const sink = { write: async (e: Encoded) => void written.push(e), close: async () => {}, abort: async () => {} };
    const summary = await runExtraction(planned, sink, { types: extractorTypes, lexicon: BUILTIN_LEXICON, maxFileSize: 20 * MB, format: 'json' });
    expect(summary.failedInputs).toBe(1);
    const records = written.flatMap((e) => (e.format === 'json' ? e.records : []));
    expect(records[0]).toMatchObject({ type: 'error', article_id: 'a', reason: 'no such file or folder' });
    expect(records.filter((r) => r.type === 'article').map((r) => (r as { id: string }).id)).toEqual(['b']);
  });

  it('a folder of 10,000 tiny files', () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 10_000; i++) writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), `Tin ${i}: có ${i} người tham gia.`);
    const started = performance.now();
    const result = runCli(['extract', dir, '-q', '--types', 'indicators']);
    expect((performance.now() - started) / 1000).toBeLessThan(60);
    expect(result.code).toBe(0);
    const records = jsonl(result.stdout);
    expect(records.filter((r) => r.type === 'article')).toHaveLength(10_000);
  });
});

describe('output safety', () => {
  it('a run killed midway leaves no partial file at the destination', async () => {
    const input = path.join(tmp, 'big-input');
    mkdirSync(input, { recursive: true });
    for (let i = 0; i < 3000; i++) copyFileSync(ARTICLE, path.join(input, `a${i}.txt`));
    const outFile = path.join(tmp, 'killed', 'records.jsonl');
    const outDir = path.join(tmp, 'killed-csv');
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, 'previous run\n');
    for (const args of [['--out', outFile], ['--format', 'csv', '--out', outDir]]) {
      const child = spawn(process.execPath, [BIN, 'extract', input, '--jobs', '1', '-q', ...args]);
      await new Promise((resolve) => setTimeout(resolve, 700));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
    }
    expect(readFileSync(outFile, 'utf8')).toBe('previous run\n');
    const left = existsSync(outDir) ? readdirSync(outDir).filter((f) => !f.startsWith('.vnextract-tmp-')) : [];
    expect(left).toEqual([]);
  });

  it('JSON output escapes article text', () => {
    const file = path.join(tmp, 'quotes.txt');
    writeFileSync(file, 'Tiêu đề "có ngoặc" và </script><script>alert(1)</script>\n\nCó 5 người.');
    const result = runCli(['extract', file, '--format', 'json', '-q']);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('writes an official with several positions as one CSV row per position', () => {
    const text = 'Tiếp đoàn có Ủy viên TW Đảng, Bí thư Tỉnh ủy Hải Dương Nguyễn Mạnh Hiển.';
    const encoded = encodeRecords('csv', processText(text).records);
    expect(encoded.format).toBe('csv');
    const rows = encoded.format === 'csv' ? (encoded.tables.officials ?? '').trim().split('\n') : [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Nguyễn Mạnh Hiển');
    expect(rows[0]).toContain(',0,Ủy viên,TW Đảng,Trung ương Đảng');
    expect(rows[1]).toContain(',1,Bí thư,Tỉnh ủy Hải Dương,Tỉnh ủy Hải Dương');
  });
});
