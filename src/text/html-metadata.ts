// A saved page's own metadata: title, publication time, outlet and byline. The time comes
// from meta tags, JSON-LD, `<time>`, then the visible date near the headline, in that order,
// with its time zone kept (a Vietnamese page's clock is +07:00 when it states none).
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { AUTHOR_WORDS, DATE_WORDS, OUTLET_WORDS, THRESHOLDS } from '../vocab/html-chrome.js';
import { collapse, names } from './html-content.js';
import { letterPattern, lettered, startsUpper } from './letters.js';

export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
}

const VIETNAM_ZONE = '+07:00';

/** The page's own statements about itself: its meta tags and `<time>`, its JSON-LD, and its title. */
export interface PageFacts {
  tags: Map<string, string>;
  jsonLd: Record<string, unknown>;
  title: string | null;
}

export function readPageFacts($: CheerioAPI): PageFacts {
  const jsonLd = readJsonLd($);
  // Every <meta> and <time> read in one query: `property`, `name` or `itemprop` → content.
  const tags = new Map<string, string>();
  for (const el of $('meta, time[datetime]').toArray()) {
    if (el.type !== 'tag') continue;
    const a = (el as Element).attribs;
    const key = el.name === 'time' ? 'time' : (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
    const value = (el.name === 'time' ? a.datetime : a.content)?.trim();
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  const title = tags.get('og:title') ?? tags.get('title') ?? (typeof jsonLd.headline === 'string' ? jsonLd.headline : null) ?? (collapse($('title').first().text()) || null);
  return { tags, jsonLd, title: title ? collapse(title) : null };
}

export function readMetadata(facts: PageFacts, headline: Element | null): HtmlMetadata {
  const { tags, jsonLd, title } = facts;
  const first = (...keys: string[]) => keys.map((k) => tags.get(k)).find((v) => v !== undefined) ?? null;
  const stated =
    first('article:published_time', 'datepublished', 'pubdate', 'publishdate') ??
    (typeof jsonLd.datePublished === 'string' ? jsonLd.datePublished : null) ??
    first('time');
  // (A meta tag may print the date as the page does: `12/04/2024 08:15`, `2024/04/12 08:15`.)
  const published = (stated ? isoDateTime(stated) ?? parseVisibleDate(stated) : null) ?? visibleDate(headline);
  const outlet = first('og:site_name') ?? jsonLdName(jsonLd.publisher);
  // Many sites give their own name as every page's author: no byline, read on.
  const byline = [first('author'), first('article:author'), jsonLdName(jsonLd.author)].find((a) => a !== null && !namesTheOutlet(a, outlet)) ?? authorNearHeadline(headline);
  return { title, published, outlet, byline };
}

/** An author that is the outlet: its name, a web address, or a name a press body's word opens (`Báo Hòa Bình`). */
function namesTheOutlet(author: string, outlet: string | null): boolean {
  const a = collapse(author).toLowerCase();
  if (outlet && a === collapse(outlet).toLowerCase()) return true;
  return /^https?:|\.(?:vn|com|net|org)\b/.test(a) || OUTLET_OPENING.test(a);
}
const OUTLET_OPENING = letterPattern(`^(?:${OUTLET_WORDS.join('|')})(?:\\s|$)`, 'u');

/**
 * `2020-01-14T01:22:00+07:00` stays as it is; a time without a zone gets the page's clock
 * (`2025-02-20 07:10` → `2025-02-20T07:10:00+07:00`); a date alone stays a date.
 */
export function isoDateTime(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!m[4]) return date;
  const zone = m[7] === undefined ? VIETNAM_ZONE : m[7] === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
  return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

/** `- 12/05/2025 09:30`, `Thứ hai, 6/1/2025, 08:22 (GMT+7)`, `08-04-2025 - 09:15 AM`: a day, month and year, then maybe a time. */
const VISIBLE_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)(?:\D{1,6}?(\d{1,2})[:h](\d{2})(?:\s*([AP]M))?)?/iu;
/** `2024-04-12 08:15`, `2024/04/12`: the year first. */
const YEAR_FIRST_DATE = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)(?:[ T]+(\d{1,2})[:h](\d{2}))?/u;
/** `12 tháng 4 năm 2024`, `ngày 12 tháng 04, 2024`: the month in words. */
const WORDED_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})(?!\d)(?:\D{1,6}?(\d{1,2})[:h](\d{2}))?/iu;
/** A time just before the date: `Cập nhật: 08:15 ngày 12/04/2024`. */
const TIME_BEFORE = /(?<!\d)(\d{1,2})[:h](\d{2})(?![\d:])\D{0,12}$/u;

export function parseVisibleDate(text: string): string | null {
  let m = VISIBLE_DATE.exec(text);
  let [day, month, year] = m ? [+m[1]!, +m[2]!, m[3]!] : [0, 0, ''];
  let hourText = m?.[4];
  let minute = m?.[5];
  const meridiem = m?.[6];
  if (!m) {
    m = YEAR_FIRST_DATE.exec(text);
    if (m) [day, month, year, hourText, minute] = [+m[3]!, +m[2]!, m[1]!, m[4], m[5]];
    else {
      m = WORDED_DATE.exec(text);
      if (!m) return null;
      [day, month, year, hourText, minute] = [+m[1]!, +m[2]!, m[3]!, m[4], m[5]];
    }
  }
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (hourText === undefined) {
    const before = TIME_BEFORE.exec(text.slice(0, m.index));
    if (!before) return date;
    [hourText, minute] = [before[1], before[2]];
  }
  let hour = +hourText!;
  if (meridiem?.toUpperCase() === 'PM' && hour < 12) hour += 12;
  if (meridiem?.toUpperCase() === 'AM' && hour === 12) hour = 0;
  if (hour > 23 || +minute! > 59) return date;
  return `${date}T${String(hour).padStart(2, '0')}:${minute}:00${VIETNAM_ZONE}`;
}

/** Elements near the headline (inside its nearest few containers), nearest container first. */
function* nearHeadline(headline: Element | null): Generator<Element> {
  let container = headline?.parent ?? null;
  const seen = new Set<Element>();
  for (let level = 0; level < 4 && container && container.type === 'tag'; level++, container = container.parent) {
    const stack: Element[] = [container as Element];
    const found: Element[] = [];
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (seen.has(el)) continue;
      seen.add(el);
      found.push(el);
      for (let i = el.children.length - 1; i >= 0; i--) {
        const child = el.children[i]!;
        if (child.type === 'tag') stack.push(child as Element);
      }
    }
    yield* found;
  }
}

const NOT_LETTERS = lettered(/[^\p{L}]/gu);
function visibleDate(headline: Element | null): string | null {
  // An element named as a date first; else a short line near the headline that is mostly a date.
  let unnamed: string | null = null;
  for (const el of nearHeadline(headline)) {
    const text = shortText(el, 80);
    if (text === null) continue;
    const date = parseVisibleDate(text);
    if (!date) continue;
    if (DATE_WORDS.test(`${names(el)} ${el.attribs['data-role'] ?? ''}`)) return date;
    if (unnamed === null && text.replace(VISIBLE_DATE, '').replace(NOT_LETTERS, '').length <= 24) unnamed = date;
  }
  return unnamed;
}

function authorNearHeadline(headline: Element | null): string | null {
  for (const el of nearHeadline(headline)) {
    if (!AUTHOR_WORDS.test(names(el)) && el.attribs.rel !== 'author' && el.attribs.itemprop !== 'author') continue;
    const text = shortText(el, THRESHOLDS.bylineMax);
    if (text !== null && text.length >= 3 && !/\d/.test(text) && startsUpper(text)) return text;
  }
  return null;
}

/** The text of an element when it is at most `max` characters long (else null, read no further). */
function shortText(el: Element, max: number): string | null {
  let out = '';
  const stack: Element['children'] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      out += (node as unknown as { data: string }).data;
      if (out.length > max * 3) return null;
    } else if (node.type === 'tag') for (let i = (node as Element).children.length - 1; i >= 0; i--) stack.push((node as Element).children[i]!);
  }
  const text = collapse(out);
  return text.length <= max ? text : null;
}

function readJsonLd($: CheerioAPI): Record<string, unknown> {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    try {
      const parsed: unknown = JSON.parse($(el).text());
      // A list of items, or one item, or a `@graph` of them (as many publishing systems write it).
      const top: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
      const items = top.flatMap((item) => (item && typeof item === 'object' && Array.isArray((item as { '@graph'?: unknown })['@graph']) ? (item as { '@graph': unknown[] })['@graph'] : [item]));
      for (const item of items) {
        if (item && typeof item === 'object' && ('datePublished' in item || 'headline' in item)) return item as Record<string, unknown>;
      }
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return {};
}

/** The name of a JSON-LD person or organisation: a string, `{ name }`, or the first of a list. */
function jsonLdName(value: unknown): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return jsonLdName(value[0]);
  if (typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name);
  return null;
}
