// The example corpora kept beside each extractor's rules, run as one test each.
import { describe, expect, it } from 'vitest';
import { implausible, PLAUSIBILITY_EXAMPLES } from '../src/extract/indicators/plausibility.js';
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

  it('counts mentions and finds honorifics the same way in a long page of many officials', () => {
    // 400 people in one text: past the size where names are found by one pass over the
    // words instead of one search per name. Each is named with a title once, then twice
    // more with `ông`; a longer name that extends one of them must not count for it.
    const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
    const middles = ['Văn', 'Đức', 'Minh', 'Quang'];
    const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
    const names = surnames.flatMap((s) => middles.flatMap((m) => given.map((g) => `${s} ${m} ${g}`)));
    const text = names
      .map((n) => `Giám đốc Sở Tài chính ${n} cho biết kế hoạch đã xong. Sau đó ông ${n} nói thêm về tiến độ. Ông ${n} cũng đề nghị các đơn vị phối hợp.`)
      .join('\n');
    const extended = 'Phó Giám đốc Sở Y tế Trần Văn Anh phát biểu.';
    const records = extractOfficials(documentOf(`${text}\n${extended}`), context).records;
    expect(records).toHaveLength(names.length + 1);
    for (const r of records) {
      expect([r.name, r.mentions, r.honorific]).toEqual(r.name === 'Trần Văn Anh' ? ['Trần Văn Anh', 1, null] : [r.name, 3, 'ông']);
    }
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

describe('plausibility: a figure outside what its unit can mean is warned about', () => {
  it.each(PLAUSIBILITY_EXAMPLES.map((e) => [e.record.text, e] as const))('%s', (_text, example) => {
    expect(implausible(example.record) !== null).toBe(example.warns);
  });
});
