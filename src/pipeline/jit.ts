// JIT settings for a run. Each worker of a pool is a fresh V8 isolate that compiles the same
// hot code for itself; on a 2-core machine that optimising compilation (about 1.4 s of CPU
// per isolate over the bulk corpus, `node --trace-opt`) competes with the extraction.
// Optimising later and without inlining costs the warm workers almost nothing and halves
// that compilation (`npm run bench`: --jobs 2 over 5,000 articles 2.7 → 2.0 s; no slower
// over 10× the corpus). The flags are process-wide, so they are set before the workers
// start; a run in one thread sets its own (below).
//
// They are set once, by the entry point, before the CLI's modules load (tuneJitFor). V8 reads
// an inlining limit when it picks what to inline and again when it inlines; changed in
// between, while a compile job is in flight, it stops the process (`Check failed:
// inlineability == SharedFunctionInfo::kHasOptimizationDisabled`, once in some twenty runs
// over the bulk corpus when the flags were set after listing the inputs).
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';

// V8 runs a regex's first execution in its regex interpreter (compiled to bytecode for it),
// then compiles it to machine code: the right trade for a pattern run once, not for the
// rules' 470-odd patterns, each run thousands of times and first run on a whole article.
// Compiled to machine code at once, every isolate's first pass over the bulk corpus is 2–4 %
// faster (in one process, five alternate runs: 3.80 → 3.70 s median).
const REGEX_FLAGS = ['--no-regexp-tier-up'];
// (With the readers grown since, twice V8's budget was not enough: 600,000 took --jobs 2 over
// the bulk corpus from 3.0 to 2.87 s in alternate runs.)
const POOL_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=600000', ...REGEX_FLAGS];
// In one thread the optimising compiler has the other core to itself, yet over the bulk
// corpus it is busy the whole run (4.6 s of compiling in a 3.4 s pass, `node --trace-opt`):
// the large readers wait in its queue, running unoptimised, and are compiled again after each
// deoptimisation with every helper inlined. Inlining only small helpers (100 bytes of
// bytecode, V8's default is 460) lets the readers reach optimised code sooner: the first pass
// over the 5,000 bulk articles 5–10 % faster in alternate runs, later passes unchanged.
const SINGLE_THREAD_FLAGS = ['--max-inlined-bytecode-size=100', ...REGEX_FLAGS];

let applied = false;

/** Set the flags for the run these command-line arguments ask for; only the first call counts. */
export function tuneJitFor(argv: readonly string[]): void {
  if (applied) return;
  applied = true;
  for (const flag of jobsOf(argv) > 1 ? POOL_FLAGS : SINGLE_THREAD_FLAGS) v8.setFlagsFromString(flag);
}

/**
 * The threads an `extract` run will use: its last `--jobs N`, `--jobs=N`, `-j N` or `-jN`,
 * else the cores; other commands run in one thread. (Read before the CLI parses the
 * arguments; a value it will refuse counts as one thread.)
 */
export function jobsOf(argv: readonly string[], cores = availableParallelism()): number {
  if (argv[2] !== 'extract') return 1;
  let jobs: string | undefined;
  for (let i = 3; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--jobs' || a === '-j') jobs = argv[++i];
    else if (a.startsWith('--jobs=')) jobs = a.slice(7);
    else if (a.startsWith('-j') && a.length > 2 && !a.startsWith('--')) jobs = a.slice(2);
  }
  if (jobs === undefined) return cores;
  const n = Number(jobs);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** The helper threads Node.js gives V8 unless told otherwise (`--v8-pool-size`). */
export const DEFAULT_HELPER_THREADS = 4;

/**
 * V8's helper threads for a run: the cores its extracting threads leave free, at most Node.js's
 * default. V8 runs its optimising compiles and the collector's tasks on these threads; with
 * four of them on two cores, a one-thread run over the bulk corpus had its main thread off the
 * processor for 0.6–0.8 s of a 4.4 s pass (its CPU time 3.6 s), behind compiles and collector
 * tasks it had itself queued; with one helper, 3.8 s by the clock for the same CPU time. Where
 * every core extracts, the helpers compete whatever their number (`--jobs 2` on two cores: one,
 * two or four helpers, level), so the default stands. Only a long run (`extract`) is worth
 * choosing for; the other commands keep the default.
 */
export function helperThreadsFor(argv: readonly string[], cores = availableParallelism()): number {
  if (argv[2] !== 'extract' || argv.includes('--help') || argv.includes('-h')) return DEFAULT_HELPER_THREADS;
  const free = cores - jobsOf(argv, cores);
  return free >= 1 ? Math.min(DEFAULT_HELPER_THREADS, free) : DEFAULT_HELPER_THREADS;
}
