// Officials: one record per named office-holder per article (SPEC "official"). Mentions of
// the same name merge; every title the article gives becomes a position; the executive one
// is the record's `title`; `mentions` counts every occurrence of the full name.
import type { OfficialRecord, Position } from '../../schema/records.js';
import type { Extractor } from '../types.js';
import { spanOf } from '../span.js';
import { findPersonMentions, type PersonMention, type PositionMention, type UnnamedPosition } from './mentions.js';
import { articleProvince, expandOrganization } from './organization.js';
import { byStart } from '../../text/spans.js';
import { HONORIFIC_BEFORE_NAME } from '../../text/names.js';
import { FIRST_WORD, hasLetter, lettered } from '../../text/letters.js';

export const extractOfficials: Extractor<OfficialRecord> = (doc, { lexicon }) => {
  const unnamed: UnnamedPosition[] = [];
  const mentions = findPersonMentions(doc.text, lexicon, unnamed);
  const byName = new Map<string, PersonMention[]>();
  // (One person however a name's particles are cased: `Mohammed bin Abdulrahman al-Thani` and
  // `… Al-Thani`; the record keeps the first spelling.)
  const firstSpelling = new Map<string, string>();
  for (const m of mentions) {
    const key = m.name.toLowerCase();
    const name = firstSpelling.get(key) ?? m.name;
    firstSpelling.set(key, name);
    const list = byName.get(name) ?? [];
    list.push(m);
    byName.set(name, list);
  }
  mergeShortNames(byName);
  // The article's province completes organisations (`Sở TT&TT tỉnh`): read only when one ends so, once.
  let provinceRead: { value: string | null } | null = null;
  const province = () => (provinceRead ??= { value: articleProvince(doc.text) }).value;
  const occurrences = nameOccurrences(doc.text, [...byName.keys()]);
  const records: OfficialRecord[] = [];
  for (const [name, list] of byName) {
    const positions = mergePositions(list.flatMap((m) => m.positions));
    // `Bộ trưởng Nguyễn Mạnh Hùng` with no organisation anywhere: take the one the article
    // gives that title earlier, when it gives exactly one (`Bộ trưởng Bộ TT&TT đã …`).
    for (const p of positions) {
      if (p.organization || p.standalone) continue;
      const orgs = new Set(
        unnamed
          .filter((u) => u.start < list[0]!.start && u.title.toLowerCase() === p.title.toLowerCase() && startsWithOrganizationHead(u.organization, lexicon))
          .map((u) => u.organization),
      );
      if (orgs.size === 1) p.organization = [...orgs][0]!;
    }
    // (An office held now before one held once: `Bí thư Thành ủy …, khi còn là Bộ trưởng …`.)
    const head = [...positions].sort((a, b) => Number(a.former) - Number(b.former) || a.rank - b.rank)[0]!;
    const full = (org: string | null) => (org ? expandOrganization(org, lexicon.abbreviations, province) : null);
    // (The record points at the full name, where a short one came first.)
    const first = list.find((m) => m.name === name) ?? list[0]!;
    records.push({
      type: 'official',
      ...spanOf(doc, first.start, first.end),
      name,
      honorific: list.find((m) => m.honorific)?.honorific ?? honorificAnywhere(doc.text, occurrences.get(name)!),
      title: head.title,
      organization: head.organization,
      organization_full: full(head.organization),
      positions: positions.map((p): Position => ({ title: p.title, organization: p.organization, organization_full: full(p.organization), former: p.former })),
      mentions: countOccurrences(doc.text, name, occurrences.get(name)!),
    });
  }
  records.sort(byStart);
  return { records, warnings: [] };
};

/**
 * `Thứ trưởng Kim Thoa` after `Thứ trưởng Hồ Thị Kim Thoa`, `Tổng thống Tayyip Erdogan` after
 * `Recep Tayyip Erdogan`: a short name that ends exactly one longer name of the article is that
 * person; its mentions join the full name's. A given name alone (`Vân là Giám đốc công ty …`
 * after `Ngô Thị Bích Vân`) is told of in the story's course, past offices too: it only gives
 * an organisation to a title the full name holds without one. Alone it is no record.
 */
function mergeShortNames(byName: Map<string, PersonMention[]>): void {
  const names = [...byName.keys()];
  for (const short of names) {
    const full = names.filter((n) => n.length > short.length && n.endsWith(` ${short}`));
    const given = !short.includes(' ');
    if (full.length === 1 && given) fillOrganizations(byName.get(full[0]!)!, byName.get(short)!);
    else if (full.length === 1) byName.set(full[0]!, [...byName.get(full[0]!)!, ...byName.get(short)!].sort(byStart));
    if (full.length === 1 || given) byName.delete(short);
  }
}

/** Organisations of `from`'s positions given to `to`'s positions of the same title that have none. */
function fillOrganizations(to: PersonMention[], from: PersonMention[]): void {
  for (const p of from.flatMap((m) => m.positions)) {
    if (!p.organization) continue;
    for (const q of to.flatMap((m) => m.positions)) if (!q.organization && q.title.toLowerCase() === p.title.toLowerCase()) q.organization = p.organization;
  }
}

/** One position per title; the most specific organisation wins (`Sở TT&TT Thanh Hóa` over `Sở TT&TT`). */
function mergePositions(all: PositionMention[]): PositionMention[] {
  const byTitle = new Map<string, PositionMention>();
  for (const p of all) {
    const key = p.title.toLowerCase();
    const seen = byTitle.get(key);
    if (!seen) byTitle.set(key, { ...p });
    else if (p.organization && (!seen.organization || p.organization.length > seen.organization.length)) seen.organization = p.organization;
  }
  return [...byTitle.values()];
}

const WORD = lettered(/\p{L}+/gu);

/**
 * Where each name begins a word in the text, ascending. A few names in a news article: one
 * indexOf pass each. Many names in a long text (a megabyte page lists thousands): one pass
 * over the words, each looked up by its first word, so the cost stays linear in the text.
 */
function nameOccurrences(text: string, names: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>(names.map((n) => [n, []]));
  if (names.length * text.length <= 4_000_000) {
    for (const name of names) {
      const list = out.get(name)!;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (at === 0 || !hasLetter(text[at - 1]!)) list.push(at);
      }
    }
    return out;
  }
  const byFirstWord = new Map<string, string[]>();
  for (const name of names) {
    const first = FIRST_WORD.exec(name)?.[0];
    if (!first) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push(name);
    byFirstWord.set(first, list);
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const candidates = byFirstWord.get(m[0]);
    if (!candidates) continue;
    for (const name of candidates) if (text.startsWith(name, m.index)) out.get(name)!.push(m.index);
  }
  return out;
}

/** Whole-word occurrences of the name, not overlapping (at least one: the mention itself). */
function countOccurrences(text: string, name: string, starts: number[]): number {
  let count = 0;
  let lastEnd = -1;
  for (const at of starts) {
    if (at < lastEnd) continue;
    lastEnd = at + name.length;
    const after = text[at + name.length];
    if (after === undefined || !hasLetter(after)) count++;
  }
  return Math.max(count, 1);
}

/** `ông Lưu Văn Bản nhấn mạnh`: an honorific given at any mention of the name. */
function honorificAnywhere(text: string, starts: number[]): OfficialRecord['honorific'] {
  for (const at of starts) {
    const m = HONORIFIC_BEFORE_NAME.exec(text.slice(Math.max(0, at - 10), at));
    if (m) return m[1]!.toLowerCase() as OfficialRecord['honorific'];
  }
  return null;
}

function startsWithOrganizationHead(organization: string, lexicon: { organizationHeads: string[]; abbreviations: Record<string, string> }): boolean {
  const first = organization.split(' ')[0]!;
  for (const h of lexicon.organizationHeads) {
    if (organization.startsWith(h) && (organization.length === h.length || organization.charCodeAt(h.length) === 32)) return true;
  }
  return first in lexicon.abbreviations;
}
