// The command line at its edges: a bad output path, a missing gold folder, an impossible
// date, empty stdin, a signal in the middle of a run, colour on the right stream.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { colourLevel } from '../src/cli/colour.js';
import { readStdin } from '../src/cli/stdin.js';
import { AtomicFile, removeTemporaryFiles } from '../src/output/atomic.js';
import { BIN, FIXTURES, ROOT, runCli } from './helpers/cli.js';

const ARTICLES = path.join(FIXTURES, 'articles');
const tmp = mkdtempSync(path.join(tmpdir(), 'vnextract-edges-'));

describe('one line naming the user\'s path, and the exit code the README gives', () => {
  it('--out under a file: exit 2, no stack trace', () => {
    const file = path.join(tmp, 'a.txt');
    writeFileSync(file, 'x');
    const result = runCli(['extract', ARTICLES, '--out', path.join(file, 'sub.jsonl'), '-q']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`--out ${path.join(file, 'sub.jsonl')}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('--out where no file can be made (/proc): exit 2 at once, naming the user\'s path, not a temporary one', () => {
    for (const args of [['--out', '/proc/nope'], ['--out', '/proc/nope/x.jsonl'], ['--format', 'csv', '--out', '/proc/nope']]) {
      const started = Date.now();
      const result = runCli(['extract', ARTICLES, ...args, '-q']);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--out ${args[args.length - 1]}`);
      expect(result.stderr).not.toContain('.vnextract-tmp-');
    }
  });

  it('--out - is standard output, never a file named -; with csv it is refused in one line', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'vnextract-dash-'));
    const result = runCli(['extract', ARTICLES, '--out', '-', '-q'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"type":"indicator"');
    expect(readdirSync(cwd)).toEqual([]);
    const csv = runCli(['extract', ARTICLES, '--format', 'csv', '--out', '-', '-q'], { cwd });
    expect(csv.code).toBe(2);
    expect(csv.stderr.trim().split('\n')).toHaveLength(1);
    expect(csv.stderr).toContain('--out');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('eval --gold on a missing folder: exit 2, one line', () => {
    const result = runCli(['eval', '--gold', path.join(tmp, 'missing'), ARTICLES]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`vnextract: --gold ${path.join(tmp, 'missing')}: no such folder`);
  });

  it('normalize --published with no such day: exit 2', () => {
    expect(runCli(['normalize', '--published', '2020-13-45', 'Ngày 1/10']).code).toBe(2);
    expect(runCli(['normalize', '--published', '2019-02-29', 'Ngày 1/10']).code).toBe(2);
    expect(runCli(['normalize', '--published', '2020-02-29', 'Ngày 1/10']).code).toBe(0);
  });

  it('extract - with nothing on stdin: the reason on stderr too, exit 1', () => {
    const result = runCli(['extract', '-'], { input: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error stdin: empty file');
  });

  it('a bad --shard is a usage error, raised by the pipeline without knowing the command line', () => {
    const result = runCli(['extract', ARTICLES, '--shard', '5/4', '-q']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('stdin on a terminal', () => {
  it('says it is waiting for input', async () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true });
    const writes: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (writes.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const reading = readStdin(stream);
      stream.end('Có 5 người.');
      expect(Buffer.from(await reading).toString('utf8')).toBe('Có 5 người.');
    } finally {
      process.stderr.write = original;
    }
    expect(writes.join('')).toMatch(/reading an article from the terminal; end it with Ctrl-D/);
  });
});

describe('temporary files', () => {
  it('exist as soon as they are made, so a signal arriving before any write still finds and removes them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnextract-atomic-'));
    const file = new AtomicFile(path.join(dir, 'records.jsonl'));
    expect(existsSync(file.tmpPath)).toBe(true);
    removeTemporaryFiles();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('are removed when the run is stopped by SIGTERM or SIGINT, and the destination is untouched', async () => {
    // A corpus big enough to be stopped midway: the fixtures many times over.
    const corpus = path.join(tmp, 'corpus');
    for (let i = 0; i < 150; i++) {
      const sub = path.join(corpus, String(i));
      mkdirSync(sub, { recursive: true });
      for (const name of readdirSync(ARTICLES)) writeFileSync(path.join(sub, name), readFileSyncText(path.join(ARTICLES, name)));
    }
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const out = path.join(tmp, `out-${signal}`);
      mkdirSync(out, { recursive: true });
      const child = spawn(process.execPath, [BIN, 'extract', corpus, '--format', 'csv', '--out', out, '--jobs', '1', '-q'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
      // Wait for the temporary files to appear, then stop the run.
      for (let waited = 0; waited < 15_000 && !readdirSync(out).some((f) => f.startsWith('.vnextract-tmp-')); waited += 20) await sleep(20);
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readdirSync(out)).toEqual([]);
    }
  }, 60_000);

  it('left by a run killed harder are removed by the next run into the same folder', () => {
    const out = path.join(tmp, 'stale');
    mkdirSync(out, { recursive: true });
    // A process id no process has (above the kernel's pid limit).
    const stale = path.join(out, '.vnextract-tmp-4194399-abc123-records.jsonl');
    writeFileSync(stale, 'half');
    const result = runCli(['extract', ARTICLES, '--out', path.join(out, 'records.jsonl'), '-q']);
    expect(result.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(out)).toEqual(['records.jsonl']);
  });
});

describe('colour follows the stream it is written to', () => {
  it('NO_COLOR (set, not empty) turns it off; FORCE_COLOR turns it on; each stream decides for itself', () => {
    expect(colourLevel('stderr', { NO_COLOR: '1' })).toBe(0);
    expect(colourLevel('stdout', { NO_COLOR: '1' })).toBe(0);
    expect(colourLevel('stderr', { FORCE_COLOR: '1' })).toBeGreaterThan(0);
    expect(colourLevel('stderr', { FORCE_COLOR: '0' })).toBe(0);
    // Under the test runner neither stream is a terminal: no colour unless forced.
    expect(colourLevel('stderr', {})).toBe(0);
  });

  it('messages on stderr carry no escape codes when stderr is a file, and do when forced', () => {
    const plain = runCli(['extract', path.join(ARTICLES, '000_589c67ea45d1b0b9.txt')], { env: { NO_COLOR: '' } });
    expect(plain.stderr).not.toMatch(/\u001b\[/);
    const forced = runCli(['extract', path.join(ARTICLES, '000_589c67ea45d1b0b9.txt')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stderr).toMatch(/\u001b\[/);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readFileSyncText(file: string): string {
  return readFileSync(file, 'utf8');
}

describe('what the command line loads only when an input or an output needs it', () => {
  // (The CLI runs from the build's bundle; iconv-lite and csv-stringify are loaded on demand
  // from there, so a run that needs them must still find them.)
  it('a page in windows-1258 is decoded, its figures read, through the built command', async () => {
    const { default: iconv } = await import('iconv-lite');
    // windows-1258 writes the tone apart from its letter: the tone marks as combining characters.
    const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
    const apart = (s: string) =>
      [...s]
        .map((c) => {
          const d = c.normalize('NFD');
          const tone = TONES.exec(d)?.[0];
          return tone ? d.replace(tone, '').normalize('NFC') + tone : c;
        })
        .join('');
    const text = 'Năm 2019, doanh thu dịch vụ viễn thông của tỉnh Hải Dương đạt 15.658 tỷ đồng, tăng 2,2% so với năm trước. Toàn tỉnh có 427 xã đạt chuẩn nông thôn mới.';
    const file = path.join(tmp, 'cu.txt');
    writeFileSync(file, iconv.encode(apart(text), 'windows1258'));
    const result = runCli(['extract', file, '-q']);
    expect(result.code).toBe(0);
    const records = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records[0]).toMatchObject({ type: 'article', encoding: 'windows-1258' });
    expect(records.find((r) => r.type === 'indicator' && r.value === 15658e9)).toMatchObject({ sentence: text.slice(0, text.indexOf('.', 70) + 1) });
  });

  it('CSV is written by the built command, quoted as RFC 4180 asks', () => {
    const out = path.join(tmp, 'csv-out');
    const result = runCli(['extract', ARTICLES, '--format', 'csv', '--out', out, '-q']);
    expect(result.code).toBe(0);
    const header = readFileSync(path.join(out, 'indicators.csv'), 'utf8').split('\n')[0]!;
    expect(header).toMatch(/^\ufeff?article_id,start,end,text,sentence,/);
    expect(readFileSync(path.join(out, 'indicators.csv'), 'utf8')).toContain('"');
  });
});
