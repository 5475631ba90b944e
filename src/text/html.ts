// Saved HTML page → plain lines of article text plus the page's own metadata. The lines
// then go through the same plain-text cleaner as a .txt article, so the same article as
// .txt and as .html yields the same text and the same records: headline, lead, body.
import type { Element } from 'domhandler';
import { CHROME_ROLE_SELECTORS, NEVER_TEXT_SELECTORS, THRESHOLDS } from '../vocab/html-chrome.js';
import { BODY_HINT_SELECTORS, collapse, readMainContent, textOf } from './html-content.js';
import { findHeadline, headingBefore } from './html-headline.js';
import { readMetadata, readPageFacts, type HtmlMetadata } from './html-metadata.js';

export type { HtmlMetadata } from './html-metadata.js';

export interface HtmlExtraction {
  text: string;
  meta: HtmlMetadata;
  /** Set when the page was read only in part: why, in one line. */
  partial: string | null;
}

type CheerioModule = typeof import('cheerio');
let cheerioModule: CheerioModule | null = null;

/** cheerio is heavy to import: load it on the first HTML page only. */
export async function loadHtmlParser(): Promise<void> {
  cheerioModule ??= await import('cheerio');
}

export function htmlToText(html: string): HtmlExtraction {
  if (!cheerioModule) throw new Error('call loadHtmlParser() before htmlToText()');
  const $ = cheerioModule.load(html, { xml: false });
  const facts = readPageFacts($);
  let headline = findHeadline($, facts.title);
  // Metadata first: the date and the author may sit in elements removed below.
  let meta = readMetadata(facts, headline);
  $(NEVER_TEXT_SELECTORS.join(',')).remove();
  for (const el of $(CHROME_ROLE_SELECTORS.join(',')).toArray()) {
    if (el.type === 'tag' && headline && contains(el as Element, headline)) continue;
    $(el).remove();
  }
  const bodyHints = new Set($(BODY_HINT_SELECTORS.join(',')).toArray().filter((el): el is Element => el.type === 'tag'));
  const root = ($('body').get(0) ?? $.root().children().get(0) ?? null) as Element | null;
  let content = root ? readMainContent(root, headline, bodyHints) : { lines: [], lead: null, missedText: 0, keptText: 0, beforeHeadline: false, body: null };
  // No headline named by the page: the heading just before the body, and the body read again after it.
  if (!headline && root && content.body) {
    headline = headingBefore(root, content.body);
    if (headline) {
      meta = { ...readMetadata(facts, headline), title: meta.title };
      content = readMainContent(root, headline, bodyHints);
    }
  }

  const title = (headline ? collapse(textOf(headline)) : null) || (meta.title ? meta.title.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, '').trim() : null);
  const lines: string[] = [];
  // The headline and the lead open the text, as in a pasted .txt article.
  if (title) lines.push(title);
  if (content.lead && !content.lines.some((l) => l.includes(content.lead!))) lines.push(content.lead);
  for (const line of content.lines) if (line !== title) lines.push(line);

  let partial: string | null = null;
  if (content.lines.length === 0) partial = 'no paragraph found beyond the headline';
  else if (content.beforeHeadline) partial = 'no body found after the headline (the text kept comes before it)';
  else if (content.missedText > Math.max(content.keptText, THRESHOLDS.missedParagraph * 2)) {
    partial = `the text kept (${content.keptText} characters) is less than the paragraphs left out (${content.missedText})`;
  }
  return { text: lines.join('\n'), meta: { ...meta, title }, partial };
}

function contains(outer: Element, inner: Element): boolean {
  for (let p: Element | null = inner; p; p = p.parent && p.parent.type === 'tag' ? (p.parent as Element) : null) if (p === outer) return true;
  return false;
}
