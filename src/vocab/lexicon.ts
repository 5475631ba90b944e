// The vocabularies the officials extractor reads, built-in plus what a user adds with
// `--lexicon FILE.json`. Pure data; the loader that reads and validates a file is in cli/.
import { ORGANIZATION_ABBREVIATIONS } from './abbreviations.js';
import { ORGANIZATION_HEADS, TITLES, type TitleEntry } from './titles.js';

export interface Lexicon {
  titles: TitleEntry[];
  organizationHeads: string[];
  abbreviations: Record<string, string>;
}

export interface LexiconExtension {
  titles?: Array<string | { title: string; rank?: number }>;
  organizations?: string[];
  abbreviations?: Record<string, string>;
}

export const BUILTIN_LEXICON: Lexicon = {
  titles: TITLES,
  organizationHeads: ORGANIZATION_HEADS,
  abbreviations: ORGANIZATION_ABBREVIATIONS,
};

export function extendLexicon(base: Lexicon, extension: LexiconExtension): Lexicon {
  return {
    titles: [
      ...base.titles,
      ...(extension.titles ?? []).map((t) => (typeof t === 'string' ? { title: t, rank: 25 } : { title: t.title, rank: t.rank ?? 25 })),
    ],
    organizationHeads: [...base.organizationHeads, ...(extension.organizations ?? [])],
    abbreviations: { ...base.abbreviations, ...(extension.abbreviations ?? {}) },
  };
}
