#!/usr/bin/env node
// A long run wanting fewer V8 helper threads than Node.js starts with runs again as a child
// that has them (src/cli/respawn.ts). Then the JIT flags, before the CLI's modules load and
// any of their code is hot (src/pipeline/jit.ts); then the pool's workers
// (src/pipeline/workers.ts); then the CLI.
import { fileURLToPath } from 'node:url';
import { helperThreadsFor, jobsOf, tuneJitFor } from '../dist/pipeline/jit.js';
import { respawnOptions, runRespawned, watchParent } from '../dist/cli/respawn.js';

const respawn = respawnOptions(helperThreadsFor(process.argv), process.execArgv, process.env);
if (respawn) {
  process.exitCode = await runRespawned(fileURLToPath(import.meta.url), process.argv.slice(2), respawn);
} else {
  watchParent();
  tuneJitFor(process.argv);
  // A run over several threads: its workers load their modules while this thread loads its own.
  const { startWorkersEarly } = await import('../dist/pipeline/workers.js');
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
}
