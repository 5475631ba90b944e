#!/usr/bin/env node
// A long run wanting fewer V8 helper threads than Node.js starts with runs again as a child
// that has them (src/cli/respawn.ts). Then the JIT flags, before the CLI's modules load and
// any of their code is hot (src/pipeline/jit.ts); then the pool's workers
// (src/pipeline/workers.ts); then the CLI.
import { fileURLToPath } from 'node:url';
import { DEFAULT_HELPER_THREADS, helperThreadsFor, jobsOf, tuneJitFor } from '../dist/bundle/jit.js';

const helpers = helperThreadsFor(process.argv);
// (Loaded only where it may act: `--help` and the short commands start as fast as before.)
const respawning = helpers < DEFAULT_HELPER_THREADS || process.env.VNEXTRACT_RESPAWNED !== undefined ? await import('../dist/bundle/respawn.js') : null;
const respawn = respawning?.respawnOptions(helpers, process.execArgv, process.env) ?? null;
if (respawn) {
  process.exitCode = await respawning.runRespawned(fileURLToPath(import.meta.url), process.argv.slice(2), respawn);
} else {
  respawning?.watchParent();
  tuneJitFor(process.argv);
  // A run over several threads: its workers load their modules while this thread loads its own.
  const { startWorkersEarly } = await import('../dist/bundle/workers.js');
  startWorkersEarly(jobsOf(process.argv) - 1);
  const { main } = await import('../dist/bundle/main.js');

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
