// One CLI run in a child process, timed as the bench scripts time it, and the median they
// report. Shared by `npm run bench` and `npm run bench:compare`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const MB = 1024 * 1024;

/**
 * Run `root`'s bin/vnextract.js with `args` in a child Node process, as the bin runs (its JIT
 * flags first, then the CLI). Wall seconds, CPU seconds of every thread of the process (the
 * optimising compiler and the collector work beside the main thread) and peak RSS in MB.
 */
export function runCli(root, args) {
  const bin = path.join(root, 'bin', 'vnextract.js');
  const argv = JSON.stringify(['node', bin, ...args]);
  // process.argv as the bin would see it, then the bin itself; the usage is read at exit.
  const script = `process.argv = ${argv}; process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nUSAGE ' + (u.userCPUTime + u.systemCPUTime) + ' ' + u.maxRSS + '\\n'); }); await import(${JSON.stringify(bin)});`;
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * MB });
  const seconds = (performance.now() - start) / 1000;
  const usage = /USAGE (\d+) (\d+)/.exec(result.stderr);
  if (!usage || (result.status !== 0 && result.status !== 1)) throw new Error(`vnextract failed: ${result.stderr.slice(0, 800)}`);
  return { seconds, cpuSeconds: Number(usage[1]) / 1e6, rssMb: Number(usage[2]) / 1024 };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * The arguments of a script that compares this checkout with another: the other checkout
 * (built) and the corpus. Exits 2 with the usage line when the checkout is missing or `valid`
 * is false, and 0 with a note when the corpus is absent, so that a clone without
 * `../shared` skips cleanly.
 */
export function comparedCheckout(script, usage, corpus, valid = true) {
  const other = process.argv[2] ? path.resolve(process.argv[2]) : null;
  if (!other || !existsSync(path.join(other, 'bin', 'vnextract.js')) || !valid) {
    console.error(`usage: npm run ${script} -- ${usage}   (OTHER_CHECKOUT built, with bin/vnextract.js)`);
    process.exit(2);
  }
  if (!existsSync(corpus)) {
    console.log(`${script} skipped: no corpus at ${corpus} (set VNEXTRACT_BENCH_CORPUS to a folder of articles)`);
    process.exit(0);
  }
  return other;
}
