#!/usr/bin/env node
// The JIT flags first, before the CLI's modules load and any of their code is hot (see
// src/pipeline/jit.ts); then the pool's workers (src/pipeline/workers.ts); then the CLI.
import { jobsOf, tuneJitFor } from '../dist/pipeline/jit.js';
import { startWorkersEarly } from '../dist/pipeline/workers.js';

tuneJitFor(process.argv);
// A run over several threads: its workers load their modules while this thread loads its own.
startWorkersEarly(jobsOf(process.argv) - 1);
const { main } = await import('../dist/cli/main.js');

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`vnextract: ${err?.stack ?? err}\n`);
    process.exitCode = 70;
  },
);
