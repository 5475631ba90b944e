// The main-content reader: which part of a saved page is the article. Decided by evidence,
// as the best extractors do: every paragraph scores the containers above it (by its length
// and commas, less its links), the containers' class names and known site containers weigh
// in as hints, and the body is the best container after the `<h1>` together with the
// siblings that read like it (the lead often sits beside the body). Inside it, pictures,
// captions, related-news boxes, slide strips and link lists are dropped. The patterns and
// thresholds are data (vocab/html-chrome.ts); the page set in fixtures/pages is the test.
import type { AnyNode, Element } from 'domhandler';
import {
  BLOCK_TAGS, BODY_HINT_SELECTORS, BOX_HEADINGS, BODY_WORDS, CAPTION_WORDS, CHROME_WORDS, LEAD_WORDS, PARAGRAPH_TAGS,
  PICTURE_WORDS, RELATED_WORDS, THRESHOLDS, THUMB_WORDS,
} from '../vocab/html-chrome.js';
import { letterPattern } from './letters.js';

export interface MainContent {
  /** Lines of the body (paragraphs and subheadings), in order. */
  lines: string[];
  /** The lead when it sits outside the body container. */
  lead: string | null;
  /** Characters of paragraph text the reader left out (long, link-free blocks): a sign of a missed body. */
  missedText: number;
  /** Characters of text kept in the body. */
  keptText: number;
  /** The best block lies wholly before the headline: no body was found after it. */
  beforeHeadline: boolean;
  /** The block chosen as the body (its siblings may have joined it), or null. */
  body: Element | null;
}

interface Stats {
  /** Characters of text (whitespace runs count one). */
  text: number;
  /** Characters inside links. */
  linked: number;
  commas: number;
  /** Pre-order position and the last position inside: document order. */
  order: number;
  last: number;
  score: number;
  scored: boolean;
  /**
   * The score of the runs of text directly inside the element (text nodes of a paragraph's
   * length): a body written as text separated by `<br>`, with no paragraph elements, scores
   * its own container by them.
   */
  ownRuns: number;
}

const BOX_TAGS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'table']);
/** A day, month and year as pages print them (`06/05/2025`, `8-4-2025`). */
export const VISIBLE_DATE = /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)/u;

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Class, id and `type` of an element, the words its role is read from. */
function names(el: Element): string {
  const a = el.attribs;
  return `${a.class ?? ''} ${a.id ?? ''} ${a.type ?? ''}`;
}

/** Text length, linked length, commas and document order of every element, in one pass. */
function measure(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  let order = 0;
  // Iterative post-order: a page nested ten thousand levels deep cannot overflow the stack.
  const stack: Array<{ node: AnyNode; entered: boolean }> = [{ node: root, entered: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.node;
    if (!isElement(node)) {
      stack.pop();
      continue;
    }
    if (!top.entered) {
      top.entered = true;
      stats.set(node, { text: 0, linked: 0, commas: 0, order: order++, last: 0, score: 0, scored: false, ownRuns: 0 });
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, entered: false });
      continue;
    }
    stack.pop();
    const own = stats.get(node)!;
    own.last = order;
    for (const child of node.children) {
      if (child.type === 'text') {
        const data = (child as unknown as { data: string }).data;
        const length = data.replace(/\s+/g, ' ').length;
        own.text += length;
        let commas = 0;
        for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) === 44) commas++;
        own.commas += commas;
        if (length >= THRESHOLDS.minParagraph) own.ownRuns += paragraphScore(length, commas);
      } else if (isElement(child)) {
        const c = stats.get(child)!;
        own.text += c.text;
        own.linked += c.linked;
        own.commas += c.commas;
      }
    }
    if (node.name === 'a') own.linked = own.text;
  }
  return stats;
}

/** What a paragraph adds to its containers: one, its commas, and up to three for its length. */
const paragraphScore = (text: number, commas: number) => 1 + commas + Math.min(3, Math.floor(text / 100));

const linkDensity = (s: Stats) => (s.text === 0 ? 0 : s.linked / s.text);

/** Whether an element holds no block element: a run of text (a `<div>` used as a paragraph). */
function isTextBlock(el: Element): boolean {
  for (const child of el.children) if (isElement(child) && BLOCK_TAGS.has(child.name) && child.name !== 'br') return false;
  return true;
}

/** Whether a box of blocks opens with a heading of chrome (`Ý kiến bạn đọc (4)`, `Tin liên quan`) on a line of its own. */
function opensWithBoxHeading(el: Element): boolean {
  if (!BOX_TAGS.has(el.name) || isTextBlock(el)) return false;
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const line = collapse((node as unknown as { data: string }).data).toLowerCase();
      if (!line) continue;
      return line.length <= THRESHOLDS.boxHeadingMax && BOX_HEADING.test(line);
    }
    if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return false;
}
/** The whole line is the heading, a count or a colon after it at most (`Ý kiến bạn đọc (4)`). */
const BOX_HEADING = letterPattern(`^(?:${BOX_HEADINGS.join('|')})\\s*(?:\\(\\d+\\)|:)?$`, 'u');

function classWeight(el: Element): number {
  if (opensWithBoxHeading(el)) return -THRESHOLDS.classWeight;
  const n = names(el);
  if (!n.trim()) return 0;
  let weight = 0;
  if (BODY_WORDS.test(n)) weight += THRESHOLDS.classWeight;
  if (CHROME_WORDS.test(n) || RELATED_WORDS.test(n)) weight -= THRESHOLDS.classWeight;
  return weight;
}

export function readMainContent(root: Element, headline: Element | null, bodyHints: ReadonlySet<Element>): MainContent {
  const stats = measure(root);
  const h1 = headline ? stats.get(headline) : undefined;

  // Paragraphs score their containers: the parent fully, the grandparent half, then a third.
  // Runs of text between `<br>`s score the element they sit in as its paragraphs would.
  const candidates: Element[] = [];
  const credit = (from: AnyNode | null, score: number) => {
    let ancestor = from;
    for (let level = 1; level <= 3 && ancestor && isElement(ancestor); level++, ancestor = ancestor.parent) {
      const a = stats.get(ancestor);
      if (!a) break;
      if (!a.scored) {
        a.scored = true;
        a.score = classWeight(ancestor) + (bodyHints.has(ancestor) ? THRESHOLDS.bodyHint : 0);
        candidates.push(ancestor);
      }
      a.score += score / (level === 1 ? 1 : level === 2 ? 2 : 3);
    }
  };
  for (const [el, s] of stats) {
    const paragraph = PARAGRAPH_TAGS.has(el.name) || (el.name === 'div' && isTextBlock(el));
    if (!paragraph) {
      if (s.ownRuns > 0 && linkDensity(s) <= THRESHOLDS.linkedBlock) credit(el, s.ownRuns);
      continue;
    }
    if (s.text < THRESHOLDS.minParagraph || linkDensity(s) > THRESHOLDS.linkedBlock) continue;
    credit(el.parent, paragraphScore(s.text, s.commas));
  }

  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const el of candidates) {
    const s = stats.get(el)!;
    let final = s.score * (1 - linkDensity(s));
    // The body follows the headline: a block wholly before the `<h1>` (a ticker, a menu) is no body.
    if (h1 && s.last <= h1.order && !(s.order <= h1.order && h1.order < s.last)) final *= THRESHOLDS.beforeHeadline;
    s.score = final;
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  // A page too short to score (one short paragraph): the headline's container, else the whole body.
  if (!best) {
    const fallback = headline?.parent && isElement(headline.parent) ? headline.parent : root;
    const kept = new Set<Element>();
    const lines: string[] = [];
    collectLines(fallback, stats, lines, kept, headline);
    let keptText = 0;
    for (const line of lines) keptText += line.length;
    return { lines, lead: null, missedText: paragraphTextOutside(stats, kept), keptText, beforeHeadline: false, body: null };
  }

  // Siblings that read like the body join it: the lead beside the body, a second column of text.
  const threshold = Math.max(THRESHOLDS.minSibling, bestScore * THRESHOLDS.siblingShare);
  const parts: Element[] = [];
  const parent = best.parent && isElement(best.parent) ? best.parent : null;
  for (const sibling of parent ? parent.children : [best]) {
    if (!isElement(sibling)) continue;
    const s = stats.get(sibling);
    if (!s) continue;
    if (sibling === best) {
      parts.push(sibling);
      continue;
    }
    if (sibling === headline || (h1 && s.last <= h1.order)) continue;
    if (CHROME_WORDS.test(names(sibling)) || RELATED_WORDS.test(names(sibling)) || opensWithBoxHeading(sibling)) continue;
    const ld = linkDensity(s);
    const paragraphLike = PARAGRAPH_TAGS.has(sibling.name) || (sibling.name === 'div' && isTextBlock(sibling));
    if ((s.scored && s.score >= threshold) || (paragraphLike && s.text > THRESHOLDS.siblingParagraph && ld < 0.25)) parts.push(sibling);
  }

  // The lead by its class, when no sibling brought it: after the headline, before the body.
  let lead: string | null = null;
  const bodyStart = stats.get(parts[0]!)!.order;
  const inParts = (s: Stats) => parts.some((p) => { const ps = stats.get(p)!; return ps.order <= s.order && s.last <= ps.last; });
  for (const [el, s] of stats) {
    if (s.order >= bodyStart) break;
    if (h1 && s.order < h1.order) continue;
    if (!LEAD_WORDS.test(names(el)) || s.text < THRESHOLDS.leadMin || s.text > THRESHOLDS.leadMax || linkDensity(s) > 0.25 || inParts(s)) continue;
    lead = collapse(textOf(el));
    break;
  }

  // Inside the body: drop pictures, captions, related boxes, slide strips and link lists.
  const kept = new Set<Element>();
  const lines: string[] = [];
  for (const part of parts) collectLines(part, stats, lines, kept, headline);
  // A signature that closes the body (`Minh Châu`, `Giám đốc Sở TT&TT`) stays, as in a pasted
  // article: the text cleaner reads the byline from it, and a title in it names an official.
  let keptText = 0;
  for (const line of lines) keptText += line.length;
  const bestStats = stats.get(best)!;
  return { lines, lead, missedText: paragraphTextOutside(stats, kept), keptText, beforeHeadline: h1 !== undefined && bestStats.last <= h1.order, body: best };
}

/** The text of long, link-free paragraphs the reader did not keep. */
function paragraphTextOutside(stats: Map<Element, Stats>, kept: Set<Element>): number {
  let missed = 0;
  for (const [el, s] of stats) {
    if (!PARAGRAPH_TAGS.has(el.name) && !(el.name === 'div' && isTextBlock(el))) continue;
    if (s.text < THRESHOLDS.missedParagraph || linkDensity(s) > 0.1 || kept.has(el) || insideChrome(el)) continue;
    missed += s.text;
  }
  return missed;
}

/** Whether a block sits in a box its class names as chrome: readers' comments, related news. */
function insideChrome(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent && isElement(p.parent) ? p.parent : null) {
    const n = names(p);
    if (n.length > 2 && (CHROME_WORDS.test(n) || RELATED_WORDS.test(n))) return true;
  }
  return false;
}

/** Whether an element inside a body is chrome: a picture, a caption, a related box, a strip of thumbnails, a list of links. */
function isBodyChrome(el: Element, s: Stats): boolean {
  if (el.name === 'figure' || el.name === 'figcaption') return true;
  const n = names(el);
  if (CAPTION_WORDS.test(n) || RELATED_WORDS.test(n) || THUMB_WORDS.test(n)) return true;
  if (opensWithBoxHeading(el)) return true;
  if (PICTURE_WORDS.test(n) && hasPicture(el) && s.text < 400) return true;
  // A picture with a line of text under it is a picture and its caption, whatever its class.
  if (el.name !== 'p' && s.text < THRESHOLDS.caption && hasPicture(el)) return true;
  const linked = linkDensity(s);
  if (el.name !== 'p' && el.name !== 'a' && s.text > 0 && linked > THRESHOLDS.linkedBlock) return true;
  // A paragraph that is a link to another article and a cue at most (`>> Xem thêm: …`, `>> …`).
  if (el.name === 'p' && s.linked > 0 && s.text - s.linked <= THRESHOLDS.crossLinkCue && linked > THRESHOLDS.linkedBlock) return true;
  // A box of a linked headline and its summary is a related article, whatever its class.
  if (BOX_TAGS.has(el.name) && !isTextBlock(el) && s.text < THRESHOLDS.relatedBox && linked > THRESHOLDS.relatedBoxLinks) return true;
  // A short line that states a date (`Quang Nam · 06/05/2025 08:15`) is the page's date line.
  if (s.text <= 80 && isTextBlock(el) && VISIBLE_DATE.test(textOf(el))) return true;
  if (CHROME_WORDS.test(n) && (linked > 0.25 || s.text < 200)) return true;
  return false;
}

function hasPicture(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'img' || node.name === 'picture') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** Lines of text of a body part, skipping its chrome; every element kept is noted. */
function collectLines(part: Element, stats: Map<Element, Stats>, lines: string[], kept: Set<Element>, headline: Element | null): void {
  // What precedes the headline (breadcrumbs, tickers, date lines) and the headline itself are no body.
  const h1 = headline ? stats.get(headline) : undefined;
  let current = '';
  const flush = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    current = '';
  };
  const stack: Array<AnyNode | 'close'> = [part];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'close') {
      flush();
      continue;
    }
    if (node.type === 'text') {
      current += (node as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(node)) continue;
    const s = stats.get(node);
    if (node !== part && s && isBodyChrome(node, s)) continue;
    if (h1 && s && (node === headline || s.last <= h1.order)) continue;
    kept.add(node);
    if (BLOCK_TAGS.has(node.name)) {
      flush();
      stack.push('close');
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
}

function textOf(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += (node as unknown as { data: string }).data;
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export { BODY_HINT_SELECTORS, textOf, collapse, names };
