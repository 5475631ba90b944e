// Saved HTML page → plain lines of article text plus the page's own metadata.
// The lines then go through the same plain-text cleaner as a .txt article, so the
// same article as .txt and as .html yields the same text and the same records.
import type { CheerioAPI, Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, BODY_SELECTORS, CHROME_SELECTORS } from '../vocab/html-chrome.js';

export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
}

export interface HtmlExtraction {
  text: string;
  meta: HtmlMetadata;
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
  const meta = readMetadata($);
  $(CHROME_SELECTORS.join(',')).remove();
  const h1 = firstText($, 'h1');
  const body = chooseBody($);
  let text = blockText(body.get(0) ?? $.root().get(0)!);
  // The page's own headline: <h1>, else og:title without a trailing ` | Site` / ` - Site`.
  const title = h1 ?? (meta.title ? meta.title.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, '').trim() : null);
  // Keep the headline in the text, as a pasted .txt article has it.
  if (title && !text.includes(title)) text = title + '\n' + text;
  return { text, meta: { ...meta, title } };
}

function chooseBody($: CheerioAPI): Cheerio<AnyNode> {
  for (const selector of BODY_SELECTORS) {
    const found = $(selector).toArray();
    // The longest match of a selector: a page may hold small teaser <article>s too.
    let best: AnyNode | null = null;
    let bestLength = 0;
    for (const el of found) {
      const length = $(el).text().length;
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best && bestLength >= 200) return $(best);
  }
  return densestContainer($);
}

/** No known container: the element whose direct <p> children hold the most text. */
function densestContainer($: CheerioAPI): Cheerio<AnyNode> {
  let best: AnyNode | null = null;
  let bestScore = 0;
  $('p').each((_, p) => {
    const parent = p.parent;
    if (!parent) return;
    const score = $(parent).children('p').text().length;
    if (score > bestScore) {
      bestScore = score;
      best = parent;
    }
  });
  return best ? $(best) : $('body').length ? $('body') : $.root();
}

/**
 * Text of a subtree with a line break at every block boundary. Iterative, so a page
 * nested ten thousand levels deep cannot overflow the stack.
 */
function blockText(root: AnyNode): string {
  const parts: string[] = [];
  const stack: Array<AnyNode | 'close'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'close') {
      parts.push('\n');
      continue;
    }
    if (node.type === 'text') {
      parts.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const block = node.type === 'tag' && BLOCK_TAGS.has(el.name);
    if (block) {
      parts.push('\n');
      stack.push('close');
    }
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

function firstText($: CheerioAPI, selector: string): string | null {
  const text = $(selector).first().text().replace(/\s+/g, ' ').trim();
  return text || null;
}

function metaContent($: CheerioAPI, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = $(selector).first().attr('content') ?? $(selector).first().attr('datetime');
    if (value && value.trim()) return value.trim();
  }
  return null;
}

function readMetadata($: CheerioAPI): HtmlMetadata {
  const jsonLd = readJsonLd($);
  const title =
    metaContent($, 'meta[property="og:title"]', 'meta[name="title"]') ??
    (jsonLd.headline as string | undefined) ??
    null;
  const publishedRaw =
    metaContent(
      $,
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'time[datetime]',
    ) ?? (jsonLd.datePublished as string | undefined) ?? null;
  const outlet = metaContent($, 'meta[property="og:site_name"]') ?? null;
  const author =
    metaContent($, 'meta[name="author"]', 'meta[property="article:author"]') ??
    jsonLdAuthor(jsonLd.author) ??
    null;
  return {
    title: title ? title.replace(/\s+/g, ' ').trim() : null,
    published: publishedRaw ? isoDateOf(publishedRaw) : null,
    outlet,
    byline: author && !/^https?:/.test(author) ? author : null,
  };
}

/** `2020-01-14T01:22:00+07:00` → `2020-01-14`: the date as the outlet's clock read it. */
function isoDateOf(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function readJsonLd($: CheerioAPI): Record<string, unknown> {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    try {
      const parsed: unknown = JSON.parse($(el).text());
      const items = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of items) {
        if (item && typeof item === 'object' && ('datePublished' in item || 'headline' in item)) {
          return item as Record<string, unknown>;
        }
      }
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return {};
}

function jsonLdAuthor(author: unknown): string | null {
  if (!author) return null;
  if (typeof author === 'string') return author;
  if (Array.isArray(author)) return jsonLdAuthor(author[0]);
  if (typeof author === 'object' && 'name' in author) return String((author as { name: unknown }).name);
  return null;
}
