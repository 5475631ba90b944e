#!/usr/bin/env node
// How indicator names read over a folder of unannotated articles (default: the bulk corpus):
// the share of indicators whose `name` only repeats the unit, the share with no name, the
// share of money figures with no name, and a random sample of names to read by eye.
//   node bench/name-shares.mjs [ARTICLES_DIR] [--sample N] [--seed S]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const sampleSize = Number(option('--sample', 50));
let seed = Number(option('--seed', 2017));
const dir = path.resolve(args[0] ?? path.join(ROOT, '../shared/corpus/bulk/baomoi-2017'));
if (!existsSync(dir)) {
  console.log(`name-shares skipped: no articles at ${dir}`);
  process.exit(0);
}
const { processArticle } = await import(path.join(ROOT, 'dist/pipeline/process.js'));
const { BUILTIN_LEXICON } = await import(path.join(ROOT, 'dist/vocab/lexicon.js'));

const indicators = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const out = processArticle({ id: file.slice(0, -4), path: null, bytes: readFileSync(path.join(dir, file)), format: 'txt' }, { types: ['indicators'], lexicon: BUILTIN_LEXICON });
  for (const r of out.records) if (r.type === 'indicator') indicators.push(r);
}
const fold = (s) => (s ?? '').toLowerCase().trim();
const share = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
const { MEASUREMENT_UNITS } = await import(path.join(ROOT, 'dist/vocab/indicator-phrases.js'));
const measures = new Set(MEASUREMENT_UNITS.map(fold));
const nameIsUnit = indicators.filter((r) => r.name !== null && fold(r.name) === fold(r.unit)).length;
// A counted noun named by itself is what the SPEC asks for (`427/635 xã` → `xã`); a measure,
// a currency or a percent named by its unit says nothing of what is measured.
const isMeasure = (r) => r.currency !== null || r.unit === '%' || measures.has(fold(r.unit)) || measures.has(fold(r.unit).split('/')[0]);
const measureNameIsUnit = indicators.filter((r) => r.name !== null && fold(r.name) === fold(r.unit) && isMeasure(r)).length;
const noName = indicators.filter((r) => r.name === null).length;
const money = indicators.filter((r) => r.kind === 'money');
const moneyNoName = money.filter((r) => r.name === null).length;
const withSubject = indicators.filter((r) => r.subject !== null).length;
const withPeriod = indicators.filter((r) => r.period !== null).length;
console.log(`${indicators.length} indicators in ${dir}`);
console.log(`name equal to unit   ${share(nameIsUnit, indicators.length)} (${nameIsUnit}; a counted noun named by itself, as the SPEC has it, included)`);
console.log(`  of them a measure  ${share(measureNameIsUnit, indicators.length)} (${measureNameIsUnit}: ha, km, %, a currency … named by the unit alone)`);
console.log(`no name              ${share(noName, indicators.length)} (${noName})`);
console.log(`money with no name   ${share(moneyNoName, money.length)} (${moneyNoName} of ${money.length})`);
console.log(`with a subject       ${share(withSubject, indicators.length)}`);
console.log(`with a period        ${share(withPeriod, indicators.length)}`);
// A seeded sample (mulberry32), so two readers see the same names.
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
console.log(`\n${sampleSize} random indicators: text | name | subject | period`);
for (let i = 0; i < sampleSize && indicators.length; i++) {
  const r = indicators[Math.floor(random() * indicators.length)];
  console.log(`${r.article_id}  ${r.text} | ${r.name} | ${r.subject} | ${r.period}`);
}
