// `vnextract eval` without the printing: gold folder + articles → scores.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { listInputs } from '../ingest/inputs.js';
import { readSource, DEFAULT_MAX_FILE_SIZE } from '../pipeline/run.js';
import { Plan } from '../pipeline/plan.js';
import { processArticle } from '../pipeline/process.js';
import { loadHtmlParser } from '../text/html.js';
import { extractorTypes, type DecreeRecord, type IndicatorRecord, type OfficialRecord } from '../schema/records.js';
import type { Lexicon } from '../vocab/lexicon.js';
import { accuracy, emptyScores, meanOf, prf, scoreArticle, type GoldFile, type Scores } from './score.js';

export interface EvalReport {
  articles: number;
  missingArticles: string[];
  scores: Scores;
  summary: Record<string, unknown>;
}

/** A gold file that cannot be read or parsed: the command line reports it in one line. */
export class GoldFileError extends Error {
  override name = 'GoldFileError';
}

export async function loadGold(dir: string): Promise<GoldFile[]> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.gold.json')).sort();
  const gold: GoldFile[] = [];
  for (const name of names) {
    let parsed: GoldFile;
    try {
      parsed = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as GoldFile;
    } catch (err) {
      throw new GoldFileError(`${path.join(dir, name)}: not a readable gold file (${err instanceof Error ? err.message : String(err)})`);
    }
    parsed.article ??= name.slice(0, -'.gold.json'.length);
    gold.push(parsed);
  }
  return gold;
}

export async function evaluate(goldDir: string, inputs: string[], lexicon: Lexicon): Promise<EvalReport> {
  const gold = await loadGold(goldDir);
  const listing = await listInputs(inputs);
  const planned = [...(await Plan.of(listing.sources, async () => new Uint8Array()))];
  if (planned.some((p) => p.format === 'html')) await loadHtmlParser();
  const byId = new Map(planned.map((p) => [p.id, p]));
  const scores = emptyScores();
  const missingArticles: string[] = [];
  let articles = 0;
  for (const g of gold) {
    const item = byId.get(g.article);
    if (!item) {
      missingArticles.push(g.article);
      continue;
    }
    const bytes = readSource(item, DEFAULT_MAX_FILE_SIZE);
    const output = processArticle({ id: item.id, path: null, bytes, format: item.format }, { types: extractorTypes, lexicon });
    const records = output.records;
    articles++;
    scoreArticle(
      g,
      {
        published: output.document?.published ?? null,
        officials: records.filter((r): r is OfficialRecord => r.type === 'official'),
        decrees: records.filter((r): r is DecreeRecord => r.type === 'decree'),
        indicators: records.filter((r): r is IndicatorRecord => r.type === 'indicator'),
      },
      scores,
    );
  }
  return { articles, missingArticles, scores, summary: summarize(scores) };
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

export function summarize(scores: Scores): Record<string, unknown> {
  const types = {} as Record<string, unknown>;
  for (const type of ['indicators', 'officials', 'decrees'] as const) {
    const c = scores[type];
    const p = prf(c);
    types[type] = { ...c, precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) };
  }
  const fields = {} as Record<string, unknown>;
  for (const [name, acc] of Object.entries(scores.fields)) fields[name] = { ...acc, accuracy: round(accuracy(acc)) };
  const tokens = {} as Record<string, unknown>;
  for (const [name, m] of Object.entries(scores.tokens)) tokens[name] = { pairs: m.total, f1: round(meanOf(m)) };
  return { types, fields, tokens };
}
