// The review page in a real browser: headless Chromium (Debian's package) driven by
// playwright-core. Skipped, saying why, only when no Chromium can be found.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIXTURES, ROOT, jsonl, runCli } from './helpers/cli.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!CHROMIUM) console.warn('report browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

const ARTICLES = path.join(FIXTURES, 'articles');
const HTML = path.join(FIXTURES, 'html');
let tmp: string;
let browser: Browser | null = null;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-report-'));
  if (!CHROMIUM) return;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Records that the page highlights: spans, minus those overlapping an earlier one. */
function expectedMarks(records: Array<Record<string, unknown>>): Record<string, number> {
  const counts: Record<string, number> = { indicator: 0, official: 0, decree: 0 };
  const byArticle = new Map<string, Array<Record<string, unknown>>>();
  for (const r of records) if (typeof r.start === 'number') byArticle.set(String(r.article_id), [...(byArticle.get(String(r.article_id)) ?? []), r]);
  for (const list of byArticle.values()) {
    list.sort((a, b) => Number(a.start) - Number(b.start) || Number(b.end) - Number(a.end));
    let at = 0;
    for (const r of list) {
      if (Number(r.start) < at) continue;
      counts[String(r.type)]!++;
      at = Number(r.end);
    }
  }
  return counts;
}

describe.skipIf(!CHROMIUM)('review page in Chromium', () => {
  it('highlights every record in its article, shows a record on hover, and saves a screenshot', async () => {
    const report = path.join(tmp, 'report.html');
    const run = runCli(['extract', ARTICLES, HTML, '--report', report, '-q']);
    expect(run.code).toBe(0);
    const records = jsonl(run.stdout);
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`);
    });
    await page.goto('file://' + report);
    const articleCount = records.filter((r) => r.type === 'article').length;
    expect(await page.locator('details.article').count()).toBe(articleCount);
    for (let i = 0; i < articleCount; i++) await page.click(`details#a${i} > summary`);
    // `toggle` fires after the click returns: wait until every opened article is drawn.
    await page.waitForFunction((n) => document.querySelectorAll('.article-text[data-rendered]').length === n, articleCount);
    const expected = expectedMarks(records);
    for (const type of ['indicator', 'official', 'decree']) {
      expect(await page.locator(`mark.k-${type}[data-r]`).count(), type).toBe(expected[type]);
    }
    expect(await page.locator('#summary-totals').innerText()).toContain(`${records.filter((r) => r.type === 'indicator').length} indicators`);
    await page.locator('details#a0').scrollIntoViewIfNeeded();
    await page.hover('#a0 mark.k-indicator >> nth=0');
    const tooltip = await page.locator('#tooltip').innerText();
    expect(tooltip).toContain('15.658.000.000.000');
    expect(tooltip).toContain('estimate');
    // The hovered figure's name and subject are underlined in the text: exactly their spans.
    const hovered = records.find((r) => r.type === 'indicator' && r.article_id === records.find((a) => a.type === 'article')!.id)!;
    const underlined = await page.evaluate(() => {
      const text = (name: string) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
        return h ? [...h].map((r) => r.toString()).join('') : null;
      };
      return { name: text('vx-name'), subject: text('vx-subject') };
    });
    expect(underlined).toEqual({ name: hovered.name, subject: hovered.subject });
    expect(hovered.name).not.toBeNull();
    // Keyboard users get the same record on focus.
    await page.focus('#a0 mark.k-decree >> nth=0');
    expect(await page.locator('#tooltip').innerText()).toContain('52-NQ/TW');
    // A link in the officials list opens its span.
    await page.click('#officials-body a >> nth=0');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
    // Sorting the indicator table by value puts the largest last.
    await page.click('#indicator-table th >> text=value');
    const firstValue = await page.locator('#indicator-table tr:nth-child(2) td:nth-child(4)').innerText();
    expect(firstValue.startsWith('-') || Number(firstValue.split(' ')[0]!.replace(/\./g, '').replace(',', '.')) < 1).toBe(true);
    mkdirSync(path.join(ROOT, 'tests', 'artifacts'), { recursive: true });
    await page.locator('details#a0').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'report.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows article text that contains markup as text, and runs none of it', async () => {
    const dir = path.join(tmp, 'markup');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'evil.txt'), 'Tin </script><script>window.pwned = 1</script> nóng\n\nCó 5 người <img src=x onerror="window.pwned = 2"> bị thương, thiệt hại 2 tỷ đồng.\n');
    const report = path.join(tmp, 'markup.html');
    expect(runCli(['extract', dir, '--report', report, '-q']).code).toBe(0);
    const page = await browser!.newPage();
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto('file://' + report);
    await page.click('details#a0 > summary');
    await page.waitForSelector('#a0 .article-text[data-rendered]');
    expect(await page.locator('#a0 .article-text').innerText()).toContain('<script>window.pwned = 1</script>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#a0 img').count()).toBe(0);
    expect(dialog).toBe(false);
    await page.close();
  });

  it('stays usable with many articles: articles and rows are paged', async () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 600; i++) copyFileSync(path.join(ARTICLES, '002_c3d1031f18d21800.txt'), path.join(dir, `a${String(i).padStart(3, '0')}.txt`));
    const report = path.join(tmp, 'many.html');
    expect(runCli(['extract', dir, '--report', report, '-q']).code).toBe(0);
    const page = await browser!.newPage();
    const started = Date.now();
    await page.goto('file://' + report);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await page.locator('details.article').count()).toBe(50);
    expect(await page.locator('#indicator-table tr').count()).toBe(201);
    await page.click('.pager[data-for=articles] button >> text=next');
    expect(await page.locator('details.article >> nth=0').getAttribute('id')).toBe('a50');
    await page.close();
  });
});
