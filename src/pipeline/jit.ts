// JIT settings for a run. Each worker of a pool is a fresh V8 isolate that compiles the same
// hot code for itself; on a 2-core machine that optimising compilation (about 1.4 s of CPU
// per isolate over the bulk corpus, `node --trace-opt`) competes with the extraction.
// Optimising later and without inlining costs the warm workers almost nothing and halves
// that compilation (`npm run bench`: --jobs 2 over 5,000 articles 2.7 → 2.0 s; no slower
// over 10× the corpus). The flags are process-wide, so they are set before the workers
// start; a run in one thread sets its own (below).
import v8 from 'node:v8';

// (With the readers grown since, twice V8's budget was not enough: 600,000 took --jobs 2 over
// the bulk corpus from 3.0 to 2.87 s in alternate runs.)
const POOL_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=600000'];
// In one thread the optimising compiler has the other core to itself, yet over the bulk
// corpus it is busy the whole run (4.6 s of compiling in a 3.4 s pass, `node --trace-opt`):
// the large readers wait in its queue, running unoptimised, and are compiled again after each
// deoptimisation with every helper inlined. Inlining only small helpers (100 bytes of
// bytecode, V8's default is 460) lets the readers reach optimised code sooner: the first pass
// over the 5,000 bulk articles 5–10 % faster in alternate runs, later passes unchanged.
const SINGLE_THREAD_FLAGS = ['--max-inlined-bytecode-size=100'];

let applied = false;

export function tunePoolJit(): void {
  if (applied) return;
  applied = true;
  for (const flag of POOL_FLAGS) v8.setFlagsFromString(flag);
}

/** The same for a run in this thread (a pool's flags, once set, stay). */
export function tuneSingleThreadJit(): void {
  if (applied) return;
  applied = true;
  for (const flag of SINGLE_THREAD_FLAGS) v8.setFlagsFromString(flag);
}
