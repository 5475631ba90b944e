// The rules' examples are sentences of our own. Where the annotated development articles are
// at hand (a checkout beside `../shared`), no example string may follow one of them for ten
// words or more: a copied sentence would make the development score a test of memory, and
// the articles' licence allows local use only. Skipped on a clone without them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const DEV = path.resolve(ROOT, '../shared/corpus/dev/articles');
const RUN = 10;

/** Every `*.examples.ts` and `examples.ts` under src/. */
function exampleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...exampleFiles(p));
    else if (/(?:^|\.)examples\.ts$/u.test(entry.name)) out.push(p);
  }
  return out.sort();
}

describe.skipIf(!existsSync(DEV))('examples are our own sentences', () => {
  it(`no example follows a development article for ${RUN} words`, () => {
    const words = readdirSync(DEV)
      .map((f) => readFileSync(path.join(DEV, f), 'utf8'))
      .join(' ')
      .split(/\s+/u);
    const runs = new Set<string>();
    for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
    const copied: string[] = [];
    for (const file of exampleFiles(path.join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'([^'\n]{40,})'/gu)) {
        const w = m[1]!.split(/\s+/u);
        for (let i = 0; i + RUN <= w.length; i++) {
          if (runs.has(w.slice(i, i + RUN).join(' '))) {
            copied.push(`${path.relative(ROOT, file)}: ${m[1]!.slice(0, 80)}`);
            break;
          }
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
