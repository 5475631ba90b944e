// `vnextract eval --gold DIR [inputs]`: precision / recall / F1 per record type and the
// field accuracies, as a table or JSON.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { toStdout as chalk } from './colour.js';
import { evaluate } from '../eval/evaluate.js';
import { accuracy, meanOf, prf } from '../eval/score.js';
import { loadLexicon } from './lexicon-file.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError } from './main.js';

export interface EvalOptions {
  gold: string;
  json?: boolean;
  verbose?: boolean;
  lexicon?: string;
}

const pct = (x: number | null) => (x === null ? '   —  ' : (x * 100).toFixed(1).padStart(5) + '%');

export async function evalCommand(inputs: string[], options: EvalOptions): Promise<number> {
  const lexicon = await loadLexicon(options.lexicon);
  const goldStat = await fs.stat(options.gold).catch(() => null);
  if (!goldStat) throw new UsageError(`--gold ${options.gold}: no such folder`);
  if (!goldStat.isDirectory()) throw new UsageError(`--gold ${options.gold}: not a folder (give the folder of <article id>.gold.json files)`);
  const articleInputs = inputs.length > 0 ? inputs : [path.join(path.dirname(path.resolve(options.gold)), 'articles')];
  const report = await evaluate(options.gold, articleInputs, lexicon);
  if (options.json) {
    const out: Record<string, unknown> = { articles: report.articles, missing_articles: report.missingArticles, ...report.summary };
    if (options.verbose) out.misses = report.scores.misses;
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const s = report.scores;
    const lines = [
      chalk.bold(`vnextract eval — ${report.articles} articles scored against ${options.gold}`),
      '',
      chalk.bold('type         gold  pred  match  precision  recall      F1'),
    ];
    for (const type of ['indicators', 'officials', 'decrees'] as const) {
      const c = s[type];
      const p = prf(c);
      lines.push(
        `${type.padEnd(11)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${String(c.matched).padStart(6)}     ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}`,
      );
    }
    lines.push('', chalk.bold('field                 correct / total   accuracy'));
    for (const [name, acc] of Object.entries(s.fields)) {
      lines.push(`${name.padEnd(21)} ${String(acc.correct).padStart(7)} / ${String(acc.total).padEnd(5)}   ${pct(accuracy(acc))}`);
    }
    lines.push('', chalk.bold('token F1              pairs         mean F1'));
    for (const [name, m] of Object.entries(s.tokens)) {
      lines.push(`${name.padEnd(21)} ${String(m.total).padStart(7)}           ${pct(meanOf(m))}`);
    }
    if (report.missingArticles.length > 0) lines.push('', chalk.red(`no article found for gold: ${report.missingArticles.join(', ')}`));
    if (options.verbose) {
      lines.push('', chalk.bold('misses'));
      for (const m of s.misses) lines.push(`  ${m.article} ${m.kind.padEnd(8)} ${m.type.padEnd(9)} ${m.detail}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  }
  return report.missingArticles.length > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
