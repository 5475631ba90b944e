// The JIT flags are chosen from the command line before the CLI loads (src/pipeline/jit.ts):
// the thread count read there must be the one the run will use.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { jobsOf } from '../src/pipeline/jit.js';

const run = (...args: string[]) => jobsOf(['node', 'vnextract', ...args]);

describe('threads of a run, read before the CLI parses its arguments', () => {
  it('reads every spelling of --jobs, the last one winning', () => {
    expect(run('extract', 'bai-bao', '--jobs', '1')).toBe(1);
    expect(run('extract', '--jobs=3', 'bai-bao')).toBe(3);
    expect(run('extract', '-j', '4', 'bai-bao')).toBe(4);
    expect(run('extract', '-j2', 'bai-bao')).toBe(2);
    expect(run('extract', '-j', '4', 'bai-bao', '--jobs', '1')).toBe(1);
  });

  it('defaults to the cores for extract and to one thread for the other commands', () => {
    expect(run('extract', 'bai-bao')).toBe(availableParallelism());
    expect(run('eval', '--gold', 'gold', 'bai-bao', '--jobs', '4')).toBe(1);
    expect(run('normalize', '15.658 tỉ đồng')).toBe(1);
  });

  it('counts a value the CLI will refuse, and a file named like the option after --, as one thread', () => {
    expect(run('extract', 'bai-bao', '--jobs', 'hai')).toBe(1);
    expect(run('extract', '--jobs', '1', '--', '-j4')).toBe(1);
  });
});
