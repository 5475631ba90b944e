// The page set (fixtures/pages): saved pages built to the layouts of the major Vietnamese news
// sites, with their chrome (menus, tickers, related news, comments, captions, slideshows,
// footers with numbers), each beside the article's text as a reader would paste it. The
// main-content reader must take the whole article and nothing else, and say when it cannot.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../src/text/clean.js';
import { htmlToText, loadHtmlParser } from '../src/text/html.js';
import { FIXTURES, jsonl, runCli } from './helpers/cli.js';

const PAGES = path.join(FIXTURES, 'pages');
const names = readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
const expected = JSON.parse(readFileSync(path.join(PAGES, 'expected.json'), 'utf8')) as Record<string, { title: string; published: string; byline: string }>;

/** Words of a text as a multiset: what body recall and precision are counted in. */
function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.normalize('NFC').toLowerCase().replace(/[^\p{L}\d\s]/gu, ' ').split(/\s+/)) if (w) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

function overlap(got: string, want: string): { recall: number; precision: number } {
  const g = words(got);
  const w = words(want);
  let shared = 0;
  let wanted = 0;
  let taken = 0;
  for (const [word, n] of w) {
    wanted += n;
    shared += Math.min(n, g.get(word) ?? 0);
  }
  for (const n of g.values()) taken += n;
  return { recall: shared / wanted, precision: taken === 0 ? 0 : shared / taken };
}

function read(html: string) {
  const page = htmlToText(html);
  return { ...cleanText(page.text, page.meta), partial: page.partial };
}

/** The same page with every class and id renamed: the reader must not depend on the names. */
function scrambled(html: string): string {
  let n = 0;
  return html
    .replace(/class="[^"]*"/g, () => `class="k${(n++ * 7919) % 1000}"`)
    .replace(/ (?:id|type|data-role)="[^"]*"/g, '');
}

beforeAll(async () => {
  await loadHtmlParser();
});

describe('the page set: the whole article, nothing of the chrome', () => {
  expect(names.length).toBeGreaterThanOrEqual(10);
  for (const name of names) {
    it(`${name}: headline, lead and body; title, date and byline`, () => {
      const got = read(readFileSync(path.join(PAGES, `${name}.html`), 'utf8'));
      const want = cleanText(readFileSync(path.join(PAGES, `${name}.txt`), 'utf8')).text;
      expect(got.text).toBe(want);
      expect(got.title).toBe(expected[name]!.title);
      expect(got.published).toBe(expected[name]!.published);
      expect(got.byline).toBe(expected[name]!.byline);
      expect(got.partial).toBeNull();
    });

    it(`${name}: with every class and id renamed, still ≥ 0.98 recall and ≥ 0.97 precision`, () => {
      const got = read(scrambled(readFileSync(path.join(PAGES, `${name}.html`), 'utf8')));
      const want = cleanText(readFileSync(path.join(PAGES, `${name}.txt`), 'utf8')).text;
      const { recall, precision } = overlap(got.text, want);
      expect(recall).toBeGreaterThanOrEqual(0.98);
      expect(precision).toBeGreaterThanOrEqual(0.97);
      expect(got.title).toBe(expected[name]!.title);
    });
  }
});

describe('a page and its pasted text give the same records', () => {
  const comparable = (records: Array<Record<string, unknown>>) =>
    records
      .filter((r) => r.type !== 'article')
      .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !/^(?:article_id)$/.test(k)))))
      .sort();
  for (const name of names) {
    it(name, () => {
      const fromHtml = runCli(['extract', path.join(PAGES, `${name}.html`), '-q']);
      const fromText = runCli(['extract', path.join(PAGES, `${name}.txt`), '-q']);
      expect(fromHtml.code, fromHtml.stderr).toBe(0);
      const records = jsonl(fromHtml.stdout);
      expect(records.filter((r) => r.type !== 'article').length).toBeGreaterThan(0);
      expect(comparable(records)).toEqual(comparable(jsonl(fromText.stdout)));
    });
  }

  it('no record comes from the chrome (menus, tickers, related news, comments, captions, footers)', () => {
    const chrome = /Giấy phép|Tổng biên tập|Xổ số|xổ số|Tỷ giá USD|Xăng giảm 320|Trần Hồng Minh|Trần Sỹ Thanh|Phạm Minh Chính|50 triệu đồng\/m2|Quảng cáo|Ảnh:|1,2 km|2.000 tỷ đồng cải tạo|10.000 hộ dân|6,5 triệu|Lượt xem|0218|29°C|Bão số 2/;
    const result = runCli(['extract', PAGES, '-q']);
    for (const r of jsonl(result.stdout)) if (typeof r.sentence === 'string') expect(r.sentence).not.toMatch(chrome);
  });
});

describe('a page that loses its body is reported, never silent', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-pages-'));
  // A page saved before its script filled the body in: the headline, a menu, a related list.
  const hollow =
    '<html><head><meta property="og:title" content="Giá xăng giảm 450 đồng mỗi lít"></head><body>' +
    '<nav><a href="/">Trang chủ</a></nav><h1>Giá xăng giảm 450 đồng mỗi lít</h1><div id="app" data-src="/api/article/123"></div>' +
    '<div class="related"><a href="/a">Giá vàng tăng 1 triệu đồng</a></div></body></html>';

  it('the run warns, writes an error record after the article and exits 3', () => {
    const file = path.join(tmp, 'hollow.html');
    writeFileSync(file, hollow);
    const result = runCli(['extract', file]);
    expect(result.code).toBe(3);
    const records = jsonl(result.stdout);
    expect(records[0]!.type).toBe('article');
    expect(records.some((r) => r.type === 'error' && r.stage === 'clean' && /read only in part/.test(String(r.reason)))).toBe(true);
    expect(result.stderr).toMatch(/warning hollow @0: page read only in part/);
    expect(result.stderr).toMatch(/1 read only in part/);
  });

  it('a page whose paragraphs the reader left out is reported too', () => {
    const dir = path.join(tmp, 'missed');
    mkdirSync(dir, { recursive: true });
    const paragraph = '<p>' + 'Giá vàng miếng hôm nay tăng mạnh theo giá thế giới, người dân xếp hàng mua vàng. '.repeat(3) + '</p>';
    writeFileSync(path.join(dir, 'missed.html'), `<html><body><div>${paragraph.repeat(3)}</div><h1>Tin ngắn về thời tiết hôm nay</h1><div><div>Xem ảnh</div></div></body></html>`);
    const result = runCli(['extract', dir, '-q']);
    expect(result.code).toBe(3);
  });

  it('`vnextract text` shows what was read, the string the offsets point into, and warns too', () => {
    const file = path.join(tmp, 'hollow2.html');
    writeFileSync(file, hollow);
    const text = runCli(['text', path.join(PAGES, 'vnexpress.html'), file, '--format', 'jsonl']);
    expect(text.code).toBe(3);
    expect(text.stderr).toMatch(/hollow2\.html: page read only in part/);
    const [article] = jsonl(text.stdout).filter((r) => r.id === 'vnexpress');
    expect(Object.keys(article!)).toEqual(['id', 'path', 'title', 'published', 'text']);
    const records = jsonl(runCli(['extract', path.join(PAGES, 'vnexpress.html'), '-q']).stdout);
    for (const r of records) {
      if (typeof r.start === 'number') expect(String(article!.text).slice(r.start, Number(r.end))).toBe(r.text);
    }
    const plain = runCli(['text', path.join(PAGES, 'vnexpress.html')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout.split('\n')[0]).toBe(`==> vnexpress.html · ${expected.vnexpress!.title} · ${expected.vnexpress!.published} <==`);
  });
});
