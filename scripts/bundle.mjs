#!/usr/bin/env node
// Writes dist/bundle/: the command line's modules (tsc's output in dist/) joined into a few
// files, which bin/vnextract.js loads. Each thread of a run is a fresh V8 isolate that loads
// every module of the pipeline before its first article: some 75 files of the project and
// 95 of zod (64 of them locales no record uses), each found, read, compiled and linked on its
// own. Joined, and with zod's unused parts left out, an isolate loads them in ~95 ms less by
// the clock and ~135 ms less CPU (README, Performance). The code is tsc's, unchanged: only the
// files it sits in differ.
//
// The entry points keep their names, so `new URL('./worker.js', import.meta.url)` in the pool
// finds the worker's bundle beside it, and dist/bundle/ sits as deep as dist/cli/ (the CLI
// reads ../../package.json). Modules shared by several entries go to chunks of their own; the
// commands the CLI imports on demand stay on demand. Packages loaded only for some inputs or
// outputs (cheerio for HTML, write-excel-file for xlsx) and the CLI's own (commander, chalk)
// stay in node_modules.
//   node scripts/bundle.mjs   (run by `npm run build`, after tsc)
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(dist, 'bundle');

/** What bin/vnextract.js imports, and the pool's worker. */
const ENTRIES = {
  jit: 'pipeline/jit.js',
  respawn: 'cli/respawn.js',
  workers: 'pipeline/workers.js',
  worker: 'pipeline/worker.js',
  main: 'cli/main.js',
};

/** Left to node_modules: loaded only for some inputs or outputs. */
const EXTERNAL = [/^node:/, /^cheerio(\/|$)/, /^write-excel-file(\/|$)/, /^iconv-lite$/, /^csv-stringify(\/|$)/];

rmSync(out, { recursive: true, force: true });
await build({
  input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(dist, file)])),
  platform: 'node',
  external: EXTERNAL,
  logLevel: 'warn',
  output: {
    dir: out,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
});
