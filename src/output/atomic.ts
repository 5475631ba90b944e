// Atomic file output: write beside the destination under a temporary name, then rename.
// A run killed midway leaves the destination as it was (or absent), never half-written.
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import path from 'node:path';

export class AtomicFile {
  readonly tmpPath: string;
  private readonly stream: WriteStream;
  private failed: Error | null = null;

  constructor(readonly destination: string) {
    const dir = path.dirname(destination);
    this.tmpPath = path.join(dir, `.vnextract-tmp-${process.pid}-${Math.random().toString(36).slice(2)}-${path.basename(destination)}`);
    // A larger buffer than the default 16 KB: one drain wait per 256 KB, not per article.
    this.stream = createWriteStream(this.tmpPath, { encoding: 'utf8', highWaterMark: 1 << 18 });
    this.stream.on('error', (err) => (this.failed = err));
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

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
    if (this.failed) throw this.failed;
    await fs.rename(this.tmpPath, this.destination);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await fs.rm(this.tmpPath, { force: true });
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
