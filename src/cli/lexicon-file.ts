// `--lexicon FILE.json`: a user's titles, organisations and abbreviations, validated
// with zod so a bad file is named with the bad entry instead of failing later.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { BUILTIN_LEXICON, extendLexicon, type Lexicon } from '../vocab/lexicon.js';
import { UsageError } from './main.js';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const lexiconFileSchema = z
  .object({
    titles: z.array(z.union([nonEmpty, z.object({ title: nonEmpty, rank: z.number().int().min(0).max(100).optional() }).strict()])).optional(),
    organizations: z.array(nonEmpty).optional(),
    abbreviations: z.record(nonEmpty, nonEmpty).optional(),
  })
  .strict();

export async function loadLexicon(file: string | undefined): Promise<Lexicon> {
  if (!file) return BUILTIN_LEXICON;
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read lexicon ${file}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`lexicon ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const result = lexiconFileSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(top level)';
    throw new UsageError(`lexicon ${file}: bad entry at ${where}: ${issue.message}`);
  }
  const data = result.data;
  return extendLexicon(BUILTIN_LEXICON, {
    titles: data.titles?.map((t) => (typeof t === 'string' ? t.normalize('NFC') : { ...t, title: t.title.normalize('NFC') })),
    organizations: data.organizations?.map((o) => o.normalize('NFC')),
    abbreviations: data.abbreviations,
  });
}
