#!/usr/bin/env node
// Time one process reading the same articles several times: the first pass pays the JIT
// warm-up, the later ones show the steady state. Pointed at the `dist/` of another checkout
// (`node bench/passes.mjs ../old/dist`), it compares two versions of the code on this machine;
// run the two alternately, since this machine's speed drifts between runs. With `--chunks`,
// each pass also prints the milliseconds of every tenth of the corpus: how far into the
// first pass the code still runs unoptimised, against the same tenth in a warm pass.
//   node bench/passes.mjs [DIST] [PASSES] [--chunks]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chunked = process.argv.includes('--chunks');
const [distArg, passesArg] = process.argv.slice(2).filter((a) => a !== '--chunks');
const dist = path.resolve(distArg ?? path.join(ROOT, 'dist'));
const passes = Number(passesArg ?? 3);
const bulk = path.resolve(ROOT, '../shared/corpus/bulk/baomoi-2017');
const dir = existsSync(bulk) ? bulk : path.join(ROOT, 'fixtures', 'articles');

const { processArticle, processArticles } = await import(path.join(dist, 'pipeline/process.js'));
const { BATCH_ARTICLES = 1 } = await import(path.join(dist, 'pipeline/run.js'));
const { StageTimer } = await import(path.join(dist, 'pipeline/stages.js'));
const { BUILTIN_LEXICON } = await import(path.join(dist, 'vocab/lexicon.js'));
const { encodeRecords } = await import(path.join(dist, 'output/encode.js'));

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const inputs = files.map((f) => ({ id: f.slice(0, -4), bytes: readFileSync(path.join(dir, f)) }));
const megabytes = inputs.reduce((n, a) => n + a.bytes.length, 0) / 1024 / 1024;

const options = (timer) => ({ types: ['indicators', 'officials', 'decrees'], lexicon: BUILTIN_LEXICON, timer });

for (let pass = 0; pass < passes; pass++) {
  const timer = new StageTimer();
  const started = performance.now();
  const tenth = Math.max(1, Math.ceil(inputs.length / 10));
  const chunks = [];
  let chunkStarted = started;
  // In batches, as a run processes them (one at a time for a version without batches).
  for (let k = 0; k < inputs.length; k += BATCH_ARTICLES) {
    const batch = inputs.slice(k, k + BATCH_ARTICLES).map(({ id, bytes }) => ({ id, path: null, bytes, format: 'txt' }));
    const outs = processArticles ? processArticles(batch, options(timer)) : batch.map((input) => processArticle(input, options(timer)));
    for (const out of outs) timer.time('write', () => encodeRecords('jsonl', out.records));
    const done = Math.min(inputs.length, k + BATCH_ARTICLES);
    if (Math.floor(done / tenth) > chunks.length || done === inputs.length) {
      const now = performance.now();
      chunks.push(Math.round(now - chunkStarted));
      chunkStarted = now;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const stages = [...timer.totals].map(([k, v]) => `${k} ${Math.round(v)}`).join(' · ');
  console.log(`pass ${pass}: ${seconds.toFixed(2)} s, ${(megabytes / seconds).toFixed(1)} MB/s (${inputs.length} articles) — ${stages}`);
  // (A batch may cross two tenths of a small corpus: the parts are then fewer.)
  if (chunked) console.log(`  by parts of the corpus, each up to a tenth of it (ms): ${chunks.join(' ')}`);
}
