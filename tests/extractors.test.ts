// The example corpora kept beside each extractor's rules, run as one test each.
import { describe, expect, it } from 'vitest';
import { DECREE_EXAMPLES } from '../src/extract/decrees/examples.js';
import { extractDecrees } from '../src/extract/decrees/extract.js';
import { BUILTIN_LEXICON } from '../src/vocab/lexicon.js';
import { documentOf, project } from './helpers/document.js';

const context = { lexicon: BUILTIN_LEXICON };

describe('decrees', () => {
  it.each(DECREE_EXAMPLES.map((e) => [e.text, e] as const))('%s', (_, example) => {
    const records = extractDecrees(documentOf(example.text, { published: example.published }), context).records;
    expect(project(records, example.expect)).toEqual(example.expect);
  });
});

import { OFFICIAL_EXAMPLES } from '../src/extract/officials/examples.js';
import { extractOfficials } from '../src/extract/officials/extract.js';

describe('officials', () => {
  it.each(OFFICIAL_EXAMPLES.map((e) => [e.text, e] as const))('%s', (_, example) => {
    const records = extractOfficials(documentOf(example.text), context).records;
    expect(project(records, example.expect)).toEqual(example.expect);
  });
});

import { INDICATOR_EXAMPLES } from '../src/extract/indicators/examples.js';
import { extractIndicators } from '../src/extract/indicators/extract.js';

describe('indicators', () => {
  it.each(INDICATOR_EXAMPLES.map((e) => [e.text, e] as const))('%s', (_, example) => {
    const result = extractIndicators(documentOf(example.text, { published: example.published, title: example.title }), context);
    expect(project(result.records, example.expect)).toEqual(example.expect);
    expect(result.warnings).toHaveLength(example.warnings ?? 0);
  });
});
