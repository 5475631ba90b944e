// Articles processed as one batch (each stage over all of them in turn) give what each
// gives alone, in input order, and one bad article stops alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { processArticle, processArticles, type ArticleInput } from '../src/pipeline/process.js';
import { loadHtmlParser } from '../src/text/html.js';
import { BUILTIN_LEXICON } from '../src/vocab/lexicon.js';
import { FIXTURES } from './helpers/cli.js';

const options = { types: ['indicators', 'officials', 'decrees'] as const, lexicon: BUILTIN_LEXICON };

function fixtureInputs(): ArticleInput[] {
  const inputs: ArticleInput[] = [];
  for (const [folder, format] of [['articles', 'txt'], ['html', 'html']] as const) {
    const dir = path.join(FIXTURES, folder);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(?:txt|html?)$/.test(name)) continue;
      inputs.push({ id: name, path: `${folder}/${name}`, bytes: readFileSync(path.join(dir, name)), format });
    }
  }
  return inputs;
}

describe('a batch of articles', () => {
  beforeAll(loadHtmlParser);

  it('gives each article the records it gets alone, in input order', () => {
    const inputs = fixtureInputs();
    expect(inputs.length).toBeGreaterThan(5);
    const batch = processArticles(inputs, options);
    expect(batch.map((o) => o.records[0]!.type === 'article' && o.records[0]!.id)).toEqual(inputs.map((i) => i.id));
    inputs.forEach((input, k) => {
      const alone = processArticle(input, options);
      expect(JSON.stringify(batch[k]!.records)).toBe(JSON.stringify(alone.records));
      expect(batch[k]!.warnings).toEqual(alone.warnings);
    });
    expect(batch.some((o) => o.records.some((r) => r.type === 'indicator'))).toBe(true);
  });

  it('stops a binary or empty file alone, with its error in its place', () => {
    const [first, second] = fixtureInputs();
    const binary: ArticleInput = { id: 'binary', path: 'binary.txt', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), format: 'txt' };
    const empty: ArticleInput = { id: 'empty', path: 'empty.txt', bytes: new Uint8Array(0), format: 'txt' };
    const out = processArticles([first!, binary, empty, second!], options);
    expect(out.map((o) => o.records[0]!.type)).toEqual(['article', 'error', 'error', 'article']);
    expect(out[1]!.records).toEqual([{ type: 'error', article_id: 'binary', path: 'binary.txt', stage: 'decode', reason: 'binary file (not text)' }]);
    expect(out[2]!.records[0]).toMatchObject({ article_id: 'empty', stage: 'decode', reason: 'empty file' });
    expect(JSON.stringify(out[3]!.records)).toBe(JSON.stringify(processArticle(second!, options).records));
  });
});
