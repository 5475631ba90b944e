// Per-stage wall time, summed over a run: what `npm run bench` reports.
export type StageName = 'decode' | 'clean' | 'segment' | 'normalize' | 'indicators' | 'officials' | 'decrees' | 'validate' | 'write';

export class StageTimer {
  readonly totals = new Map<StageName, number>();

  time<T>(stage: StageName, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  add(stage: StageName, ms: number): void {
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + ms);
  }

  merge(other: Iterable<[StageName, number]>): void {
    for (const [stage, ms] of other) this.add(stage, ms);
  }
}
