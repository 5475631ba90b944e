// A document built from a sentence, as the pipeline would build it from a clean article.
import type { ArticleDocument } from '../../src/pipeline/document.js';
import { analyzeText } from '../../src/normalize/analyze.js';
import { normalizeCharacters } from '../../src/text/characters.js';
import { splitSentences } from '../../src/text/segment.js';

export function documentOf(raw: string, options: { published?: string | null; title?: string | null } = {}): ArticleDocument {
  const text = normalizeCharacters(raw);
  const sentences = splitSentences(text);
  const published = options.published ?? null;
  return {
    id: 'example',
    path: null,
    sha256: '0'.repeat(64),
    format: 'txt',
    encoding: 'utf-8',
    text,
    title: options.title ?? null,
    published,
    outlet: null,
    byline: null,
    partial: null,
    sentences,
    ...analyzeText(text, sentences, published),
  };
}

/** Only the fields an expectation lists, in the order found. */
export function project<T extends object>(found: T[], expected: Array<Partial<T>>): Array<Partial<T>> {
  return found.map((record, i) => {
    const wanted = expected[i] ?? {};
    return Object.fromEntries(Object.keys(wanted).map((k) => [k, record[k as keyof T]])) as Partial<T>;
  });
}
