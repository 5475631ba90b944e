// A long run started with more V8 helper threads than it wants runs again as a child that has
// fewer (src/cli/respawn.ts, src/pipeline/jit.ts). The child must be the run in every way a
// user can see: its output, its exit code, its standard input, its signals; and it must not
// outlive the command that started it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HELPER_THREADS, helperThreadsFor } from '../src/pipeline/jit.js';
import { respawnOptions } from '../src/cli/respawn.js';
import { BIN, FIXTURES, ROOT } from './helpers/cli.js';

const argv = (...args: string[]) => ['node', 'vnextract', ...args];
const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-respawn-'));
const ARTICLES = path.join(FIXTURES, 'articles');

describe('V8 helper threads for a run', () => {
  it('leaves V8 the cores the extracting threads do not take, at most the default', () => {
    expect(helperThreadsFor(argv('extract', 'bai-bao', '--jobs', '1'), 2)).toBe(1);
    expect(helperThreadsFor(argv('extract', 'bai-bao', '-j', '3'), 6)).toBe(3);
    expect(helperThreadsFor(argv('extract', 'bai-bao', '--jobs', '1'), 16)).toBe(DEFAULT_HELPER_THREADS);
  });

  it('keeps the default where every core extracts', () => {
    expect(helperThreadsFor(argv('extract', 'bai-bao', '--jobs', '2'), 2)).toBe(DEFAULT_HELPER_THREADS);
    expect(helperThreadsFor(argv('extract', 'bai-bao', '--jobs', '12'), 8)).toBe(DEFAULT_HELPER_THREADS);
    // (No --jobs: as many threads as cores.)
    expect(helperThreadsFor(argv('extract', 'bai-bao'), 4)).toBe(DEFAULT_HELPER_THREADS);
  });

  it('keeps the default for the short commands and for help', () => {
    expect(helperThreadsFor(argv('normalize', '15.658 tỉ đồng'), 2)).toBe(DEFAULT_HELPER_THREADS);
    expect(helperThreadsFor(argv('eval', '--gold', 'gold', 'bai-bao'), 2)).toBe(DEFAULT_HELPER_THREADS);
    expect(helperThreadsFor(argv('extract', '--help'), 2)).toBe(DEFAULT_HELPER_THREADS);
  });
});

describe('starting the run again', () => {
  it('does so only for fewer helpers than the default, and never over options the user chose', () => {
    expect(respawnOptions(1, [], {})).toEqual(['--v8-pool-size=1']);
    expect(respawnOptions(3, [], { NODE_OPTIONS: '--max-old-space-size=4096' })).toEqual(['--v8-pool-size=3']);
    expect(respawnOptions(DEFAULT_HELPER_THREADS, [], {})).toBeNull();
    expect(respawnOptions(1, ['--inspect'], {})).toBeNull();
    expect(respawnOptions(1, [], { NODE_OPTIONS: '--v8-pool-size=2' })).toBeNull();
    // (The child itself never starts again.)
    expect(respawnOptions(1, [], { VNEXTRACT_RESPAWNED: '1' })).toBeNull();
  });
});

/** The CLI through the respawn, whatever the cores of this machine: a driver that always takes that path. */
function driver(args: string[]): string[] {
  const respawn = path.join(ROOT, 'dist', 'cli', 'respawn.js');
  const script = `import { runRespawned } from ${JSON.stringify(respawn)}; process.exitCode = await runRespawned(${JSON.stringify(BIN)}, ${JSON.stringify(args)}, ['--v8-pool-size=1']);`;
  return ['--input-type=module', '-e', script];
}
const run = (nodeArgs: string[], input?: string) =>
  spawnSync(process.execPath, nodeArgs, { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });

describe('a run started again as a child', () => {
  it('writes what the same run writes in one process, and exits with its code', () => {
    const args = ['extract', ARTICLES, '-q', '--no-progress'];
    const child = run(driver(args));
    const here = run(['--v8-pool-size=4', BIN, ...args]);
    expect(child.status).toBe(0);
    expect(child.stdout.length).toBeGreaterThan(10_000);
    expect(child.stdout).toBe(here.stdout);
    const missing = run(driver(['extract', path.join(tmp, 'khong-co.txt'), '-q']));
    expect(missing.status).toBe(run(['--v8-pool-size=4', BIN, 'extract', path.join(tmp, 'khong-co.txt'), '-q']).status);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('khong-co.txt');
  });

  it('reads standard input', () => {
    const result = run(driver(['extract', '-', '-q']), 'Năm 2019, doanh thu của VNPT đạt 15.658 tỉ đồng, tăng 2,2%.');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"value":15658000000000');
  });

  it('stops when the command that started it is killed outright, writing nothing', async () => {
    // A corpus long enough to be stopped midway.
    const corpus = path.join(tmp, 'corpus');
    mkdirSync(corpus, { recursive: true });
    const names = readdirSync(ARTICLES);
    for (let i = 0; i < 400; i++) for (const name of names) copyFileSync(path.join(ARTICLES, name), path.join(corpus, `${i}-${name}`));
    const out = path.join(tmp, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'previous run\n');
    const parent = spawn(process.execPath, driver(['extract', corpus, '--format', 'csv', '--out', out, '--jobs', '1', '-q']), { cwd: ROOT });
    const temporary = () => readdirSync(out).filter((f) => f.startsWith('.vnextract-tmp-'));
    for (let waited = 0; waited < 15_000 && temporary().length === 0; waited += 20) await sleep(20);
    expect(temporary().length).toBeGreaterThan(0);
    parent.kill('SIGKILL');
    await new Promise((resolve) => parent.on('exit', resolve));
    // The orphaned child notices, removes its temporary files and ends without committing.
    for (let waited = 0; waited < 15_000 && temporary().length > 0; waited += 50) await sleep(50);
    await sleep(300);
    expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(existsSync(path.join(out, 'indicators.csv'))).toBe(false);
  }, 60_000);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
