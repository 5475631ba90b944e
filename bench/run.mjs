#!/usr/bin/env node
// `npm run bench`: throughput, scaling, per-stage time, memory, cold start and the
// normaliser on pathological input. Uses ../shared/corpus/bulk when present, else the
// fixtures replicated. Writes bench/results.json. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runCli as runOneCli } from './cli-run.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'vnextract.js');
const BULK = path.resolve(ROOT, '../shared/corpus/bulk/baomoi-2017');
const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-bench-'));
const MB = 1024 * 1024;

function listTxt(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTxt(p));
    else if (/\.(txt|html?)$/.test(entry.name)) out.push(p);
  }
  return out.sort();
}

/** The corpus: the bulk articles, or the fixtures copied 400 times. */
function corpus() {
  if (existsSync(BULK)) return { dir: BULK, label: 'shared/corpus/bulk/baomoi-2017' };
  const dir = path.join(tmp, 'fixtures-x400');
  const sources = listTxt(path.join(ROOT, 'fixtures', 'articles'));
  for (let i = 0; i < 400; i++) {
    const sub = path.join(dir, String(i).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    for (const file of sources) cpSync(file, path.join(sub, path.basename(file)));
  }
  return { dir, label: 'fixtures/articles × 400' };
}

/** The same corpus ten times over, as hard links (no extra disk). */
function tenfold(dir) {
  const out = path.join(tmp, 'x10');
  const files = listTxt(dir);
  for (let i = 0; i < 10; i++) {
    const sub = path.join(out, `copy${i}`);
    mkdirSync(sub, { recursive: true });
    for (const file of files) {
      const target = path.join(sub, path.relative(dir, file).replace(/[\\/]/g, '_'));
      try {
        linkSync(file, target);
      } catch {
        cpSync(file, target);
      }
    }
  }
  return out;
}

const runCli = (args) => runOneCli(ROOT, args);

const { dir, label } = corpus();
const files = listTxt(dir);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const articles = files.length;
const jobsN = availableParallelism();
const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', corpus: { label, articles, megabytes: +(bytes / MB).toFixed(2) } };

// 0. How fast this machine is today. The same code gives figures twice as far apart on
// different days of a shared virtual machine; a bare Node start and a fixed loop, timed the
// same way every run, let two results.json files be compared.
{
  const starts = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    starts.push(performance.now() - t0);
  }
  const loops = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    let acc = 0;
    for (let k = 0; k < 5e7; k++) acc = (acc + k * 31) % 1000003;
    loops.push(performance.now() - t0 + (acc < 0 ? 1 : 0));
  }
  results.machine = { nodeStartMs: Math.round(median(starts)), fixedLoopMs: Math.round(median(loops)) };
}

// 1. Plain read of the same files: the I/O floor. One pass to warm the page cache (the
// runs below read from it too), then the median of three.
{
  const passes = [];
  let total = 0;
  for (let pass = 0; pass < 4; pass++) {
    const start = performance.now();
    total = 0;
    for (const f of files) total += readFileSync(f).length;
    if (pass > 0) passes.push((performance.now() - start) / 1000);
  }
  const seconds = median(passes);
  results.plainRead = { seconds: +seconds.toFixed(3), mbPerSecond: +(total / MB / seconds).toFixed(1) };
}

// 2. End to end, all extractors, .txt, JSONL to a file: --jobs 1 and --jobs N.
const out = path.join(tmp, 'out.jsonl');
for (const jobs of [1, jobsN]) {
  const runs = [0, 1].map(() => runCli(['extract', dir, '--jobs', String(jobs), '--out', out, '--quiet', '--no-progress']));
  const seconds = median(runs.map((r) => r.seconds));
  results[`jobs${jobs === 1 ? 1 : 'N'}`] = {
    jobs,
    seconds: +seconds.toFixed(3),
    mbPerSecond: +(bytes / MB / seconds).toFixed(2),
    articlesPerSecond: Math.round(articles / seconds),
    peakRssMb: +Math.max(...runs.map((r) => r.rssMb)).toFixed(1),
  };
}
results.speedupJobsN = +(results.jobs1.seconds / results.jobsN.seconds).toFixed(2);
results.mbPerSecondPerCore = +(results.jobs1.mbPerSecond).toFixed(2);
results.ratioToPlainRead = +(results.jobs1.seconds / results.plainRead.seconds).toFixed(1);

// 3. Per-stage time, in this process, over the same corpus.
{
  const { processArticles } = await import(path.join(ROOT, 'dist/pipeline/process.js'));
  const { BATCH_ARTICLES } = await import(path.join(ROOT, 'dist/pipeline/run.js'));
  const { StageTimer } = await import(path.join(ROOT, 'dist/pipeline/stages.js'));
  const { BUILTIN_LEXICON } = await import(path.join(ROOT, 'dist/vocab/lexicon.js'));
  const { encodeRecords } = await import(path.join(ROOT, 'dist/output/encode.js'));
  const { loadHtmlParser } = await import(path.join(ROOT, 'dist/text/html.js'));
  await loadHtmlParser();
  const timer = new StageTimer();
  // In batches, as a run processes them.
  for (let k = 0; k < files.length; k += BATCH_ARTICLES) {
    const batch = files.slice(k, k + BATCH_ARTICLES).map((f, j) => ({ id: String(k + j), path: null, bytes: readFileSync(f), format: f.endsWith('.txt') ? 'txt' : 'html' }));
    for (const out of processArticles(batch, { types: ['indicators', 'officials', 'decrees'], lexicon: BUILTIN_LEXICON, timer })) {
      timer.time('write', () => encodeRecords('jsonl', out.records));
    }
  }
  results.stagesMs = Object.fromEntries([...timer.totals].map(([k, v]) => [k, Math.round(v)]));
}

// 3b. Saved pages: the main-content reader and the cleaner per page (fixtures/pages and
// fixtures/html, every page 50 times; median of three passes after a warm-up).
{
  const { loadHtmlParser, htmlToText } = await import(path.join(ROOT, 'dist/text/html.js'));
  const { cleanText } = await import(path.join(ROOT, 'dist/text/clean.js'));
  await loadHtmlParser();
  const pages = ['pages', 'html']
    .flatMap((d) => listTxt(path.join(ROOT, 'fixtures', d)).filter((f) => f.endsWith('.html')))
    .map((f) => readFileSync(f, 'utf8'));
  const passes = [];
  for (let pass = 0; pass < 4; pass++) {
    const start = performance.now();
    for (let r = 0; r < 50; r++) {
      for (const html of pages) {
        const page = htmlToText(html);
        cleanText(page.text, page.meta);
      }
    }
    passes.push((performance.now() - start) / (50 * pages.length));
  }
  results.html = { pages: pages.length, msPerPage: +median(passes.slice(1)).toFixed(2), coldMsPerPage: +passes[0].toFixed(2) };
}

// 4. The normaliser alone, and on pathological input.
{
  const { cleanText } = await import(path.join(ROOT, 'dist/text/clean.js'));
  const { splitSentences } = await import(path.join(ROOT, 'dist/text/segment.js'));
  const { analyzeText } = await import(path.join(ROOT, 'dist/normalize/analyze.js'));
  const texts = files.filter((f) => f.endsWith('.txt')).map((f) => cleanText(readFileSync(f, 'utf8')));
  const prepared = texts.map((t) => ({ ...t, sentences: splitSentences(t.text) }));
  const chars = prepared.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  // Steady state: one warm-up pass for the JIT, then the median of three timed passes
  // (the cold first pass is reported too).
  const passes = [];
  for (let pass = 0; pass < 4; pass++) {
    const start = performance.now();
    for (const t of prepared) analyzeText(t.text, t.sentences, t.published);
    passes.push((performance.now() - start) / 1000);
  }
  const seconds = median(passes.slice(1));
  results.normalizer = { seconds: +seconds.toFixed(3), mbPerSecond: +(chars / MB / seconds).toFixed(1), coldPassMbPerSecond: +(chars / MB / passes[0]).toFixed(1) };
  const hostile = {
    '1.1.1.1…': '1.'.repeat(MB / 2),
    '0,0,0,…': '0,'.repeat(MB / 2),
    '1/1/1/…': '1/'.repeat(MB / 2),
    'no spaces': 'Doanhthuđạt15.658tỉđồng,tăng2,2%'.repeat(MB / 40),
    'digits and words': 'tăng 2,2% so với năm 2018 đạt 15.658 tỉ đồng '.repeat(MB / 50),
  };
  results.pathological = {};
  for (const [name, text] of Object.entries(hostile)) {
    const t0 = performance.now();
    analyzeText(text, splitSentences(text), null);
    results.pathological[name] = { megabytes: +(Buffer.byteLength(text) / MB).toFixed(2), seconds: +((performance.now() - t0) / 1000).toFixed(3) };
  }
}

// 5. Memory at 1× and 10× the corpus (one job: the streaming path), median of three runs
// each (a single peak varies by a few MB with the moment V8 collects). Then the pool over
// 10×, where start-up and JIT warm-up weigh less: its steady-state speed-up and peak.
{
  const x10 = tenfold(dir);
  const medianOf = (args) => {
    const runs = [0, 1, 2].map(() => runCli(args));
    return { rssMb: median(runs.map((r) => r.rssMb)), seconds: median(runs.map((r) => r.seconds)) };
  };
  const one = medianOf(['extract', dir, '--jobs', '1', '--out', out, '--quiet']);
  const ten = medianOf(['extract', x10, '--jobs', '1', '--out', out, '--quiet']);
  results.memory = { peakRssMb1x: +one.rssMb.toFixed(1), peakRssMb10x: +ten.rssMb.toFixed(1), growth: +(ten.rssMb / one.rssMb - 1).toFixed(3), seconds10x: +ten.seconds.toFixed(2) };
  const pool = runCli(['extract', x10, '--jobs', String(jobsN), '--out', out, '--quiet', '--no-progress']);
  results.tenfoldJobsN = { jobs: jobsN, seconds: +pool.seconds.toFixed(2), speedup: +(ten.seconds / pool.seconds).toFixed(2), peakRssMb: +pool.rssMb.toFixed(1) };
}

// 6. Cold start of `--help` (median of 9).
{
  const times = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [BIN, '--help']);
    times.push(performance.now() - t0);
  }
  results.coldStartHelpMs = Math.round(median(times));
  const normTimes = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [BIN, 'normalize', 'Doanh thu ước đạt 15.658 tỉ đồng, tăng 2,2%']);
    normTimes.push(performance.now() - t0);
  }
  results.coldStartNormalizeMs = Math.round(median(normTimes));
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

const targets = [
  ['MB/s per core (--jobs 1, all extractors, .txt)', results.mbPerSecondPerCore, '≥ 10'],
  [`--jobs ${jobsN} speed-up over --jobs 1`, results.speedupJobsN, '≥ 1.7'],
  ['peak RSS MB (1×, --jobs N)', results.jobsN.peakRssMb, '≤ 200'],
  ['peak RSS growth 1× → 10×', results.memory.growth, '≤ 0.10'],
  ['--help cold start ms', results.coldStartHelpMs, '≤ 150'],
  ['× plain read time', results.ratioToPlainRead, '≤ 20'],
  ['normaliser MB/s', results.normalizer.mbPerSecond, '≥ 30'],
  ['html ms a page (reader + cleaner)', results.html.msPerPage, '≤ 1.1 (the reader before the evidence rules)'],
];
console.log(`vnextract bench — ${label}: ${articles} articles, ${results.corpus.megabytes} MB, ${results.cpus} cores (${results.cpuModel})\n`);
console.log(`this machine        node -e 0 in ${results.machine.nodeStartMs} ms, fixed loop ${results.machine.fixedLoopMs} ms (compare these before comparing two runs)`);
console.log(`plain read          ${results.plainRead.mbPerSecond} MB/s`);
for (const key of ['jobs1', 'jobsN']) {
  const r = results[key];
  console.log(`--jobs ${String(r.jobs).padEnd(3)}          ${r.seconds}s  ${r.mbPerSecond} MB/s  ${r.articlesPerSecond} articles/s  peak RSS ${r.peakRssMb} MB`);
}
console.log(`stages (ms)         ${Object.entries(results.stagesMs).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
console.log(`html pages          ${results.html.msPerPage} ms a page warm (${results.html.coldMsPerPage} ms cold), ${results.html.pages} saved pages: reader + cleaner`);
console.log(`normaliser          ${results.normalizer.mbPerSecond} MB/s warm (${results.normalizer.coldPassMbPerSecond} MB/s on the cold first pass); pathological: ${Object.entries(results.pathological).map(([k, v]) => `${k} ${v.seconds}s`).join(', ')}`);
console.log(`memory              1× ${results.memory.peakRssMb1x} MB, 10× ${results.memory.peakRssMb10x} MB`);
console.log(`10× the corpus      --jobs 1 ${results.memory.seconds10x}s, --jobs ${jobsN} ${results.tenfoldJobsN.seconds}s (×${results.tenfoldJobsN.speedup}, peak RSS ${results.tenfoldJobsN.peakRssMb} MB)`);
console.log(`cold start          --help ${results.coldStartHelpMs} ms, normalize ${results.coldStartNormalizeMs} ms\n`);
for (const [what, value, target] of targets) console.log(`${what.padEnd(48)} ${String(value).padStart(8)}   target ${target}`);
console.log('\nsaved bench/results.json');
