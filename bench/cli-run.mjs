// One CLI run in a child process, timed as the bench scripts time it, and the median they
// report. Shared by `npm run bench` and `npm run bench:compare`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const MB = 1024 * 1024;

/**
 * Run `root`'s bin/vnextract.js with `args` as a user does (`node bin/vnextract.js …`): wall
 * seconds, CPU seconds of every thread (the optimising compiler and the collector work beside
 * the main thread) and peak RSS in MB. A run may start itself again as a child with fewer V8
 * helper threads (src/cli/respawn.ts), so CPU and memory are read for the whole process tree,
 * from GNU time (`/usr/bin/time`). Without it the bin is imported into a wrapper that reads
 * its own usage at exit: a wrapper has Node.js options of its own, so that run stays in one
 * process, with V8's default helper threads.
 */
export function runCli(root, args) {
  const bin = path.join(root, 'bin', 'vnextract.js');
  const start = performance.now();
  let result;
  let usage;
  if (hasGnuTime()) {
    result = spawnSync(GNU_TIME, ['-f', 'USAGE %U %S %M', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 64 * MB });
    const m = /USAGE ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
    usage = m && { cpuSeconds: Number(m[1]) + Number(m[2]), rssMb: Number(m[3]) / 1024 };
  } else {
    const argv = JSON.stringify(['node', bin, ...args]);
    // process.argv as the bin would see it, then the bin itself; the usage is read at exit.
    const script = `process.argv = ${argv}; process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nUSAGE ' + (u.userCPUTime + u.systemCPUTime) + ' ' + u.maxRSS + '\\n'); }); await import(${JSON.stringify(bin)});`;
    result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * MB });
    const m = /USAGE (\d+) (\d+)/.exec(result.stderr);
    usage = m && { cpuSeconds: Number(m[1]) / 1e6, rssMb: Number(m[2]) / 1024 };
  }
  const seconds = (performance.now() - start) / 1000;
  if (!usage || (result.status !== 0 && result.status !== 1)) throw new Error(`vnextract failed: ${result.stderr.slice(0, 800)}`);
  return { seconds, ...usage };
}

const GNU_TIME = '/usr/bin/time';
let gnuTime;
/** Whether /usr/bin/time is GNU time (it takes -f); BSD's does not. */
function hasGnuTime() {
  gnuTime ??= existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', process.execPath, '-e', '0'], { encoding: 'utf8' }).status === 0;
  return gnuTime;
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
