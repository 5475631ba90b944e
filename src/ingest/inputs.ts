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
  sources: SourceRef[];
  problems: InputProblem[];
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
  visit: (absPath: string) => void,
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
    if (isDirectory) await walk(abs, visit, problems, seen);
    else visit(abs);
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
  const sources: SourceRef[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  let stdinSeen = false;

  const addFile = (absPath: string, root: string, fromFolder: boolean) => {
    if (!isArticleFile(absPath)) {
      if (fromFolder) problems.push({ path: absPath, reason: 'skipped: not a .txt, .html or .htm file', severity: 'notice' });
      return;
    }
    if (seenFiles.has(absPath)) return;
    seenFiles.add(absPath);
    const relPath = toPosix(relativeUnder(root, absPath));
    sources.push(relPath ? { kind: 'file', root, relPath } : { kind: 'file', root: path.dirname(absPath), relPath: path.basename(absPath) });
  };

  for (const input of inputs) {
    if (input === '-') {
      if (!stdinSeen) sources.push({ kind: 'stdin' });
      stdinSeen = true;
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      if (hasGlobMagic(input)) {
        await expandGlob(input, cwd, (file, base) => addFile(file, base, false), problems);
        continue;
      }
      problems.push({ path: input, reason: describeFsError(err), severity: 'error' });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(abs, (file) => found.push(file), problems, new Set());
      for (const file of found) addFile(file, abs, true);
    } else {
      // A file named explicitly is read whatever its extension: the user asked for it.
      if (!seenFiles.has(abs)) {
        seenFiles.add(abs);
        sources.push({ kind: 'file', root: path.dirname(abs), relPath: path.basename(abs) });
      }
    }
  }
  return { sources, problems };
}

async function expandGlob(
  pattern: string,
  cwd: string,
  add: (absPath: string, base: string) => void,
  problems: InputProblem[],
): Promise<void> {
  const posix = toPosix(pattern);
  const base = globBase(posix);
  const absBase = path.resolve(cwd, base);
  const rest = base === '.' && !posix.startsWith('./') ? posix : posix.slice(base.length).replace(/^\//, '');
  const matcher = globToRegExp(rest);
  const found: string[] = [];
  const walkProblems: InputProblem[] = [];
  await walk(absBase, (file) => found.push(file), walkProblems, new Set());
  const matched = found.filter((file) => matcher.test(toPosix(path.relative(absBase, file))));
  if (matched.length === 0) problems.push({ path: pattern, reason: 'glob matched no file', severity: 'error' });
  problems.push(...walkProblems.filter((p) => p.severity === 'error'));
  for (const file of matched) add(file, absBase);
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

// A listing of 50,000 files built with path.join and path.relative peaked at 125 MB RSS
// before the first article was read (their normalising makes several strings per call);
// names from readdir need no normalising, so plain concatenation gives the same paths.

/** `path.join(dir, name)` for a name read from `dir` (never `.`, `..` or containing a separator). */
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** `path.relative(root, file)` for a file found under `root`; the general case otherwise. */
function relativeUnder(root: string, file: string): string {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return file.startsWith(prefix) ? file.slice(prefix.length) : path.relative(root, file);
}
