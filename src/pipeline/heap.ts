// Flat memory over long runs. V8 grows its heap lazily: over ten times the corpus the heap
// settles well above where one corpus leaves it, though what is retained is the same. A full
// collection after every few MB of input holds the peak near where one corpus puts it.
// How often is a trade measured with `npm run bench` over 10x the corpus: in one thread,
// every 4 MB keeps the peak within 10 % of the 1x run (16 MB: +15 to +25 %, never: +55 %) for 3 %
// of the time; in a worker, every 4 MB costs 13 % and saves almost nothing (the young
// generation is capped there instead), so workers collected every 16 MB. Since articles are
// processed in batches (src/pipeline/process.ts), a batch's documents outlive the young
// generation and fill the old one faster: `--jobs 2` over 10x the corpus peaked at 279 MB
// with 16 MB, 234–240 MB with 8 MB (206 MB with 4 MB, in two runs no faster), so 8 MB.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

export const IN_PROCESS_COLLECT_EVERY = 4 * 1024 * 1024;
export const WORKER_COLLECT_EVERY = 8 * 1024 * 1024;

export class HeapKeeper {
  private sinceCollection = 0;

  constructor(private readonly everyBytes: number) {}

  /** Count `bytes` of input processed; collect when enough has passed. */
  processed(bytes: number): void {
    this.sinceCollection += bytes;
    if (this.sinceCollection < this.everyBytes) return;
    this.sinceCollection = 0;
    collector()?.();
  }
}
