// JIT settings for the worker pool. Each worker is a fresh V8 isolate that compiles the same
// hot code for itself; on a 2-core machine that optimising compilation (about 1.4 s of CPU
// per isolate over the bulk corpus, `node --trace-opt`) competes with the extraction.
// Optimising later and without inlining costs the warm workers almost nothing and halves
// that compilation (`npm run bench`: --jobs 2 over 5,000 articles 2.7 → 2.0 s; no slower
// over 10× the corpus). The flags are process-wide, so they are set before the workers
// start, and only for a pool: a single thread compiles on the idle core for free.
import v8 from 'node:v8';

const POOL_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=300000'];

let applied = false;

export function tunePoolJit(): void {
  if (applied) return;
  applied = true;
  for (const flag of POOL_FLAGS) v8.setFlagsFromString(flag);
}
