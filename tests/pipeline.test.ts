// End to end through the built CLI, on the bundled real articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, symlinkSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { FIXTURES, jsonl, runCli } from './helpers/cli.js';

const ARTICLES = path.join(FIXTURES, 'articles');
const HTML = path.join(FIXTURES, 'html');
const GOLD = path.join(FIXTURES, 'gold');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Records without the fields that name the file they came from. */
function comparable(records: Array<Record<string, unknown>>): unknown[] {
  return records.map((r) => {
    const { article_id: _a, id: _i, path: _p, sha256: _s, format: _f, encoding: _e, ...rest } = r;
    // A page states its time of publication; pasted text only the date.
    if (typeof rest.published === 'string') rest.published = rest.published.slice(0, 10);
    return rest;
  });
}

function sameRecords(records: Array<Record<string, unknown>>): unknown[] {
  return (comparable(records) as Array<Record<string, unknown>>)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !/^(?:start|end|chars)$|_(?:start|end)$/.test(k))))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function extractFile(file: string): Array<Record<string, unknown>> {
  const result = runCli(['extract', file, '-q']);
  expect(result.code, result.stderr).toBe(0);
  return jsonl(result.stdout);
}


/** Every file of an output folder, in name order, as one string (to compare two runs). */
function folderContents(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f}\n${readFileSync(path.join(dir, f), 'utf8')}`)
    .join('\n--\n');
}
describe('extract on the fixtures', () => {
  it('gives every seed its gold title and publication date', () => {
    const result = runCli(['extract', ARTICLES, '-q', '--types', 'decrees']);
    expect(result.code).toBe(0);
    const articles = jsonl(result.stdout).filter((r) => r.type === 'article');
    expect(articles).toHaveLength(5);
    for (const article of articles) {
      const gold = JSON.parse(readFileSync(path.join(GOLD, `${article.id}.gold.json`), 'utf8'));
      expect(article.title, String(article.id)).toBe(gold.title);
      expect(article.published, String(article.id)).toBe(gold.published);
      if ('byline' in gold) expect(article.byline, String(article.id)).toBe(gold.byline);
      if ('outlet' in gold) expect(article.outlet, String(article.id)).toBe(gold.outlet);
    }
  });

  it('writes CSV tables and a datapackage describing every column', () => {
    const out = path.join(tmp, 'csv');
    const result = runCli(['extract', ARTICLES, HTML, '--format', 'csv', '--out', out, '-q']);
    expect(result.code, result.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['articles.csv', 'datapackage.json', 'decrees.csv', 'errors.csv', 'indicators.csv', 'officials.csv']);
    const pkg = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8'));
    for (const resource of pkg.resources) {
      const header = readFileSync(path.join(out, resource.path), 'utf8').split('\n')[0]!.split(',');
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const field of resource.schema.fields) expect(['string', 'integer', 'number', 'boolean']).toContain(field.type);
    }
    const indicators = readFileSync(path.join(out, 'indicators.csv'), 'utf8');
    expect(indicators).toContain('15658000000000');
    expect(indicators.split('\n').length).toBeGreaterThan(90);
  });

  it('is byte-identical across runs in every format', () => {
    for (const format of ['jsonl', 'json', 'csv'] as const) {
      const outputs = [1, 2].map((n) => {
        const out = path.join(tmp, `det-${format}-${n}`);
        const target = format === 'csv' ? out : `${out}.${format}`;
        const result = runCli(['extract', ARTICLES, HTML, '--format', format, '--out', target, '-q']);
        expect(result.code, result.stderr).toBe(0);
        if (format !== 'csv') return readFileSync(target, 'utf8');
        return folderContents(out);
      });
      expect(outputs[0]).toBe(outputs[1]);
    }
  });

  it('sorts records by article id then offset', () => {
    const records = jsonl(runCli(['extract', ARTICLES, '-q']).stdout).filter((r) => r.type !== 'article');
    const keys = records.map((r) => [String(r.article_id), Number(r.start)] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  it('gives every span the exact text between start and end', () => {
    for (const name of readdirSync(ARTICLES)) {
      const records = extractFile(path.join(ARTICLES, name)).filter((r) => r.type !== 'article');
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        expect(String(r.sentence)).toContain(String(r.text));
        expect(Number(r.end)).toBeGreaterThan(Number(r.start));
      }
    }
  });
});

describe('the same article in other forms gives the same records', () => {
  for (const id of ['000_589c67ea45d1b0b9', '002_c3d1031f18d21800', '004_d0b8e72b1304498b']) {
    it(`${id}: HTML page and pasted text`, () => {
      // A pasted article keeps its pictures' captions as lines; a page's captions are never
      // article text. So the pasted text is compared without them.
      const page = readFileSync(path.join(HTML, `${id}.page.html`), 'utf8');
      const captions = new Set([...page.matchAll(/<figcaption>([^<]*)<\/figcaption>/g)].map((m) => m[1]!.trim()));
      const pasted = readFileSync(path.join(ARTICLES, `${id}.txt`), 'utf8')
        .split('\n')
        .filter((line) => !captions.has(line.trim()))
        .join('\n');
      const file = path.join(tmp, 'without-captions', `${id}.txt`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, pasted);
      const fromText = extractFile(file);
      const fromHtml = extractFile(path.join(HTML, `${id}.page.html`));
      // The page may order headline and lead otherwise than the paste: the same records, wherever they sit.
      expect(sameRecords(fromHtml)).toEqual(sameRecords(fromText));
    });
  }

  const id = '001_56467f51c98239ff';
  const original = () => readFileSync(path.join(ARTICLES, `${id}.txt`), 'utf8');
  const variants: Record<string, () => Buffer> = {
    'UTF-8 with BOM': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original(), 'utf8')]),
    'UTF-16 LE with BOM': () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original(), 'utf16le')]),
    'UTF-16 BE with BOM': () => {
      const le = Buffer.from(original(), 'utf16le');
      const be = Buffer.alloc(le.length);
      for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    },
    'UTF-16 LE without BOM': () => Buffer.from(original(), 'utf16le'),
    'NFD (decomposed)': () => Buffer.from(original().normalize('NFD'), 'utf8'),
    'windows-1258': () => iconv.encode(toWindows1258Form(original()), 'windows1258'),
    'CRLF line ends and no-break spaces': () => Buffer.from(original().replace(/\n/g, '\r\n').replace(/ (\d)/g, '\u00a0$1'), 'utf8'),
  };
  const expected = () => comparable(extractFile(path.join(ARTICLES, `${id}.txt`)));
  for (const [label, make] of Object.entries(variants)) {
    it(`${label} gives the records of the UTF-8 NFC original`, () => {
      const file = path.join(tmp, `${label.replace(/\W+/g, '-')}`, `${id}.txt`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, make());
      expect(comparable(extractFile(file))).toEqual(expected());
    });
  }
});

/**
 * windows-1258 keeps base letters with circumflex, breve and horn precomposed but writes the
 * five tone marks as combining characters: decompose tones only, as a Windows editor would.
 */
function toWindows1258Form(text: string): string {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return [...text]
    .map((ch) => {
      const nfd = ch.normalize('NFD');
      const toneMarks = nfd.match(tones)?.join('') ?? '';
      return nfd.replace(tones, '').normalize('NFC') + toneMarks;
    })
    .join('');
}

describe('bad input: a clear error, an error record, and the batch goes on', () => {
  it('reports a missing path, an empty file, a binary file and a symlink loop, and writes the rest', () => {
    const dir = path.join(tmp, 'bad');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(ARTICLES, '003_dff971b7a977fc1f.txt'), path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(dir, 'notes.md'), '# not an article');
    symlinkSync('loop.txt', path.join(dir, 'loop.txt'));
    const result = runCli(['extract', dir, path.join(tmp, 'does-not-exist.txt')]);
    expect(result.code).toBe(1);
    const records = jsonl(result.stdout);
    const errors = records.filter((r) => r.type === 'error');
    const reasons = errors.map((e) => `${e.path}: ${e.reason}`).join('\n');
    expect(reasons).toMatch(/does-not-exist\.txt: no such file or folder/);
    expect(reasons).toMatch(/empty\.txt: empty file/);
    expect(reasons).toMatch(/binary\.txt: binary file/);
    expect(reasons).toMatch(/loop\.txt: (symlink loop|no such file)/);
    expect(records.filter((r) => r.type === 'article').map((r) => r.id)).toEqual(['good']);
    expect(records.filter((r) => r.type === 'indicator').length).toBe(5);
    expect(result.stderr).toMatch(/notes\.md: skipped/);
    expect(result.stderr).toMatch(/does-not-exist\.txt: no such file or folder/);
  });

  it('refuses files over --max-file-size, naming the file and the limit', () => {
    const file = path.join(tmp, 'big.txt');
    writeFileSync(file, 'Doanh thu đạt 15 tỷ đồng. '.repeat(50_000));
    const result = runCli(['extract', file, '--max-file-size', '1']);
    expect(result.code).toBe(1);
    const error = jsonl(result.stdout).find((r) => r.type === 'error');
    expect(error?.reason).toMatch(/over the --max-file-size limit of 1\.0 MB/);
  });

  it('exits 2 on bad usage with a clear message', () => {
    const types = runCli(['extract', ARTICLES, '--types', 'indicators,people']);
    expect(types.code).toBe(2);
    expect(types.stderr).toMatch(/unknown record type "people"/);
    const csv = runCli(['extract', ARTICLES, '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/--out DIR/);
    expect(runCli(['extract']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
  });

  it('refuses to write output over an input file', () => {
    const file = path.join(tmp, 'self.jsonl.txt');
    copyFileSync(path.join(ARTICLES, '003_dff971b7a977fc1f.txt'), file);
    const result = runCli(['extract', file, '--out', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refusing to write output over the input file/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(ARTICLES, '003_dff971b7a977fc1f.txt'), 'utf8'));
  });

  it('refuses to write output or the review page over a file found inside an input folder', () => {
    const dir = path.join(tmp, 'self-folder');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const nested = path.join(dir, 'sub', 'bai-viet.txt');
    const original = readFileSync(path.join(ARTICLES, '003_dff971b7a977fc1f.txt'), 'utf8');
    writeFileSync(nested, original);
    for (const args of [['--out', nested], ['--report', nested]]) {
      const result = runCli(['extract', dir, ...args, '-q']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/refusing to write (output|the report) over the input file/);
    }
    expect(readFileSync(nested, 'utf8')).toBe(original);
  });
});

describe('inputs', () => {
  it('reads stdin with a stable id', () => {
    const text = readFileSync(path.join(ARTICLES, '000_589c67ea45d1b0b9.txt'));
    const result = runCli(['extract', '-', '-q'], { input: text });
    expect(result.code).toBe(0);
    const records = jsonl(result.stdout);
    expect(records[0]!.id).toMatch(/^stdin-[0-9a-f]{12}$/);
    expect(records[0]!.path).toBeNull();
    expect(comparable(records)).toEqual(comparable(extractFile(path.join(ARTICLES, '000_589c67ea45d1b0b9.txt'))));
  });

  it('expands globs', () => {
    const result = runCli(['extract', 'fixtures/articles/00[0-2]*.txt', '-q', '--types', 'decrees']);
    expect(result.code, result.stderr).toBe(0);
    expect(jsonl(result.stdout).filter((r) => r.type === 'article').map((r) => r.id)).toEqual([
      '000_589c67ea45d1b0b9',
      '001_56467f51c98239ff',
      '002_c3d1031f18d21800',
    ]);
  });

  it('reads a file named by several inputs once, and names clashing files by their relative path', () => {
    const dir = path.join(tmp, 'overlap');
    mkdirSync(path.join(dir, '2019'), { recursive: true });
    mkdirSync(path.join(dir, '2020'), { recursive: true });
    copyFileSync(path.join(ARTICLES, '000_589c67ea45d1b0b9.txt'), path.join(dir, '2019', 'tin.txt'));
    copyFileSync(path.join(ARTICLES, '001_56467f51c98239ff.txt'), path.join(dir, '2020', 'tin.txt'));
    copyFileSync(path.join(ARTICLES, '002_c3d1031f18d21800.txt'), path.join(dir, 'rieng.txt'));
    writeFileSync(path.join(dir, 'ghi-chu.md'), 'không phải bài báo');
    const result = runCli(['extract', dir, dir, path.join(dir, 'rieng.txt'), `${dir}/**/*.txt`, '--types', '']);
    expect(result.code, result.stderr).toBe(0);
    expect(jsonl(result.stdout).map((r) => [r.id, r.path])).toEqual([
      ['2019/tin', '2019/tin.txt'],
      ['2020/tin', '2020/tin.txt'],
      ['rieng', 'rieng.txt'],
    ]);
    expect(result.stderr).toContain('ghi-chu.md: skipped: not a .txt, .html or .htm file');
  });

  it('extracts nothing but articles when asked for no extractor output (records from none)', () => {
    const result = runCli(['extract', ARTICLES, '-q', '--types', '']);
    expect(result.code).toBe(0);
    expect(jsonl(result.stdout).every((r) => r.type === 'article')).toBe(true);
  });
});

describe('values every reader reads exactly', () => {
  it('a figure beyond 2^53 is written in exponent notation, warned about, and JSON readers keep it', () => {
    const file = path.join(tmp, 'jackpot.txt');
    writeFileSync(file, 'Giải Jackpot trị giá 68.000.000 tỷ tỷ đồng, gấp 3 lần kỳ trước.\n');
    const result = runCli(['extract', file, '--types', 'indicators']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"value":6.8e+16');
    expect(result.stdout).not.toMatch(/"value":\d{17,}/);
    expect(result.stderr).toMatch(/warning jackpot @21: implausible figure "68.000.000 tỷ": beyond 2\^53/);
    const json = runCli(['extract', file, '--types', 'indicators', '--format', 'json', '-q']);
    expect(json.stdout).toContain('"value": 6.8e+16');
    const out = path.join(tmp, 'jackpot-csv');
    expect(runCli(['extract', file, '--types', 'indicators', '--format', 'csv', '--out', out, '-q']).code).toBe(0);
    expect(readFileSync(path.join(out, 'indicators.csv'), 'utf8')).toContain(',6.8e+16,');
  });
});

describe('CSV safety', () => {
  it('neutralises formula-looking text cells and leaves numbers alone', () => {
    const file = path.join(tmp, 'formula.txt');
    writeFileSync(file, '=HYPERLINK("http://x")\n\nDoanh thu năm 2019 giảm còn -3,1% so với năm 2018, đạt 1.234 tỷ đồng.\n');
    const out = path.join(tmp, 'formula-csv');
    expect(runCli(['extract', file, '--format', 'csv', '--out', out, '-q']).code).toBe(0);
    const articles = readFileSync(path.join(out, 'articles.csv'), 'utf8');
    expect(articles).toContain(`"'=HYPERLINK(""http://x"")"`);
    const indicators = readFileSync(path.join(out, 'indicators.csv'), 'utf8');
    expect(indicators).toContain(',-3.1,');
    // A signed figure is a value a spreadsheet reads, not a formula it runs: kept as extracted.
    expect(indicators).toContain(',"-3,1%",');
    expect(indicators).not.toContain("'-3,1%");
    expect(indicators).toContain(',1234000000000,');
  });

  it('guards only what a spreadsheet would run, and --no-formula-guard writes cells as extracted', () => {
    const file = path.join(tmp, 'formula2.txt');
    writeFileSync(file, '-Hà Nội: =SUM(A1) @cmd\n\nNhiệt độ giảm -71 độ, lãi suất -0,49%.\n');
    const guarded = path.join(tmp, 'formula-guarded');
    const raw = path.join(tmp, 'formula-raw');
    expect(runCli(['extract', file, '--format', 'csv', '--out', guarded, '-q']).code).toBe(0);
    expect(runCli(['extract', file, '--format', 'csv', '--out', raw, '--no-formula-guard', '-q']).code).toBe(0);
    expect(readFileSync(path.join(guarded, 'articles.csv'), 'utf8')).toContain("'-Hà Nội: =SUM(A1) @cmd");
    expect(readFileSync(path.join(raw, 'articles.csv'), 'utf8')).toContain(',-Hà Nội: =SUM(A1) @cmd,');
    for (const dir of [guarded, raw]) {
      const indicators = readFileSync(path.join(dir, 'indicators.csv'), 'utf8');
      expect(indicators).toContain(',"-0,49%",');
      expect(indicators).not.toMatch(/'-/);
    }
  });

  it('writes a UTF-8 BOM with --bom', () => {
    const out = path.join(tmp, 'bom');
    expect(runCli(['extract', ARTICLES, '--format', 'csv', '--out', out, '--bom', '-q']).code).toBe(0);
    expect(readFileSync(path.join(out, 'officials.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // The package says so: read with its declared encoding, the first header is `id`.
    const pkg = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8')) as { resources: Array<{ path: string; encoding: string; dialect: { delimiter: string } }> };
    for (const resource of pkg.resources) {
      expect(resource.encoding).toBe('utf-8-sig');
      const bytes = readFileSync(path.join(out, resource.path));
      const text = new TextDecoder('utf-8', { ignoreBOM: resource.encoding !== 'utf-8-sig' }).decode(bytes);
      expect(text.split('\n')[0]!.split(resource.dialect.delimiter)[0]).toMatch(/^(?:id|article_id|path)$/);
    }
    const plain = path.join(tmp, 'no-bom');
    expect(runCli(['extract', ARTICLES, '--format', 'csv', '--out', plain, '-q']).code).toBe(0);
    expect((JSON.parse(readFileSync(path.join(plain, 'datapackage.json'), 'utf8')) as { resources: Array<{ encoding: string }> }).resources[0]!.encoding).toBe('utf-8');
  });
});

describe('schema', () => {
  it('prints the JSON Schema of every record type', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(Object.keys(schema.$defs).sort()).toEqual(['article', 'decree', 'error', 'indicator', 'official']);
    expect(schema.$defs.indicator.properties.kind.enum).toContain('fraction');
  });
});

describe('parallel and sharded runs', () => {
  it('--jobs 2 writes exactly what --jobs 1 writes (JSONL and CSV)', () => {
    const one = runCli(['extract', ARTICLES, HTML, '--jobs', '1', '-q']);
    const two = runCli(['extract', ARTICLES, HTML, '--jobs', '2', '-q']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const dirs = [1, 2].map((jobs) => {
      const out = path.join(tmp, `jobs-csv-${jobs}`);
      expect(runCli(['extract', ARTICLES, HTML, '--jobs', String(jobs), '--format', 'csv', '--out', out, '-q']).code).toBe(0);
      return folderContents(out);
    });
    expect(dirs[1]).toBe(dirs[0]);
  });

  it('--jobs 2 under V8 flags, over many batches, still writes what --jobs 1 writes', () => {
    // 60 articles: several batches per worker and a partial last one. V8 flags given to node
    // (refused in a worker's execArgv) must not stop the pool.
    const dir = path.join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    const sources = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 60; i++) copyFileSync(path.join(ARTICLES, sources[i % sources.length]!), path.join(dir, `a${String(i).padStart(2, '0')}.txt`));
    const one = runCli(['extract', dir, '--jobs', '1', '-q']);
    const two = runCli(['extract', dir, '--jobs', '2', '-q'], { nodeArgs: ['--max-old-space-size=512', '--stack-size=2000'] });
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(jsonl(two.stdout).filter((r) => r.type === 'article')).toHaveLength(60);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reports a failing input from a worker like the one-job run does', () => {
    const result = runCli(['extract', ARTICLES, path.join(tmp, 'nope.txt'), '--jobs', '2', '-q']);
    expect(result.code).toBe(1);
    expect(jsonl(result.stdout).filter((r) => r.type === 'error')).toHaveLength(1);
  });

  it('splits a corpus into shards whose stably sorted union is the single run', () => {
    const whole = jsonl(runCli(['extract', ARTICLES, HTML, '-q']).stdout);
    const shards = [1, 2, 3].map((k) => jsonl(runCli(['extract', ARTICLES, HTML, '--shard', `${k}/3`, '-q']).stdout));
    const ids = shards.map((s) => s.filter((r) => r.type === 'article').map((r) => r.id));
    expect(ids.flat().sort()).toEqual(whole.filter((r) => r.type === 'article').map((r) => r.id).sort());
    for (let a = 0; a < 3; a++) for (let b = a + 1; b < 3; b++) expect(ids[a]!.filter((id) => ids[b]!.includes(id))).toEqual([]);
    // The README's recipe: concatenate, then a stable sort on the article id.
    const key = (r: Record<string, unknown>) => String(r.article_id ?? r.id);
    const merged = shards.flat().sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
    expect(merged).toEqual(whole);
  });

  it('ends on time and writes what --jobs 1 writes when the workers started early are not all needed', () => {
    // (The entry point starts --jobs N - 1 workers before the CLI loads; two articles need one,
    // a run with no input none: the others must not keep the process alive.)
    const two = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort().slice(0, 2).map((f) => path.join(ARTICLES, f));
    const one = runCli(['extract', ...two, '--jobs', '1', '-q']);
    const many = runCli(['extract', ...two, '--jobs', '6', '-q'], { timeoutMs: 60_000 });
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    const none = runCli(['extract', path.join(tmp, 'no-such-folder'), '--jobs', '4', '-q'], { timeoutMs: 60_000 });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no-such-folder: no such file or folder/);
  });

  it('rejects a bad --jobs or --shard with exit code 2', () => {
    expect(runCli(['extract', ARTICLES, '--jobs', '0']).code).toBe(2);
    expect(runCli(['extract', ARTICLES, '--shard', '4/3']).code).toBe(2);
    expect(runCli(['extract', ARTICLES, '--shard', 'half']).stderr).toMatch(/--shard must be K\/N/);
  });
});

describe('--lexicon', () => {
  const article = 'Chấp hành viên Sở Tư pháp Bùi Văn Cường cho biết. Chủ tịch LMHTX tỉnh Nguyễn Văn Bình phát biểu.';

  it('adds titles and abbreviations from a JSON file', () => {
    const file = path.join(tmp, 'lexicon-article.txt');
    writeFileSync(file, article);
    const without = jsonl(runCli(['extract', file, '-q', '--types', 'officials']).stdout).filter((r) => r.type === 'official');
    expect(without.map((r) => r.name)).toEqual(['Nguyễn Văn Bình']);
    const lexicon = path.join(tmp, 'lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ titles: ['Chấp hành viên'], abbreviations: { LMHTX: 'Liên minh Hợp tác xã' } }));
    const withLexicon = jsonl(runCli(['extract', file, '-q', '--types', 'officials', '--lexicon', lexicon]).stdout).filter((r) => r.type === 'official');
    expect(withLexicon.map((r) => [r.name, r.title, r.organization_full])).toEqual([
      ['Bùi Văn Cường', 'Chấp hành viên', 'Sở Tư pháp'],
      ['Nguyễn Văn Bình', 'Chủ tịch', 'Liên minh Hợp tác xã tỉnh'],
    ]);
  });

  it('names the bad entry of an invalid lexicon and exits 2', () => {
    const lexicon = path.join(tmp, 'bad-lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ titles: ['Chấp hành viên', ''], abbreviations: { LMHTX: 'Liên minh Hợp tác xã' } }));
    const result = runCli(['extract', ARTICLES, '--lexicon', lexicon]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad entry at \.titles\[1\]/);
    writeFileSync(lexicon, '{ "titles": [');
    expect(runCli(['extract', ARTICLES, '--lexicon', lexicon]).stderr).toMatch(/not valid JSON/);
    writeFileSync(lexicon, JSON.stringify({ people: [] }));
    expect(runCli(['extract', ARTICLES, '--lexicon', lexicon]).stderr).toMatch(/bad entry/);
  });
});
