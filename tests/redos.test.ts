// ReDoS audit. Every regex literal in the rules is checked for nested quantifiers (a
// repeated group that itself holds a repetition: star height > 1, the shape behind
// catastrophic backtracking); the ones flagged, and every regex built at run time, must be
// listed here with the reason they run in linear time. A new regex that is neither safe nor
// explained fails this test. The hostile-input suite then times the real rules on
// adversarial text. (safe-regex2 was tried first: it cannot parse \p{…} or lookbehind and
// flags every such regex, so the check is written here.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/** Flagged by the star-height heuristic, and why each is linear anyway. */
const EXPLAINED_LITERALS: Record<string, string> = {
  '\\d+(?:[.,]\\d+)*': 'each repetition must start with a separator that \\d+ cannot match: one way to match',
  '[\\p{Lu}\\d&]+(?:,[\\p{Lu}&][\\p{Lu}\\d&]*)+(?![\\p{L}\\d])|[\\p{L}\\d&]+(?:[.\\-–][\\p{L}\\d&]+)*|[^\\s\\p{L}\\d&]': 'separator-led repetitions (a comma, a dot or a dash before each): one way to match',
  '^((?: \\p{Ll}+){2,3}) (?=\\p{Lu})': 'space-led repetition bounded by {2,3}: one way to match',
  '[\\p{L}\\d&]+(?:[.\\-–][\\p{L}\\d&]+)*': 'separator-led repetition: one way to match',
  '^\\p{Lu}[\\p{L}\\d-]*(?: \\p{Lu}[\\p{L}\\d-]*){0,3}$': 'space-led repetition bounded by {0,3}, run on a name of a few words: one way to match',
  '^\\s*(?:\\p{L}+\\s*){0,3}?\\s*(?:đến|tới|lên|xuống)\\s+(?:(?:dưới|trên|gần|hơn|khoảng)\\s+)?$': 'run on the few characters between two numbers, and the repetition is bounded by {0,3}',
  '^\\s+(?:\\p{Ll}+\\s){1,3}(?:trong số|trong tổng số|trên tổng số)\\s+(\\d+(?:\\.\\d{3})*)(?![\\d\\p{L}]|[.,]\\d)': 'each repetition is letters then exactly one space, bounded by {1,3}, on a 48-character window',
  '^(\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,4})(?![\\p{L}\\d])': 'a space must separate repetitions, bounded by {1,4}, on a 60-character window',
  '^(?: \\p{Lu}\\p{Ll}*){1,4}': 'a space must lead every repetition, bounded by {1,4}, on a 40-character window',
  '((?:\\p{Lu}\\p{Ll}* ){1,4}\\p{Lu}\\p{Ll}*)$': 'a space ends every repetition, bounded by {1,4}, on a 60-character window',
  '(?:giá trị|chỉ số|hệ số|điểm số|số điểm|điểm)(?:\\s+\\p{L}+){0,3}\\s*(?:đạt|là|:)?\\s*$': 'whitespace-led repetition bounded by {0,3}, on a 40-character window',
  '^(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){1,3})(?![\\p{L}\\d])': 'a space must separate repetitions, bounded by {1,3}, on a 60-character window',
  '^\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+)*$': 'the inner capital and a hyphen each open their part and \\p{Ll}+ matches neither: one way to match, on one word',
  '(?:^|\\s)(?:[xX]ã|[pP]hường|[tT]hị trấn|[hH]uyện|[qQ]uận|[tT]hị xã)\\s[\\p{Lu}\\d][^\\s]*(?:\\s\\p{Lu}\\S*)*$': 'whitespace-led repetition of non-space runs: one way to match, on an organisation name',
  '^((?:,? (?:và )?\\p{Ll}+){0,4}) ?\\(([^()\\n]{2,60})\\)': 'space-led repetition bounded by {0,4}, on a 120-character window',
  '^(?:\\p{Lu}[\\p{Ll}.]*|\\d+)(?: \\p{Lu}\\p{Ll}*){0,5}': 'a space must separate repetitions, bounded by {0,5}, on a 60-character window',
  '^(?:\\p{Lu}[\\p{Ll}.]*|\\d+)(?: \\p{Lu}\\p{Ll}*){0,2}': 'a space must separate repetitions, bounded by {0,2}, on a 50-character window',
  '^,\\s((\\p{Lu}\\p{Ll}*(?:\\s\\p{Ll}+)?)(?:,\\s\\p{Lu}\\p{Ll}*(?:\\s\\p{Ll}+)?){0,2})(?:\\s(?:và|&)\\s\\p{Lu}\\p{Ll}*(?:\\s\\p{Ll}+)?(?=[\\s,.;:)]|$)|(?=\\scủa\\s(?:Quốc hội|Chính phủ|Bộ\\s|Ủy ban|UBND|HĐND|Trung ương)))': 'comma-led repetition bounded by {0,2}, each part a capital word and at most one lower-case word; then an alternation of literal words',
};

/** Regexes built at run time: every one is an alternation of literal words from a table, or a fixed template. */
const EXPLAINED_CONSTRUCTORS: Array<[string, string]> = [
  ['src/extract/indicators/lists.ts', 'one lead word, escaped, then \\s'],
  ['src/extract/indicators/extract.ts', 'an alternation of literal verbs from vocab/decree-phrases.ts between anchored whitespace runs, on the few characters between a document number and a date; no repetition inside a repetition'],
  ['src/text/words.ts', 'an alternation of literal amount marks from vocab/quantities.ts (slashes escaped), no repetition, on one figure\'s text'],
  ['src/extract/decrees/named.ts', 'alternations of escaped words from vocab/decree-phrases.ts (citation joiners too, between \\s and \\s), issuer names and honorifics, each followed by \\s+ or $; agreement types then up to 7 words each led by spaces, bounded; no repetition inside a repetition'],
  ['src/extract/decrees/extract.ts', 'alternations of words from vocab/decree-phrases.ts; the only repetitions are single words separated by whitespace and bounded ({0,7} in law names, {0,5} before a clause verb on a 60-character window)'],
  ['src/extract/officials/mentions.ts', 'alternation of escaped title words; alternation of private-body words from vocab/organization-words.ts; name particles from vocab/surnames.ts, each repetition led by a space and a literal particle, then at most 3 space-led words on a 60-character window; honorific alternations from vocab/surnames.ts between \\s and \\s+ on windows of 16 characters at most'],
  ['src/text/names.ts', 'an alternation of literal articles, a hyphen and one word, anchored at both ends; an alternation of literal honorifics, then \\s+ anchored at the end'],
  ['src/text/letters.ts', 'copies of patterns written elsewhere (and audited there), each `\\p{L}`, `\\p{Lu}`, `\\p{Ll}` replaced by one character class: no quantifier added or moved'],
  ['src/extract/officials/organization.ts', 'alternations of escaped abbreviations, province names and city-name prefixes'],
  ['src/ingest/inputs.ts', 'a glob: [^/]* and (?:[^/]*/)* never overlap within one segment'],
  ['src/normalize/quantities.ts', 'alternations of words from vocab/quantities.ts (rank verbs and scopes, percent labels, money words) between fixed anchors; the only repetitions are \\s+/\\s* and one [^.;:]*$ after the money words, never inside another'],
  ['src/normalize/quantity-lists.ts', 'the scale-word alternation with a leading space (no repetition)'],
  ['src/normalize/quantity-qualifiers.ts', 'baseline openers, words joined by \\s+, after ^\\s* (no repetition inside a repetition)'],
  ['src/normalize/quantity-tail.ts', 'alternations of money nouns and of words after đồng, anchored at ^, no repetition'],
  ['src/normalize/document-numbers.ts', 'code parts separated by a required [-/]; each part starts with a capital the previous cannot end with ambiguously, bounded digits'],
  ['src/normalize/dates.ts', 'date templates: digits with fixed counts and single optional spaces; alternations of cue words from vocab/date-words.ts then \\s*$; no nested repetition'],
  ['src/text/characters.ts', 'non-global copies of single character-class literals, used as probes'],
  ['src/text/segment.ts', 'an alternation of credit openers (literal words from a table) followed by \\s*:\\s*'],
  ['src/normalize/scan.ts', 'sticky copies of the rules\' own literals (same source, so audited where they are written)'],
  ['src/text/organization-phrase.ts', 'an alternation of day words (or one digit) after \\s+; an alternation of subunit words (vocab/organization-words.ts) anchored at the start, then a fixed lookahead; no repetition inside a repetition'],
  ['src/text/html-metadata.ts', 'an alternation of literal outlet words from vocab/html-chrome.ts, anchored at the start, then \\s or the end; no repetition'],
  ['src/text/html-content.ts', 'an alternation of box headings (literal words from vocab/furniture.ts and vocab/html-chrome.ts), anchored at both ends, then \\s* and an optional count or colon; run on one line of 40 characters at most'],
];

/**
 * True when a repeated group contains a repetition. Escapes and character classes are
 * reduced to one atom first; groups are then folded from the innermost out.
 */
export function hasNestedQuantifier(source: string): boolean {
  let s = source.replace(/\\[pPu]\{[^}]*\}/g, 'x').replace(/\\./g, 'x');
  s = s.replace(/\[(?:[^\]\\]|\\.)*\]/g, 'x');
  const REPEAT = /^(?:[*+]|\{\d+,\d*\})/;
  const isRepeat = (q: string) => {
    if (q === '*' || q === '+') return true;
    const m = /^\{(\d+),(\d*)\}/.exec(q);
    return m !== null && (m[2] === '' || Number(m[2]) > 1);
  };
  for (let guard = 0; guard < 1000; guard++) {
    const m = /\(([^()]*)\)/.exec(s);
    if (!m) return false;
    const inner = m[1]!.replace(/^\?(?:[:=!]|<[=!]|<\w+>)/, '');
    const after = s.slice(m.index + m[0].length);
    const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})/.exec(after)?.[0] ?? '';
    const innerRepeats = /[*+]|\{\d+,\d*\}|Q/.test(inner);
    if (innerRepeats && isRepeat(quantifier) && REPEAT.test(quantifier)) return true;
    s = s.slice(0, m.index) + (innerRepeats ? 'Q' : 'x') + after;
  }
  return false;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.examples.ts') && !p.endsWith('examples.ts')) out.push(p);
  }
  return out;
}

interface Found {
  file: string;
  source: string;
  flags: string;
}

function regexLiterals(file: string): { literals: Found[]; constructors: number } {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  let constructors = 0;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(sf);
      const last = raw.lastIndexOf('/');
      literals.push({ file, source: raw.slice(1, last), flags: raw.slice(last + 1) });
    }
    // (`letterPattern` is `new RegExp` with its letter classes narrowed: src/text/letters.ts.)
    if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') constructors++;
    if (ts.isCallExpression(node) && node.expression.getText(sf) === 'letterPattern') constructors++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, constructors };
}

const files = sourceFiles(path.join(ROOT, 'src'));
const all = files.map((f) => ({ file: path.relative(ROOT, f), ...regexLiterals(f) }));

describe('ReDoS audit', () => {
  it('finds the regexes of the rules', () => {
    expect(all.reduce((n, f) => n + f.literals.length, 0)).toBeGreaterThan(100);
  });

  it('every regex literal is safe by star height or explained', () => {
    const unexplained: string[] = [];
    for (const { file, literals } of all) {
      for (const { source, flags } of literals) {
        new RegExp(source, flags); // it compiles
        if (hasNestedQuantifier(source) && !(source in EXPLAINED_LITERALS)) unexplained.push(`${file}: /${source}/${flags}`);
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('every regex built at run time is in a file whose constructions are explained', () => {
    const explained = new Set(EXPLAINED_CONSTRUCTORS.map(([f]) => f));
    const unexplained = all.filter((f) => f.constructors > 0 && !explained.has(f.file)).map((f) => f.file);
    expect(unexplained).toEqual([]);
  });

  it('every explained literal still exists and is still flagged (the list does not rot)', () => {
    const sources = new Set(all.flatMap((f) => f.literals.map((l) => l.source)));
    expect(Object.keys(EXPLAINED_LITERALS).filter((s) => !sources.has(s) || !hasNestedQuantifier(s))).toEqual([]);
  });

  it('the check flags the classic catastrophic shapes and passes plain ones', () => {
    expect(hasNestedQuantifier('(a+)+$')).toBe(true);
    expect(hasNestedQuantifier('(?:\\d+,?)*')).toBe(true);
    expect(hasNestedQuantifier('(x|y*){2,}')).toBe(true);
    expect(hasNestedQuantifier('(?:ab)+c*')).toBe(false);
    expect(hasNestedQuantifier('[(+)]+')).toBe(false);
    expect(hasNestedQuantifier('(\\d+)?%')).toBe(false);
  });
});
