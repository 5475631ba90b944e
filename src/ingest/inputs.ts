// Command-line inputs → a sorted list of sources: files, folders (recursive), globs
// (`fs.glob` is not on Node 20, so a small matcher lives here) and `-` for stdin.
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

/**
 * A file as its folder (`root`, one string shared by every file found under it) and its
 * path inside that folder: a listing of a million files keeps one short string per file.
 */
export type SourceRef =
  | { kind: 'file'; root: string; relPath: string }
  | { kind: 'stdin' };

/** The absolute path of a listed file. */
export function sourcePath(source: { root: string; relPath: string }): string {
  return path.join(source.root, source.relPath);
}

export interface InputProblem {
  path: string;
  reason: string;
  /** `skipped` is a notice (a non-article file in a folder); `missing` is an error. */
  severity: 'notice' | 'error';
}

export interface InputListing {
  sources: SourceList;
  problems: InputProblem[];
}

/**
 * The files of a run, held compactly: a listing of a million files must not cost a million
 * objects. A file is the index of its folder (one string per folder) and its path inside that
 * folder, `/`-separated; stdin, when asked for, is one flag.
 */
export class SourceList {
  readonly roots: string[] = [];
  readonly relPaths: string[] = [];
  hasStdin = false;
  private rootOf = new Int32Array(64);
  private readonly rootIndex = new Map<string, number>();

  /** Files and stdin. */
  get length(): number {
    return this.relPaths.length + (this.hasStdin ? 1 : 0);
  }

  addFile(root: string, relPath: string): void {
    let r = this.rootIndex.get(root);
    if (r === undefined) {
      r = this.roots.length;
      this.roots.push(root);
      this.rootIndex.set(root, r);
    }
    const i = this.relPaths.length;
    if (i === this.rootOf.length) {
      const grown = new Int32Array(i * 2);
      grown.set(this.rootOf);
      this.rootOf = grown;
    }
    this.rootOf[i] = r;
    this.relPaths.push(relPath);
  }

  /** The folder of file `i`. */
  rootOfFile(i: number): string {
    return this.roots[this.rootOf[i]!]!;
  }

  /** Whether the listing holds the file at absolute path `abs` (a scan: the name rejects nearly every entry). */
  containsFile(abs: string): boolean {
    const name = path.basename(abs);
    for (let i = 0; i < this.relPaths.length; i++) {
      const relPath = this.relPaths[i]!;
      if (relPath.endsWith(name) && sourcePath({ root: this.rootOfFile(i), relPath }) === abs) return true;
    }
    return false;
  }

  /** Every source as a SourceRef, files in listing order and then stdin. */
  *[Symbol.iterator](): IterableIterator<SourceRef> {
    for (let i = 0; i < this.relPaths.length; i++) yield { kind: 'file', root: this.rootOfFile(i), relPath: this.relPaths[i]! };
    if (this.hasStdin) yield { kind: 'stdin' };
  }
}

export function isArticleFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(ext);
}

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Glob → RegExp over `/`-separated relative paths: `**`, `*`, `?`, `[...]`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += '[' + glob.slice(i + 1, close).replace(/\\/g, '\\\\').replace(/^!/, '^') + ']';
        i = close;
      }
    } else if (c === '{') {
      inBraces++;
      out += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      out += ')';
    } else if (c === ',' && inBraces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp('^' + out + '$');
}

/** The folder a glob can be walked from: its leading segments without magic. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (hasGlobMagic(part)) break;
    base.push(part);
  }
  if (base.length === parts.length) base.pop();
  return base.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/**
 * Walk a folder, depth first, sorted by name (code-unit order, independent of locale),
 * following symlinks but never entering a folder twice (symlink loops).
 */
async function walk(
  root: string,
  relDir: string,
  visit: (relPath: string, absPath: string) => void,
  problems: InputProblem[],
  seen: Set<string>,
): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(root);
  } catch (err) {
    problems.push({ path: root, reason: describeFsError(err), severity: 'error' });
    return;
  }
  if (seen.has(real)) {
    problems.push({ path: root, reason: 'symlink loop: folder already visited', severity: 'notice' });
    return;
  }
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await fs.readdir(root, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: root, reason: describeFsError(err), severity: 'error' });
    return;
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = childPath(root, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      // Only links need a stat: to follow them, and to report a dangling or looping one.
      try {
        isDirectory = (await fs.stat(abs)).isDirectory();
      } catch (err) {
        problems.push({ path: abs, reason: describeFsError(err), severity: 'error' });
        continue;
      }
    }
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    if (isDirectory) await walk(abs, rel, visit, problems, seen);
    else visit(rel, abs);
  }
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop';
    case 'EISDIR':
      return 'is a folder';
    default:
      return (err as Error)?.message ?? String(err);
  }
}

export async function listInputs(inputs: string[], cwd = process.cwd()): Promise<InputListing> {
  const sources = new SourceList();
  const problems: InputProblem[] = [];
  // Only several inputs can name a file twice; one folder or glob lists each file once, and
  // then no set of every path is built.
  const seenFiles = inputs.length > 1 ? new Set<string>() : null;
  const firstSighting = (absPath: string) => {
    if (!seenFiles) return true;
    if (seenFiles.has(absPath)) return false;
    seenFiles.add(absPath);
    return true;
  };

  const addFile = (root: string, relPath: string, absPath: string, notices: InputProblem[] | null) => {
    if (!isArticleFile(relPath)) {
      notices?.push({ path: absPath, reason: 'skipped: not a .txt, .html or .htm file', severity: 'notice' });
      return;
    }
    if (firstSighting(absPath)) sources.addFile(root, relPath);
  };

  for (const input of inputs) {
    if (input === '-') {
      sources.hasStdin = true;
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      if (hasGlobMagic(input)) {
        await expandGlob(input, cwd, (base, relPath, file) => addFile(base, relPath, file, null), problems);
        continue;
      }
      problems.push({ path: input, reason: describeFsError(err), severity: 'error' });
      continue;
    }
    if (stat.isDirectory()) {
      // Skipped files are reported after the folder's own errors, as a listing then a filter would.
      const notices: InputProblem[] = [];
      await walk(abs, '', (relPath, file) => addFile(abs, relPath, file, notices), problems, new Set());
      for (const notice of notices) problems.push(notice);
    } else if (firstSighting(abs)) {
      // A file named explicitly is read whatever its extension: the user asked for it.
      sources.addFile(path.dirname(abs), path.basename(abs));
    }
  }
  return { sources, problems };
}

async function expandGlob(
  pattern: string,
  cwd: string,
  add: (base: string, relPath: string, absPath: string) => void,
  problems: InputProblem[],
): Promise<void> {
  const posix = toPosix(pattern);
  const base = globBase(posix);
  const absBase = path.resolve(cwd, base);
  const rest = base === '.' && !posix.startsWith('./') ? posix : posix.slice(base.length).replace(/^\//, '');
  const matcher = globToRegExp(rest);
  const walkProblems: InputProblem[] = [];
  let matched = 0;
  await walk(absBase, '', (relPath, file) => {
    if (!matcher.test(relPath)) return;
    matched++;
    add(absBase, relPath, file);
  }, walkProblems, new Set());
  if (matched === 0) problems.push({ path: pattern, reason: 'glob matched no file', severity: 'error' });
  problems.push(...walkProblems.filter((p) => p.severity === 'error'));
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/**
 * `path.join(dir, name)` for a name read from `dir` (never `.`, `..` or containing a
 * separator). path.join normalises, making several strings per call: over 50,000 files that
 * garbage alone raised the peak by 20 MB before the first article was read.
 */
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}


