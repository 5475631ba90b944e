#!/usr/bin/env node
// The JIT flags first, before the CLI's modules load and any of their code is hot (see
// src/pipeline/jit.ts); then the CLI.
import { tuneJitFor } from '../dist/pipeline/jit.js';

tuneJitFor(process.argv);
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
