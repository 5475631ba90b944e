#!/usr/bin/env node
// `npm run bench:instructions -- OTHER [ARTICLES]`: this checkout against another one (its own
// `npm run build` done) by instructions executed, not by time. On a shared virtual machine the
// wall clock of the same run spreads by ±15 % and drifts within the hour; the instructions a
// run executes (every thread: the optimising compiler and the collector too) repeat within
// 2–5 % (the compiler's threads race the main one). Each CLI runs under valgrind's cachegrind
// (no cache simulation), `--jobs 1`, over the first ARTICLES bulk articles (default 500), and
// once over one fixture article: that run is the start-up (loading, tables, regex
// compilation); the rest divided by the articles is the cost of one article, warm-up included.
// Skips when valgrind or the bulk corpus is missing. About a minute for 500 articles.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparedCheckout } from './cli-run.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles = Number(process.argv[3] ?? 500);
const corpus = process.env.VNEXTRACT_BENCH_CORPUS ?? path.resolve(ROOT, '../shared/corpus/bulk/baomoi-2017');
const other = comparedCheckout('bench:instructions', 'OTHER_CHECKOUT [ARTICLES]', corpus, articles > 0);
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.log('bench:instructions skipped: valgrind is not installed');
  process.exit(0);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-instructions-'));
const subset = path.join(tmp, 'articles');
const one = path.join(tmp, 'one');
try {
  const files = readdirSync(corpus).filter((f) => /\.(txt|html?)$/.test(f)).sort().slice(0, articles);
  for (const dir of [subset, one]) mkdirSync(dir, { recursive: true });
  for (const f of files) symlinkSync(path.join(corpus, f), path.join(subset, f));
  const fixture = readdirSync(path.join(ROOT, 'fixtures', 'articles')).filter((f) => f.endsWith('.txt')).sort()[0];
  symlinkSync(path.join(ROOT, 'fixtures', 'articles', fixture), path.join(one, fixture));

  /** Instructions of one CLI run of a checkout under cachegrind. */
  const count = (checkout, input) =>
    new Promise((resolve, reject) => {
      const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', '--smc-check=all-non-file',
        process.execPath, path.join(checkout, 'bin', 'vnextract.js'), 'extract', input, '--jobs', '1', '--out', path.join(tmp, `${path.basename(checkout)}-${path.basename(input)}.jsonl`), '--quiet', '--no-progress'];
      const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('close', () => {
        const m = /I\s+refs:\s+([\d,]+)/.exec(err);
        if (m) resolve(Number(m[1].replace(/,/g, '')));
        else reject(new Error(`valgrind run failed: ${err.slice(-400)}`));
      });
    });

  const sides = [
    { label: 'this checkout', dir: ROOT },
    { label: path.relative(process.cwd(), other) || other, dir: other },
  ];
  // The two sides side by side (valgrind runs one thread at a time: one core each).
  const startup = await Promise.all(sides.map((s) => count(s.dir, one)));
  const total = await Promise.all(sides.map((s) => count(s.dir, subset)));
  console.log(`${files.length} articles, --jobs 1, instructions (all threads):`);
  sides.forEach((s, k) => {
    const perArticle = (total[k] - startup[k]) / files.length;
    console.log(`  ${s.label.padEnd(24)} start-up ${(startup[k] / 1e9).toFixed(2)} G · run ${(total[k] / 1e9).toFixed(2)} G · per article ${(perArticle / 1e6).toFixed(1)} M`);
  });
  const pct = (a, b) => `${((a / b - 1) * 100).toFixed(1)} %`;
  console.log(`  this checkout / other: run ${pct(total[0], total[1])}, start-up ${pct(startup[0], startup[1])}, per article ${pct(total[0] - startup[0], total[1] - startup[1])}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
