#!/usr/bin/env node
// What compiling the rules' regexes costs a process, with the letter classes narrowed
// (src/text/letters.ts) and as written (`\p{L}`, `\p{Lu}`, `\p{Ll}`). Runs the pipeline over a
// corpus (the bulk corpus when it is there, else fixtures/articles) and notes every regex it
// executes; then, in this process, compiles each source once and runs it three times on news
// text, both ways, alternately. V8 compiles a regex at its first executions, once per
// process (and once per worker), so the totals are what every run pays before it is warm.
//   node bench/regex-compile.mjs [DIST]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const bulk = path.resolve(ROOT, '../shared/corpus/bulk/baomoi-2017');
const dir = existsSync(bulk) ? bulk : path.join(ROOT, 'fixtures', 'articles');

const seen = new Map();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) {
  const key = `${this.flags}/${this.source}`;
  if (!seen.has(key)) seen.set(key, { source: this.source, flags: this.flags.split('').filter((f) => f !== 'g' && f !== 'y').join('') });
  return exec.call(this, s);
};
const { processArticles } = await import(path.join(dist, 'pipeline/process.js'));
const { BUILTIN_LEXICON } = await import(path.join(dist, 'vocab/lexicon.js'));
const { LETTER, UPPER, LOWER } = await import(path.join(dist, 'text/letters.js'));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const inputs = files.map((f) => ({ id: f, path: null, bytes: readFileSync(path.join(dir, f)), format: 'txt' }));
for (let k = 0; k < inputs.length; k += 64) processArticles(inputs.slice(k, k + 64), { types: ['indicators', 'officials', 'decrees'], lexicon: BUILTIN_LEXICON });
RegExp.prototype.exec = exec;

/** A narrowed source as written: each narrowed class back to its property escape. */
const widen = (source) =>
  [[LETTER, 'L'], [UPPER, 'Lu'], [LOWER, 'Ll']].reduce((s, [body, name]) => s.split(`[${body}]`).join(`\\p{${name}}`).split(body).join(`\\p{${name}}`), source);

const sample = inputs.slice(0, 3).map((a) => a.bytes.toString('utf8')).join('\n').slice(0, 3000);
// (A suffix that matches nothing new makes each compilation a fresh one: V8 caches regexes by source.)
let fresh = 0;
const cost = (source, flags) => {
  const started = performance.now();
  const re = new RegExp(`${source}(?:\\u{10FFFF}${fresh++})?`, flags.includes('u') ? flags : `${flags}u`);
  re.exec(sample.slice(0, 200));
  re.exec(sample.slice(200, 400));
  re.exec(sample.slice(400));
  return performance.now() - started;
};
const patterns = [...seen.values()];
const totals = { narrowed: [], written: [] };
for (let round = 0; round < 3; round++) {
  let narrowed = 0;
  let written = 0;
  for (const { source, flags } of patterns) {
    if (round % 2 === 0) {
      narrowed += cost(source, flags);
      written += cost(widen(source), flags);
    } else {
      written += cost(widen(source), flags);
      narrowed += cost(source, flags);
    }
  }
  totals.narrowed.push(narrowed);
  totals.written.push(written);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[1];
console.log(`${patterns.length} regexes run over ${inputs.length} articles (${path.relative(ROOT, dir) || dir})`);
console.log(`compiled and run three times: letter classes narrowed ${median(totals.narrowed).toFixed(0)} ms, as written ${median(totals.written).toFixed(0)} ms (median of three rounds)`);
