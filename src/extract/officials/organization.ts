// `organization_full`: abbreviations expanded (`UBND` → `Ủy ban nhân dân`), `tỉnh` put before
// a bare province (`Sở TT&TT Thanh Hóa` → `… tỉnh Thanh Hóa`), and a bare `tỉnh` completed with
// the article's province when the article names exactly one.
import { CITY_NAME_PREFIXES, PROVINCES } from '../../vocab/places.js';
import { scanWords } from '../../normalize/scan.js';
import { opensParentBody } from '../../text/organization-phrase.js';
import { literalAlternation } from '../../text/patterns.js';
import { letterPattern, lettered } from '../../text/letters.js';

const BRACKETED_SHORT_FORM = / \(([^()\s]+(?: [^()\s]+)?)\)(?= |$)/gu;
const MUNICIPALITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);
const GLUED_CITY = lettered(/(?<![\p{L}&])(T[Pp]\.)(?=\p{Lu})(?!HCM(?![\p{L}]))/gu);
const CITY_NAMED = letterPattern(`^(?:${CITY_NAME_PREFIXES.join('|')})`, 'u');
const provinceList = [...PROVINCES].sort((a, b) => b.length - a.length);
const spacedProvinces = provinceList.map((p) => ' ' + p);

const compiled = new WeakMap<Record<string, string>, RegExp>();

/** One alternation of every abbreviation, longest first, compiled once per table. */
function abbreviationPattern(abbreviations: Record<string, string>): RegExp {
  let re = compiled.get(abbreviations);
  if (!re) {
    re = letterPattern(`(?<![\\p{L}&])(?:${literalAlternation(Object.keys(abbreviations))})(?![\\p{L}&])`, 'gu');
    compiled.set(abbreviations, re);
  }
  return re;
}

/** The province (not written as a city) that ends `organization`, longest first. */
function provinceEnding(organization: string): string | undefined {
  for (let k = 0; k < provinceList.length; k++) {
    const p = provinceList[k]!;
    if (organization.endsWith(spacedProvinces[k]!) && !CITY_NAMED.test(p)) return p;
  }
  return undefined;
}

/**
 * `articleProvince` may be given as a function, called only when a bare `tỉnh` needs it: the
 * article's province is a search over the whole text, and few organisations end so.
 */
export function expandOrganization(organization: string, abbreviations: Record<string, string>, articleProvince: string | null | (() => string | null)): string {
  // `TP.Đà Nẵng`: an abbreviation glued to the name by its dot reads as `TP. Đà Nẵng`.
  // `Sở Văn hóa, Thể thao và Du lịch (VHTT&DL) Hà Nam`: a short form in brackets restates the
  // name before it; the full form has no use for it (a parent body in brackets stays).
  const spaced = organization.replace(GLUED_CITY, '$1 ').replace(BRACKETED_SHORT_FORM, (all, inner: string) => (opensParentBody(inner) ? all : ''));
  let out = spaced.replace(abbreviationPattern(abbreviations), (key) => abbreviations[key] ?? key);
  // A province written as a city (`Thành phố Hồ Chí Minh`, `TP HCM`) needs no `tỉnh` before it.
  const province = provinceEnding(out);
  if (province && /^(?:Sở|Ủy ban nhân dân|Hội đồng nhân dân|Công an|Ban|Văn phòng)/u.test(out)) {
    const before = out.slice(0, out.length - province.length).trimEnd();
    if (!/(?:tỉnh|thành phố|TP\.?)$/u.test(before)) out = `${before} ${MUNICIPALITIES.has(province) ? 'thành phố' : 'tỉnh'} ${province}`;
  }
  if (/(?:^|\s)tỉnh$/u.test(out)) {
    const province = typeof articleProvince === 'function' ? articleProvince() : articleProvince;
    if (province) out = `${out} ${province}`;
  }
  return out;
}

// The boundary before a name is checked by scanWords (a leading lookbehind is slow in V8).
const provincePattern = letterPattern(`(?:${provinceList.map((p) => p.replace(/[.]/g, '\\.')).join('|')})(?!\\p{L})`, 'gu');

/** The one province an article is about: the most named one, when any is named. */
export function articleProvince(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of scanWords(text, provincePattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [p, n] of counts) if (n > bestCount) [best, bestCount] = [p, n];
  return best;
}
