// The pool's worker threads. A worker spends its first ~0.3 s loading the pipeline's modules,
// as the main thread does; started by the entry point before the main thread loads the CLI
// (startWorkersEarly), both load at once on two cores, and the worker is ready when the first
// batch is planned instead of ~0.4 s after it. Light on purpose: this module loads before
// anything else, so it imports nothing of the pipeline.
import { Worker } from 'node:worker_threads';
import type { WorkerInit } from './worker.js';

/**
 * A smaller young generation than V8's default: an article's garbage is small and short-
 * lived, and each worker's semi-spaces otherwise take ~30 MB of the process's memory
 * (`npm run bench`: --jobs 2 peak 194 → 161 MB, no slower).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/** Workers started early, not yet taken by a pool. Unreferenced: they never keep the process alive. */
const early: Worker[] = [];

/**
 * Start `count` workers now, before their settings are known (they load their modules and
 * wait for the WorkerInit message). For a run that then fails or needs fewer, the rest simply
 * end with the process.
 */
export function startWorkersEarly(count: number): void {
  for (let i = 0; i < count; i++) {
    const worker = startWorker(null);
    worker.unref();
    // (One that fails or ends before a pool takes it is left out; its error is not the run's.)
    const drop = () => {
      const at = early.indexOf(worker);
      if (at >= 0) early.splice(at, 1);
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    early.push(worker);
  }
}

/** `count` workers for a pool with these settings: those started early first, then new ones. */
export function poolWorkers(count: number, init: WorkerInit): Worker[] {
  const taken = early.splice(0, count);
  for (const worker of taken) {
    worker.removeAllListeners('error').removeAllListeners('exit');
    worker.ref();
    worker.postMessage({ init });
  }
  while (taken.length < count) taken.push(startWorker(init));
  return taken;
}

/**
 * A worker with the process's Node flags, less those only valid for a main entry point.
 * V8 flags (`--max-old-space-size`, `--stack-size`) are process-wide and already apply to
 * every thread, but Node refuses them in a worker's execArgv: without them, then.
 */
function startWorker(init: WorkerInit | null): Worker {
  const url = new URL('./worker.js', import.meta.url);
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type') && a !== '-e' && a !== '--eval');
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  try {
    return new Worker(url, { workerData: init, execArgv, resourceLimits });
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    return new Worker(url, { workerData: init, execArgv: [], resourceLimits });
  }
}
