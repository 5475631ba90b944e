// Which element of a saved page is the article's headline. Most pages give it an `<h1>`, but
// not all: a site's logo is often the first `<h1>`, and portals built on form-based frameworks
// print the headline in a `<div>` or an `<h2>` and keep `<h1>` for nothing. The page's own
// title (`og:title`, `<title>`) names the article on nearly every page, so the element whose
// text is that title is the headline; an `<h1>` that is no logo comes next; with neither, the
// body reader (html-content.ts) names the heading just before the body.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { BLOCK_TAGS, CHROME_WORDS, HEADLINE_WORDS, LEAD_WORDS, LOGO_WORDS, RELATED_WORDS, THRESHOLDS, TITLE_SEPARATORS } from '../vocab/html-chrome.js';
import { collapse, names, textOf, VISIBLE_DATE } from './html-content.js';
import { hasLetter, lettered } from './letters.js';

const EDGES_WITHOUT_WORDS = lettered(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu);
/** Lower case, one space, no punctuation at either end: how a headline and a page title are compared. */
export function comparable(text: string): string {
  return collapse(text.normalize('NFC').toLowerCase()).replace(EDGES_WITHOUT_WORDS, '');
}

/**
 * Whether a heading's text is the page's title: the same words, or the title with the site's
 * name around it (`Giá lúa tăng - Báo Cần Thơ`), or the title shortened for sharing.
 */
export function namesTheTitle(heading: string, title: string): boolean {
  const h = comparable(heading);
  const t = comparable(title);
  if (h.length < THRESHOLDS.headlineMin || t.length < THRESHOLDS.headlineMin) return false;
  if (h === t) return true;
  // The site's name or section before or after it, set off by a separator. (A third of the
  // title at least: the site's own name is the shorter part.)
  if (h.length * 3 >= t.length) {
    if (t.startsWith(h) && titleSeparators.has(t.slice(h.length).trimStart().charAt(0))) return true;
    if (t.endsWith(h) && titleSeparators.has(t.slice(0, t.length - h.length).trimEnd().slice(-1))) return true;
  }
  if (t.includes(h)) return h.length >= t.length * THRESHOLDS.headlineShareOfTitle;
  return h.includes(t) && t.length >= h.length * THRESHOLDS.headlineShareOfTitle;
}

const titleSeparators = new Set(TITLE_SEPARATORS);

/** A site's logo or name: an element named so, or one whose text is all inside a link home. */
function isLogo(el: Element): boolean {
  for (let p: Element | null = el, level = 0; p && level < 3; p = p.parent?.type === 'tag' ? (p.parent as Element) : null, level++) {
    if (LOGO_WORDS.test(names(p))) return true;
  }
  const links = el.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'a');
  return links.length === 1 && el.children.every((c) => c === links[0] || (c.type === 'text' && !(c as unknown as { data: string }).data.trim())) && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(links[0]!.attribs.href ?? '');
}

function contains(outer: Element, inner: Element): boolean {
  for (let p: Element | null = inner; p; p = p.parent?.type === 'tag' ? (p.parent as Element) : null) if (p === outer) return true;
  return false;
}

/** Whether an element below `el` passes `test`. */
function someDescendant(el: Element, test: (e: Element) => boolean): boolean {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    for (const child of e.children) {
      if (child.type !== 'tag') continue;
      if (test(child as Element)) return true;
      stack.push(child as Element);
    }
  }
  return false;
}

const holdsLink = (el: Element) => someDescendant(el, (e) => e.name === 'a');

function inChromeBox(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if (isChrome(p as Element)) return true;
  return false;
}

function insideLink(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if ((p as Element).name === 'a') return true;
  return false;
}

/**
 * The headline: the heading (an `<h1>`–`<h3>`, or an element its class calls a title) whose
 * text is the page's title, an `<h1>` first; else the first `<h1>` with words that is no logo;
 * else null (the body reader then looks before the body).
 */
export function findHeadline($: CheerioAPI, pageTitle: string | null): Element | null {
  const h1s = $('h1').toArray().filter((el): el is Element => el.type === 'tag' && collapse(textOf(el)).length >= 8 && !isLogo(el));
  if (pageTitle) {
    // The longest heading that names the title (an `<h1>` at equal length); the innermost of
    // nested ones (a title's box may hold the title and its date).
    let found: Element | null = null;
    let foundLength = 0;
    const consider = (e: Element, text: string) => {
      const length = collapse(text).length;
      if (length > foundLength || (length === foundLength && found !== null && contains(found, e))) {
        found = e;
        foundLength = length;
      }
    };
    for (const el of h1s) {
      const text = textOf(el);
      if (namesTheTitle(text, pageTitle)) consider(el, text);
    }
    for (const el of $('h2, h3, div, p, span, strong, td').toArray()) {
      if (el.type !== 'tag') continue;
      const e = el as Element;
      if (e.name !== 'h2' && e.name !== 'h3' && !HEADLINE_WORDS.test(names(e))) continue;
      // (Not a link to an article, nor a heading in a box of chrome: the same headline is often
      // listed in the page's own `Tin mới` box.)
      if (insideLink(e) || isLogo(e) || holdsLink(e) || inChromeBox(e)) continue;
      const text = textOf(e);
      if (text.length <= THRESHOLDS.headlineMax * 2 && namesTheTitle(text, pageTitle)) consider(e, text);
    }
    if (found) return found;
  }
  return h1s[0] ?? null;
}

/**
 * On a page with no headline found so far: the heading nearest before the body's first
 * paragraph (`body` is the block the body reader chose; a portal's headline often sits inside
 * it), by its tag or class, else the nearest short line of its own that is no date line, no
 * lead and no link. Null when there is none.
 */
export function headingBefore(root: Element, body: Element): Element | null {
  let named: Element | null = null;
  let plain: Element | null = null;
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const holdsBody = contains(el, body);
    const inBody = !holdsBody && contains(body, el);
    if (!holdsBody && !inBody && isChrome(el)) continue;
    const heading = el.name === 'h2' || el.name === 'h3' || el.name === 'h4' || HEADLINE_WORDS.test(names(el));
    if (!holdsBody && !insideLink(el) && !LEAD_WORDS.test(names(el)) && !isLogo(el) && isLine(el)) {
      const text = collapse(textOf(el));
      // The body's first paragraph: the headline is before it.
      if (inBody && !heading && text.length >= THRESHOLDS.siblingParagraph) break;
      if (text.length >= THRESHOLDS.headlineMin * 2 && text.length <= THRESHOLDS.headlineMax && !VISIBLE_DATE.test(text) && hasLetter(text)) {
        if (heading) named = el;
        plain = el;
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.type === 'tag') stack.push(child as Element);
    }
  }
  return named ?? plain;
}

const isChrome = (el: Element) => CHROME_WORDS.test(names(el)) || RELATED_WORDS.test(names(el));

/** An element whose text is one line: no block inside it, no link in it. */
const isLine = (el: Element) => !someDescendant(el, (e) => e.name === 'a' || e.name === 'br' || BLOCK_TAGS.has(e.name));

