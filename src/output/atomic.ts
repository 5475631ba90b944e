// Atomic file output: write beside the destination under a temporary name, then rename.
// A run killed midway leaves the destination as it was (or absent), never half-written; the
// temporary files are removed on SIGINT/SIGTERM (removeTemporaryFiles), and those of a run
// killed harder are removed by the next run writing to the same folder (removeStaleTemporaryFiles).
import { createWriteStream, openSync, promises as fs, readdirSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';

const TEMP_PREFIX = '.vnextract-tmp-';
/** Temporary files of this process not yet renamed or removed. */
const live = new Set<string>();

/** Remove this process's temporary files now (for a signal handler: synchronous). */
export function removeTemporaryFiles(): void {
  for (const file of live) rmSync(file, { force: true });
  live.clear();
}

/** Remove temporary files left in `dir` by runs that are no longer alive. */
export function removeStaleTemporaryFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\.vnextract-tmp-(\d+)-/.exec(name);
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
    rmSync(path.join(dir, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class AtomicFile {
  readonly tmpPath: string;
  private readonly stream: WriteStream;
  private failed: Error | null = null;

  constructor(readonly destination: string) {
    const dir = path.dirname(destination);
    this.tmpPath = path.join(dir, `${TEMP_PREFIX}${process.pid}-${Math.random().toString(36).slice(2)}-${path.basename(destination)}`);
    live.add(this.tmpPath);
    // Opened here, synchronously: a file opened in the background could appear after a signal's
    // clean-up had run, and be left behind. (Where it cannot be opened, the stream reports why.)
    let fd: number | undefined;
    try {
      fd = openSync(this.tmpPath, 'w');
    } catch {
      fd = undefined;
    }
    // A larger buffer than the default 16 KB: one drain wait per 256 KB, not per article.
    this.stream = createWriteStream(this.tmpPath, { fd, encoding: 'utf8', highWaterMark: 1 << 18 });
    this.stream.on('error', (err) => (this.failed = err));
  }

  /** Resolves once the temporary file is open; rejects with the reason it cannot be. */
  ready(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.stream.pending === false) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.stream.once('ready', () => resolve());
      this.stream.once('error', (err) => reject(err));
    });
  }

  /** Resolves when the chunk is buffered; waits for drain so memory stays flat. */
  async write(chunk: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (err: Error) => {
          this.stream.off('drain', onDrain);
          reject(err);
        };
        const onDrain = () => {
          this.stream.off('error', onError);
          resolve();
        };
        this.stream.once('drain', onDrain);
        this.stream.once('error', onError);
      });
    }
  }

  /** Write bytes (a binary file such as a workbook). */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    await new Promise<void>((resolve, reject) => this.stream.write(bytes, (err) => (err ? reject(err) : resolve())));
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
    if (this.failed) throw this.failed;
    await fs.rename(this.tmpPath, this.destination);
    live.delete(this.tmpPath);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await fs.rm(this.tmpPath, { force: true });
    live.delete(this.tmpPath);
  }
}

export async function writeFileAtomic(destination: string, content: string): Promise<void> {
  const file = new AtomicFile(destination);
  try {
    await file.write(content);
    await file.commit();
  } catch (err) {
    await file.abort();
    throw err;
  }
}
