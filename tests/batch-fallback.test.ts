// A batch whose processing throws outside any stage's own guard goes again article by article
// (src/pipeline/run.ts, processBatch): the error stops only the article it belongs to.
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../src/pipeline/process.js';
import { FIXTURES } from './helpers/cli.js';

// An article the pipeline cannot survive: processing any batch holding it throws.
vi.mock('../src/pipeline/process.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/pipeline/process.js')>();
  return {
    ...real,
    processArticles: (inputs: readonly ArticleInput[], options: Parameters<typeof real.processArticles>[1]) => {
      if (inputs.some((i) => i.id === 'boom')) throw new Error('cannot read this article');
      return real.processArticles(inputs, options);
    },
  };
});

const { processBatch } = await import('../src/pipeline/run.js');
const { HeapKeeper } = await import('../src/pipeline/heap.js');
const { StageTimer } = await import('../src/pipeline/stages.js');
const { BUILTIN_LEXICON } = await import('../src/vocab/lexicon.js');

describe('a batch with an article that throws', () => {
  it('keeps the records of the others and gives the one a failed reply in its place', () => {
    const dir = path.join(FIXTURES, 'articles');
    const [a, b] = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const input = (id: string, file: string): ArticleInput => ({ id, path: file, bytes: readFileSync(path.join(dir, file)), format: 'txt' });
    const batch = [
      { index: 0, input: input('first', a!) },
      { index: 1, input: input('boom', a!) },
      { index: 2, input: input('second', b!) },
      { index: 3, reason: 'no such file' },
    ];
    const init = { types: ['indicators', 'officials', 'decrees'] as const, lexicon: BUILTIN_LEXICON, format: 'jsonl' as const, formulaGuard: true };
    const replies = processBatch(batch, init, new HeapKeeper(Number.MAX_SAFE_INTEGER), new StageTimer());
    expect(replies.map((r) => [r.index, r.ok])).toEqual([[0, true], [1, false], [2, true], [3, false]]);
    expect(replies[1]).toMatchObject({ ok: false, reason: 'cannot read this article' });
    const first = replies[0]!;
    expect(first.ok && first.encoded.format === 'jsonl' && first.encoded.text).toContain('"type":"indicator"');
  });
});
