#!/usr/bin/env node
// `npm run bench:compare -- OTHER [ROUNDS]`: this checkout against another one (its own
// `npm run build` done), the CLI of each run in turn over the same corpus, `--jobs 1` and
// `--jobs 2`. On a shared machine one run of the same code spreads by ±15 % from the next, and
// the machine's speed drifts within the hour: only runs that alternate, several of each,
// compare two versions. Prints each side's median and best wall time, its median CPU time
// (every thread: the JIT and the collector work beside the main thread) and peak RSS, and the
// median of the rounds' ratios.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparedCheckout, median, runCli } from './cli-run.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[3] ?? 5);
const corpus = process.env.VNEXTRACT_BENCH_CORPUS ?? path.resolve(ROOT, '../shared/corpus/bulk/baomoi-2017');
const other = comparedCheckout('bench:compare', 'OTHER_CHECKOUT [ROUNDS]', corpus);

const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-compare-'));
/** One CLI run of a checkout over the corpus. */
function run(checkout, jobs) {
  const r = runCli(checkout, ['extract', corpus, '--jobs', String(jobs), '--out', path.join(tmp, 'out.jsonl'), '--quiet', '--no-progress']);
  return { wall: r.seconds, cpu: r.cpuSeconds, rssMb: r.rssMb };
}

const sides = [
  { label: 'this checkout', dir: ROOT },
  { label: path.relative(process.cwd(), other) || other, dir: other },
];

try {
  for (const jobs of [1, 2]) {
    const runs = sides.map(() => []);
    for (let r = 0; r < rounds; r++) {
      // Which side goes first alternates too: the second of two back-to-back runs is often the faster.
      const order = r % 2 === 0 ? [0, 1] : [1, 0];
      for (const s of order) runs[s].push(run(sides[s].dir, jobs));
    }
    console.log(`--jobs ${jobs}, ${rounds} alternate runs each`);
    const medians = runs.map((list) => median(list.map((x) => x.wall)));
    sides.forEach((side, s) => {
      const list = runs[s];
      console.log(
        `  ${side.label.padEnd(24)} wall median ${medians[s].toFixed(2)} s, best ${Math.min(...list.map((x) => x.wall)).toFixed(2)} s · ` +
          `CPU median ${median(list.map((x) => x.cpu)).toFixed(2)} s · peak RSS ${Math.max(...list.map((x) => x.rssMb)).toFixed(0)} MB`,
      );
    });
    // Each round runs both sides back to back: the ratio within a round is spared most of the
    // machine's drift between rounds.
    const ratios = runs[0].map((run, r) => run.wall / runs[1][r].wall);
    console.log(`  this checkout / other: ${((medians[0] / medians[1] - 1) * 100).toFixed(1)} % wall (median), ${((median(ratios) - 1) * 100).toFixed(1)} % (median of the rounds' ratios)`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
