// Scoring exactly as SPEC's "Gold files and scoring" defines it: one-to-one matches per
// record type, precision / recall / F1, and field accuracy over matched pairs.
import type { DecreeRecord, IndicatorRecord, OfficialRecord } from '../schema/records.js';

export interface GoldFile {
  article: string;
  published?: string | null;
  title?: string | null;
  officials?: Array<{ name: string; title?: string; organization?: string | null }>;
  decrees?: Array<{ doc_type: string; symbol?: string | null; name?: string | null; issued?: string | null; issuer?: string | null; subject?: string | null; text?: string }>;
  indicators?: Array<{ kind: string; value: number; total?: number | null; period?: string | null; qualifier?: string; name?: string | null; subject?: string | null; text?: string }>;
}

export interface Predictions {
  published: string | null;
  officials: OfficialRecord[];
  decrees: DecreeRecord[];
  indicators: IndicatorRecord[];
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface FieldAccuracy {
  correct: number;
  total: number;
}

/** A mean of per-pair scores in [0, 1] (token F1). */
export interface FieldMean {
  sum: number;
  total: number;
}

export interface Miss {
  article: string;
  kind: 'missed' | 'spurious' | 'field';
  type: 'official' | 'decree' | 'indicator' | 'article';
  detail: string;
}

export interface Scores {
  officials: Counts;
  decrees: Counts;
  indicators: Counts;
  fields: {
    official_title: FieldAccuracy;
    official_organization: FieldAccuracy;
    decree_issued: FieldAccuracy;
    decree_issuer: FieldAccuracy;
    indicator_period: FieldAccuracy;
    indicator_qualifier: FieldAccuracy;
    article_published: FieldAccuracy;
  };
  /** Token F1 of the verbatim fields, averaged over matched pairs (SPEC). */
  tokens: {
    indicator_name: FieldMean;
    indicator_subject: FieldMean;
    decree_subject: FieldMean;
  };
  misses: Miss[];
}

export function emptyScores(): Scores {
  const counts = () => ({ gold: 0, predicted: 0, matched: 0 });
  const acc = () => ({ correct: 0, total: 0 });
  const mean = () => ({ sum: 0, total: 0 });
  return {
    officials: counts(),
    decrees: counts(),
    indicators: counts(),
    fields: {
      official_title: acc(),
      official_organization: acc(),
      decree_issued: acc(),
      decree_issuer: acc(),
      indicator_period: acc(),
      indicator_qualifier: acc(),
      article_published: acc(),
    },
    tokens: { indicator_name: mean(), indicator_subject: mean(), decree_subject: mean() },
    misses: [],
  };
}

export const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFC').toLowerCase().trim();
/** Case-folded, spaces removed; `Đ` is not folded to `D`. */
const foldSymbol = (s: string | null | undefined): string => fold(s).replace(/\s+/g, '');
const words = (s: string | null | undefined): Set<string> => new Set(fold(s).split(/[\s,.;:()“”"']+/).filter(Boolean));

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) <= 1e-9;
}

function sameField(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  return fold(gold) === fold(predicted) && (gold == null) === (predicted == null);
}

/** SQuAD-style answer tokens: NFC, lower-cased, punctuation dropped, split on whitespace. */
export function answerTokens(s: string | null | undefined): string[] {
  return (s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
}

/** Token F1 between two answers; both empty (null) counts 1, one empty counts 0. */
export function tokenF1(gold: string | null | undefined, predicted: string | null | undefined): number {
  const g = answerTokens(gold);
  const p = answerTokens(predicted);
  if (g.length === 0 || p.length === 0) return g.length === p.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

function addMean(m: FieldMean, score: number): void {
  m.total++;
  m.sum += score;
}

function tally(acc: FieldAccuracy, ok: boolean): void {
  acc.total++;
  if (ok) acc.correct++;
}

/** Greedy one-to-one matching in document order: each gold takes the first free prediction that fits. */
function matchOneToOne<G, P>(gold: G[], predicted: P[], fits: (g: G, p: P) => boolean, prefer?: (g: G, p: P) => boolean): Array<[G, P | null]> {
  const used = new Set<number>();
  return gold.map((g) => {
    let index = -1;
    if (prefer) index = predicted.findIndex((p, i) => !used.has(i) && fits(g, p) && prefer(g, p));
    if (index < 0) index = predicted.findIndex((p, i) => !used.has(i) && fits(g, p));
    if (index < 0) return [g, null];
    used.add(index);
    return [g, predicted[index]!];
  });
}

export function scoreArticle(gold: GoldFile, predicted: Predictions, scores: Scores): void {
  const article = gold.article;
  if ('published' in gold) {
    // A page states a time of publication (`2020-01-14T08:22:00+07:00`); a gold date is its day.
    const shown = predicted.published && gold.published && gold.published.length === 10 ? predicted.published.slice(0, 10) : predicted.published;
    const ok = (gold.published ?? null) === shown;
    tally(scores.fields.article_published, ok);
    if (!ok) scores.misses.push({ article, kind: 'field', type: 'article', detail: `published: gold ${gold.published} ≠ ${predicted.published}` });
  }

  // Officials: on the name.
  const goldOfficials = gold.officials ?? [];
  const officialPairs = matchOneToOne(goldOfficials, predicted.officials, (g, p) => fold(g.name) === fold(p.name));
  addCounts(scores.officials, goldOfficials.length, predicted.officials.length, officialPairs);
  for (const [g, p] of officialPairs) {
    if (!p) {
      scores.misses.push({ article, kind: 'missed', type: 'official', detail: `${g.name} (${g.title ?? ''})` });
      continue;
    }
    if (g.title !== undefined) {
      const ok = fold(g.title) === fold(p.title) || p.positions.some((pos) => fold(pos.title) === fold(g.title));
      tally(scores.fields.official_title, ok);
      if (!ok) scores.misses.push({ article, kind: 'field', type: 'official', detail: `${g.name}: title gold "${g.title}" ≠ "${p.title}"` });
    }
    if ('organization' in g) {
      const ok = sameField(g.organization, p.organization) || p.positions.some((pos) => sameField(g.organization, pos.organization));
      tally(scores.fields.official_organization, ok);
      if (!ok) scores.misses.push({ article, kind: 'field', type: 'official', detail: `${g.name}: organization gold "${g.organization}" ≠ "${p.organization}"` });
    }
  }
  spurious(scores, article, 'official', predicted.officials, officialPairs, (p) => `${p.name} (${p.title})`);

  // Decrees: doc_type + symbol, or doc_type + name (word sets, IoU ≥ 0.7) for unnumbered ones.
  const goldDecrees = gold.decrees ?? [];
  const decreePairs = matchOneToOne(goldDecrees, predicted.decrees, (g, p) => {
    if (fold(g.doc_type) !== fold(p.doc_type)) return false;
    if (g.symbol) return foldSymbol(g.symbol) === foldSymbol(p.symbol);
    return !p.symbol && jaccard(words(g.name), words(p.name)) >= 0.7;
  });
  addCounts(scores.decrees, goldDecrees.length, predicted.decrees.length, decreePairs);
  for (const [g, p] of decreePairs) {
    if (!p) {
      scores.misses.push({ article, kind: 'missed', type: 'decree', detail: `${g.doc_type} ${g.symbol ?? g.name}` });
      continue;
    }
    if ('issued' in g) {
      const ok = sameField(g.issued, p.issued);
      tally(scores.fields.decree_issued, ok);
      if (!ok) scores.misses.push({ article, kind: 'field', type: 'decree', detail: `${g.symbol ?? g.name}: issued gold ${g.issued} ≠ ${p.issued}` });
    }
    if ('issuer' in g) {
      const ok = sameField(g.issuer, p.issuer);
      tally(scores.fields.decree_issuer, ok);
      if (!ok) scores.misses.push({ article, kind: 'field', type: 'decree', detail: `${g.symbol ?? g.name}: issuer gold "${g.issuer}" ≠ "${p.issuer}"` });
    }
    if ('subject' in g) {
      const f1 = tokenF1(g.subject, p.subject);
      addMean(scores.tokens.decree_subject, f1);
      if (f1 < 1) scores.misses.push({ article, kind: 'field', type: 'decree', detail: `${g.symbol ?? g.name}: subject gold "${g.subject}" ≠ "${p.subject}" (F1 ${f1.toFixed(2)})` });
    }
  }
  spurious(scores, article, 'decree', predicted.decrees, decreePairs, (p) => `${p.doc_type} ${p.symbol ?? p.name}`);

  // Indicators: kind + value (+ total when gold has one); a prediction with the same text is preferred.
  const goldIndicators = gold.indicators ?? [];
  const indicatorPairs = matchOneToOne(
    goldIndicators,
    predicted.indicators,
    (g, p) => g.kind === p.kind && sameValue(g.value, p.value) && (g.total == null || (p.total != null && sameValue(g.total, p.total))),
    (g, p) => g.text !== undefined && fold(g.text) === fold(p.text),
  );
  addCounts(scores.indicators, goldIndicators.length, predicted.indicators.length, indicatorPairs);
  for (const [g, p] of indicatorPairs) {
    if (!p) {
      scores.misses.push({ article, kind: 'missed', type: 'indicator', detail: `${g.kind} ${g.value}${g.total != null ? '/' + g.total : ''} "${g.text ?? ''}"` });
      continue;
    }
    // Period over the pairs whose gold states one (SPEC: only where the gold gives it).
    if (g.period != null) {
      const ok = sameField(g.period, p.period);
      tally(scores.fields.indicator_period, ok);
      if (!ok) scores.misses.push({ article, kind: 'field', type: 'indicator', detail: `"${g.text}": period gold ${g.period} ≠ ${p.period}` });
    }
    if ('qualifier' in g) {
      const ok = g.qualifier === p.qualifier;
      tally(scores.fields.indicator_qualifier, ok);
      if (!ok) scores.misses.push({ article, kind: 'field', type: 'indicator', detail: `"${g.text}": qualifier gold ${g.qualifier} ≠ ${p.qualifier}` });
    }
    for (const field of ['name', 'subject'] as const) {
      if (!(field in g)) continue;
      const f1 = tokenF1(g[field], p[field]);
      addMean(scores.tokens[field === 'name' ? 'indicator_name' : 'indicator_subject'], f1);
      if (f1 < 1) scores.misses.push({ article, kind: 'field', type: 'indicator', detail: `"${g.text}": ${field} gold "${g[field]}" ≠ "${p[field]}" (F1 ${f1.toFixed(2)})` });
    }
  }
  spurious(scores, article, 'indicator', predicted.indicators, indicatorPairs, (p) => `${p.kind} ${p.value} "${p.text}" @${p.start}`);
}

function addCounts<G, P>(counts: Counts, gold: number, predicted: number, pairs: Array<[G, P | null]>): void {
  counts.gold += gold;
  counts.predicted += predicted;
  counts.matched += pairs.filter(([, p]) => p !== null).length;
}

function spurious<P, G>(scores: Scores, article: string, type: Miss['type'], predicted: P[], pairs: Array<[G, P | null]>, describe: (p: P) => string): void {
  const matched = new Set<P>(pairs.flatMap(([, p]) => (p === null ? [] : [p])));
  for (const p of predicted) if (!matched.has(p)) scores.misses.push({ article, kind: 'spurious', type, detail: describe(p) });
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matched / c.predicted;
  const recall = c.gold === 0 ? 1 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function meanOf(m: FieldMean): number | null {
  return m.total === 0 ? null : m.sum / m.total;
}

export function accuracy(a: FieldAccuracy): number | null {
  return a.total === 0 ? null : a.correct / a.total;
}
