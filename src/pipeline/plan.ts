// The run's order: every listed source with its article id, sorted by id. Ids are the file
// name without extension; where two files share that name, the relative path without it.
// Held as indexes into the listing, and ids are compared in place, never stored: a plan of
// a million files costs a few typed arrays beside the listing, not a million objects.
import type { SourceList, SourceRef } from '../ingest/inputs.js';
import { sha256Hex } from './process.js';

export interface PlannedSource {
  source: SourceRef;
  id: string;
  format: 'txt' | 'html';
  /** For stdin, read up front: its id is a hash of its bytes. */
  bytes?: Uint8Array;
}

/** Stands for stdin among the file indexes. */
const STDIN = -1;

export class Plan {
  private constructor(
    private readonly list: SourceList,
    private readonly order: Int32Array,
    private readonly clash: Uint8Array,
    private readonly stdin: PlannedSource | null,
  ) {}

  static async of(list: SourceList, readStdin: () => Promise<Uint8Array>): Promise<Plan> {
    let stdin: PlannedSource | null = null;
    if (list.hasStdin) {
      const bytes = await readStdin();
      stdin = { source: { kind: 'stdin' }, id: `stdin-${sha256Hex(bytes).slice(0, 12)}`, format: looksLikeHtml(bytes) ? 'html' : 'txt', bytes };
    }
    const paths = list.relPaths;
    const n = paths.length;
    // Clashing names: sort by name, then mark each run of equal names.
    const clash = new Uint8Array(n);
    const byName = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => compareNames(paths[a]!, paths[b]!) || a - b);
    for (let k = 1; k < n; k++) {
      if (compareNames(paths[byName[k - 1]!]!, paths[byName[k]!]!) === 0) clash[byName[k - 1]!] = clash[byName[k]!] = 1;
    }
    // By id; equal ids keep listing order, as a stable sort of the sources would.
    const order = new Int32Array(n + (stdin ? 1 : 0));
    for (let i = 0; i < n; i++) order[i] = i;
    if (stdin) order[n] = STDIN;
    const plan = new Plan(list, order, clash, stdin);
    order.sort((a, b) => plan.compareIds(a, b) || (a === STDIN ? 1 : b === STDIN ? -1 : a - b));
    return plan;
  }

  get length(): number {
    return this.order.length;
  }

  /** The k-th source of the run, built when asked for. */
  get(k: number): PlannedSource {
    const i = this.order[k]!;
    if (i === STDIN) return this.stdin!;
    const relPath = this.list.relPaths[i]!;
    return { source: { kind: 'file', root: this.list.rootOfFile(i), relPath }, id: this.idOf(i), format: formatOf(relPath) };
  }

  /** The k-th source's id. */
  idAt(k: number): string {
    const i = this.order[k]!;
    return i === STDIN ? this.stdin!.id : this.idOf(i);
  }

  /** The k-th source's format. */
  formatAt(k: number): 'txt' | 'html' {
    const i = this.order[k]!;
    return i === STDIN ? this.stdin!.format : formatOf(this.list.relPaths[i]!);
  }

  /** The sources whose id passes `keep`, in the same order (`--shard`). */
  filterIds(keep: (id: string) => boolean): Plan {
    const kept: number[] = [];
    for (let k = 0; k < this.order.length; k++) if (keep(this.idAt(k))) kept.push(this.order[k]!);
    return new Plan(this.list, Int32Array.from(kept), this.clash, this.stdin);
  }

  *[Symbol.iterator](): IterableIterator<PlannedSource> {
    for (let k = 0; k < this.order.length; k++) yield this.get(k);
  }

  private idOf(i: number): string {
    const relPath = this.list.relPaths[i]!;
    const [start, end] = idRange(relPath, this.clash[i] === 1);
    return relPath.slice(start, end);
  }

  /** Ids compared in place, by UTF-16 code unit, without building them. */
  private compareIds(a: number, b: number): number {
    const aText = a === STDIN ? this.stdin!.id : this.list.relPaths[a]!;
    const bText = b === STDIN ? this.stdin!.id : this.list.relPaths[b]!;
    const aStart = a === STDIN || this.clash[a] === 1 ? 0 : nameStart(aText);
    const bStart = b === STDIN || this.clash[b] === 1 ? 0 : nameStart(bText);
    const aEnd = a === STDIN ? aText.length : extensionStart(aText);
    const bEnd = b === STDIN ? bText.length : extensionStart(bText);
    return compareSpans(aText, aStart, aEnd, bText, bStart, bEnd);
  }
}

/** Where the file name starts in a `/`-separated relative path. */
function nameStart(relPath: string): number {
  return relPath.lastIndexOf('/') + 1;
}

/** Where the extension starts (as path.extname: a leading dot is not one, nor is `..`), or the end. */
function extensionStart(relPath: string): number {
  const from = nameStart(relPath);
  const dot = relPath.lastIndexOf('.');
  if (dot <= from || (dot === from + 1 && dot === relPath.length - 1 && relPath.charCodeAt(from) === 46)) return relPath.length;
  return dot;
}

/** The id inside the relative path: the name without extension, or on a clash the whole path without it. */
function idRange(relPath: string, clashes: boolean): [number, number] {
  return [clashes ? 0 : nameStart(relPath), extensionStart(relPath)];
}

function compareNames(a: string, b: string): number {
  return compareSpans(a, nameStart(a), extensionStart(a), b, nameStart(b), extensionStart(b));
}

function compareSpans(a: string, as: number, ae: number, b: string, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(as + k) - b.charCodeAt(bs + k);
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

function formatOf(relPath: string): 'txt' | 'html' {
  const ext = relPath.slice(extensionStart(relPath)).toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : 'txt';
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article)[\s>]/.test(head);
}
