// `vnextract normalize "…"`: every quantity and date the normaliser finds, for people to
// try the rules. Loads only the normaliser (no HTML parser, no schema library).
import { toStdout as chalk } from './colour.js';
import { findDates } from '../normalize/dates.js';
import { findQuantities } from '../normalize/quantities.js';
import { normalizeCharacters } from '../text/characters.js';
import { EXIT_OK, UsageError } from './main.js';
import { readStdin } from './stdin.js';

export interface NormalizeOptions {
  published?: string;
  json?: boolean;
}

export interface NormalizedItem {
  start: number;
  end: number;
  text: string;
  kind: string;
  value: number | string | null;
  total: number | null;
  unit: string | null;
  qualifier: string | null;
  change: string | null;
  baseline: string | null;
}

export function normalizeText(text: string, published?: string): NormalizedItem[] {
  const dates = findDates(text, published);
  const items: NormalizedItem[] = dates.map((d) => ({
    start: d.start,
    end: d.end,
    text: d.text,
    kind: d.kind,
    value: d.value,
    total: null,
    unit: null,
    qualifier: null,
    change: null,
    baseline: null,
  }));
  for (const q of findQuantities(text, { dates })) {
    items.push({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      value: q.value,
      total: q.total,
      unit: q.unit,
      qualifier: q.qualifier,
      change: q.change,
      baseline: q.baseline,
    });
  }
  return items.sort((a, b) => a.start - b.start);
}

export async function normalizeCommand(words: string[], options: NormalizeOptions): Promise<number> {
  if (options.published && !isCalendarDate(options.published)) {
    throw new UsageError(`--published must be a calendar date as YYYY-MM-DD, not "${options.published}"`);
  }
  const raw = words.length > 0 ? words.join(' ') : Buffer.from(await readStdin()).toString('utf8');
  const text = normalizeCharacters(raw);
  const items = normalizeText(text, options.published);
  if (options.json) {
    process.stdout.write(JSON.stringify(items, null, 2) + '\n');
    return EXIT_OK;
  }
  if (items.length === 0) {
    process.stdout.write('no quantity or date found\n');
    return EXIT_OK;
  }
  const rows = items.map((i) => [
    `${i.start}-${i.end}`,
    i.text,
    i.kind,
    formatValue(i),
    i.unit ?? '',
    [i.qualifier && i.qualifier !== 'exact' ? i.qualifier : '', i.change ?? '', i.baseline ? `vs ${i.baseline}` : ''].filter(Boolean).join(' '),
  ]);
  const header = ['span', 'text', 'kind', 'value', 'unit', 'qualifier / change'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  process.stdout.write(chalk.bold(line(header)) + '\n' + rows.map(line).join('\n') + '\n');
  return EXIT_OK;
}

function formatValue(item: NormalizedItem): string {
  if (item.value === null) return '(year unknown)';
  if (typeof item.value === 'string') return item.value;
  const value = Number.isInteger(item.value) ? item.value.toLocaleString('en-US').replace(/,/g, ' ') : String(item.value);
  return item.total !== null ? `${value} / ${item.total}` : value;
}

/** `2020-02-29` yes, `2020-13-45` and `2019-02-29` no. */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return date.getUTCFullYear() === +m[1]! && date.getUTCMonth() === +m[2]! - 1 && date.getUTCDate() === +m[3]!;
}
