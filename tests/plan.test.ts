// The run's order and article ids, from a compact listing: checked against the plain
// definition (a map of names, then a stable sort of objects) on real and generated listings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { SourceList } from '../src/ingest/inputs.js';
import { Plan } from '../src/pipeline/plan.js';

const noStdin = async () => new Uint8Array();

function listOf(files: Array<[root: string, relPath: string]>): SourceList {
  const list = new SourceList();
  for (const [root, relPath] of files) list.addFile(root, relPath);
  return list;
}

/** SPEC: the file name without extension; on a clash, the relative path without it. Sorted by id, stably. */
function reference(files: Array<[string, string]>): Array<{ id: string; relPath: string; root: string; format: string }> {
  const strip = (p: string) => p.slice(0, p.length - path.posix.extname(p).length);
  const count = new Map<string, number>();
  for (const [, rel] of files) count.set(strip(path.posix.basename(rel)), (count.get(strip(path.posix.basename(rel))) ?? 0) + 1);
  const planned = files.map(([root, rel]) => {
    const name = strip(path.posix.basename(rel));
    const ext = path.posix.extname(rel).toLowerCase();
    return { id: count.get(name)! > 1 ? strip(rel) : name, relPath: rel, root, format: ext === '.html' || ext === '.htm' ? 'html' : 'txt' };
  });
  return planned.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function planned(files: Array<[string, string]>) {
  const plan = await Plan.of(listOf(files), noStdin);
  return [...plan].map((p) => ({ id: p.id, relPath: p.source.kind === 'file' ? p.source.relPath : '-', root: p.source.kind === 'file' ? p.source.root : '-', format: p.format }));
}

describe('article ids and order', () => {
  it('names a file by its name, and by its relative path where two files share the name', async () => {
    const files: Array<[string, string]> = [
      ['/corpus', '2019/tin-1.txt'],
      ['/corpus', '2020/tin-1.txt'],
      ['/corpus', '2020/báo cáo.v2.html'],
      ['/corpus', 'v1.0/ghi-chu'],
      ['/other', 'Z.htm'],
    ];
    expect(await planned(files)).toEqual([
      { id: '2019/tin-1', relPath: '2019/tin-1.txt', root: '/corpus', format: 'txt' },
      { id: '2020/tin-1', relPath: '2020/tin-1.txt', root: '/corpus', format: 'txt' },
      { id: 'Z', relPath: 'Z.htm', root: '/other', format: 'html' },
      { id: 'báo cáo.v2', relPath: '2020/báo cáo.v2.html', root: '/corpus', format: 'html' },
      { id: 'ghi-chu', relPath: 'v1.0/ghi-chu', root: '/corpus', format: 'txt' },
    ]);
  });

  it('keeps listing order for equal ids and puts stdin among the files by its id', async () => {
    const list = listOf([
      ['/b', 'a.txt'],
      ['/a', 'a.txt'],
      ['/a', 'z.txt'],
    ]);
    list.hasStdin = true;
    const plan = await Plan.of(list, async () => new TextEncoder().encode('Tin: có 3 người.'));
    const order = [...plan].map((p) => `${p.source.kind === 'file' ? p.source.root : 'stdin'} ${p.id}`);
    expect(order[0]).toBe('/b a');
    expect(order[1]).toBe('/a a');
    expect(order[2]).toMatch(/^stdin stdin-[0-9a-f]{12}$/);
    expect(order[3]).toBe('/a z');
  });

  it('a shard keeps the order of the sources it takes', async () => {
    const plan = await Plan.of(listOf([['/c', 'c.txt'], ['/c', 'a.txt'], ['/c', 'b.txt']]), noStdin);
    expect([...plan.filterIds((id) => id !== 'b')].map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('agrees with the plain definition on generated listings', async () => {
    const segment = fc.constantFrom('a', 'b', 'A', 'tin', 'đ', 'x.y', '.', '-', 'tin.txt', '1');
    const name = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.constantFrom('.txt', '.html', '.HTM', '', '.', '.v2.txt'));
    const file = fc.tuple(fc.constantFrom('/r1', '/r2'), fc.array(segment, { maxLength: 2 }), name).map(([root, dirs, [parts, ext]]): [string, string] => [
      root,
      [...dirs.map((d) => d.replace(/^\.+$/, 'd')), parts.join('') + ext].join('/'),
    ]);
    await fc.assert(
      fc.asyncProperty(fc.array(file, { maxLength: 30 }), async (files) => {
        expect(await planned(files)).toEqual(reference(files));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
