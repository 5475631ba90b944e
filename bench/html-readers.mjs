#!/usr/bin/env node
// Body recall and precision of the main-content reader against Mozilla Readability (on
// linkedom, installed as a devDependency for this comparison only), on the page set and on
// the same pages with every class and id renamed (so that no site name can help), plus
// any folder of saved pages given with expected .txt files beside them.
//   node bench/html-readers.mjs [PAGE_DIR...]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadHtmlParser, htmlToText } = await import(path.join(ROOT, 'dist/text/html.js'));
const { cleanText } = await import(path.join(ROOT, 'dist/text/clean.js'));
await loadHtmlParser();
let readability = null;
try {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  readability = (html) => {
    const article = new Readability(parseHTML(html).document).parse();
    return `${article?.title ?? ''}\n${article?.textContent ?? ''}`;
  };
} catch {
  console.log('(Readability and linkedom are devDependencies: run npm ci to compare with them)');
}

const words = (t) => t.normalize('NFC').toLowerCase().replace(/[^\p{L}\d\s]/gu, ' ').split(/\s+/).filter(Boolean);
function overlap(got, want) {
  const g = new Map();
  for (const w of words(got)) g.set(w, (g.get(w) ?? 0) + 1);
  let shared = 0;
  let wanted = 0;
  const w = new Map();
  for (const x of words(want)) w.set(x, (w.get(x) ?? 0) + 1);
  for (const [x, n] of w) {
    wanted += n;
    shared += Math.min(n, g.get(x) ?? 0);
  }
  const taken = [...g.values()].reduce((a, b) => a + b, 0);
  return { recall: shared / wanted, precision: taken ? shared / taken : 0 };
}
const scramble = (html) => {
  let n = 0;
  return html.replace(/class="[^"]*"/g, () => `class="k${(n++ * 7919) % 1000}"`).replace(/ (?:id|type|data-role)="[^"]*"/g, '');
};

const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push(path.join(ROOT, 'fixtures', 'pages'));
for (const dir of dirs) {
  const names = readdirSync(dir).filter((f) => /\.html?$/.test(f)).map((f) => f.replace(/\.html?$/, '')).sort();
  for (const [label, transform] of [['as saved', (h) => h], ['classes renamed', scramble]]) {
    const readers = { vnextract: (html) => { const p = htmlToText(html); return cleanText(p.text, p.meta).text; } };
    if (readability) readers.readability = (html) => cleanText(readability(html)).text;
    for (const [reader, read] of Object.entries(readers)) {
      let recall = 0;
      let precision = 0;
      let worst = 1;
      let ms = 0;
      for (const name of names) {
        const html = transform(readFileSync(path.join(dir, `${name}.html`), 'utf8'));
        const want = cleanText(readFileSync(path.join(dir, `${name}.txt`), 'utf8')).text;
        const start = performance.now();
        const got = read(html);
        ms += performance.now() - start;
        const o = overlap(got, want);
        recall += o.recall;
        precision += o.precision;
        worst = Math.min(worst, o.recall);
      }
      const n = names.length;
      console.log(`${path.relative(ROOT, dir) || dir} (${n} pages, ${label})`.padEnd(48), reader.padEnd(12), `recall ${(recall / n).toFixed(3)}  precision ${(precision / n).toFixed(3)}  lowest recall ${worst.toFixed(3)}  ${(ms / n).toFixed(1)} ms a page`);
    }
  }
}
