#!/usr/bin/env node
// `npm run eval:dev`: score the rules against the annotated dev set when it is there
// (../shared/corpus/dev, local test data that a clone does not have); skip cleanly otherwise.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.env.VNEXTRACT_DEV ?? path.resolve(root, '../shared/corpus/dev');
if (!existsSync(path.join(dev, 'gold'))) {
  console.log(`eval:dev skipped: no annotated dev set at ${dev} (set VNEXTRACT_DEV to point at one)`);
  process.exit(0);
}
const args = ['eval', '--gold', path.join(dev, 'gold'), path.join(dev, 'articles'), ...process.argv.slice(2)];
const run = spawnSync(process.execPath, [path.join(root, 'bin/vnextract.js'), ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
