// V8's helper threads are fixed when Node.js starts (`--v8-pool-size`), before any of this
// code runs; a run that wants fewer than the default starts itself again with the option
// (src/pipeline/jit.ts says how many and why). The first process only waits: the child shares
// its standard streams, gets the signals it gets, and its exit code is the run's. A child that
// loses its parent (killed with SIGKILL, which cannot be forwarded) stops as on SIGTERM, so no
// run goes on writing after the command that started it is gone.
import { fork } from 'node:child_process';
import { DEFAULT_HELPER_THREADS } from '../pipeline/jit.js';

/** Marks the child in its environment; removed from it at once (see watchParent). */
const CHILD_MARK = 'VNEXTRACT_RESPAWNED';

/**
 * The Node.js options to start the run again with, or null to run here: when it wants fewer
 * helper threads than it has, and the user chose no Node.js options of their own (on the
 * command line or in NODE_OPTIONS: a debugger, a profiler, a pool size of theirs stand).
 */
export function respawnOptions(helpers: number, execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] | null {
  if (helpers >= DEFAULT_HELPER_THREADS || execArgv.length > 0 || env[CHILD_MARK] !== undefined) return null;
  if ((env.NODE_OPTIONS ?? '').includes('--v8-pool-size')) return null;
  return [`--v8-pool-size=${helpers}`];
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Run `script` again with these Node.js options and wait for it; resolves with its exit code. */
export function runRespawned(script: string, args: readonly string[], options: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = fork(script, args, { execArgv: options, stdio: 'inherit', env: { ...process.env, [CHILD_MARK]: '1' } });
    // A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
    // (The child's own handlers end it with 130 or 143, which becomes this process's code.)
    const forward = (signal: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const stopForwarding = () => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
    };
    child.on('error', (err) => {
      stopForwarding();
      process.stderr.write(`vnextract: could not start the run: ${err.message}\n`);
      resolve(70);
    });
    child.on('exit', (code, signal) => {
      stopForwarding();
      // Ended by a signal it did not handle: end the same way, so the caller sees what happened.
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 1);
    });
  });
}

/**
 * In a respawned run: stop as on SIGTERM when the parent is gone (its end of the IPC channel
 * closes). The channel does not keep the run alive; the mark leaves the environment.
 */
export function watchParent(env: NodeJS.ProcessEnv = process.env): void {
  if (env[CHILD_MARK] === undefined) return;
  delete env[CHILD_MARK];
  if (!process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
