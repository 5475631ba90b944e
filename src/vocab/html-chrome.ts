import { RELATED_HEADINGS } from './furniture.js';

// What the main-content reader (text/html-content.ts) knows about pages, as data: the
// patterns it weighs and the thresholds it decides by. A class name is evidence to weigh,
// never a verdict on its own (VnExpress calls its main column `sidebar-1`).

/** Removed before reading: they hold no article text. */
export const NEVER_TEXT_SELECTORS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'button', 'input', 'select',
  'textarea', 'video', 'audio', 'object', 'embed', 'nav', '[hidden]', '[aria-hidden="true"]', '[role="navigation"]',
  'link', 'meta',
];

/**
 * Page regions that are chrome by their HTML role: removed unless they hold the headline
 * (some sites put the `<h1>` in a `<header>`).
 */
export const CHROME_ROLE_SELECTORS = ['header', 'footer', 'aside', '[role="complementary"]', '[role="contentinfo"]', '[role="banner"]'];

/** Class, id or `type` words of blocks around an article body: weigh a block down, and inside the body remove it when its text is mostly links or short. */
export const CHROME_WORDS =
  /comment|binh-?luan|related|relate|lien-?quan|tinlienquan|share|social|breadcrumb|bread-crumb|advert|banner|\bads?\b|-ads\b|menu|newsletter|\btags?\b|box-tag|ticker|tinhot|hot-?news|most-?view|mostview|doc-?nhieu|docnhieu|xem-?nhieu|trending|popular|widget|promo|footer|header|cate\b|category|author-share|box-category|list-news|story-list|event|poll|rating/i;

/** Words of body containers: weigh a block up. */
export const BODY_WORDS = /article|body|content|entry|main|post|text|detail|fck|singular|story|cms|news-?content/i;

/** Known body containers of Vietnamese sites: a hint that adds weight, not a verdict. */
export const BODY_HINT_SELECTORS = [
  '[itemprop="articleBody"]', 'article.fck_detail', '.fck_detail', '#main-detail-body', '.detail-content', '.detail__content',
  '.singular-content', '.maincontent', '#maincontent', '.article__body', '.article-body', '.article-content', '.content-detail',
  '.cms-body', '.the-article-body', '#content_detail_news', '.entry-content', '.post-content',
];

/** The lead (sapo): often outside the body container, between the headline and the body. */
export const LEAD_WORDS = /sapo|description|\blead\b|summary|chapeau|excerpt|intro|tom-?tat/i;

/** Captions of pictures and slides: never article text. */
export const CAPTION_WORDS = /caption|image_desc|img-?desc|image-desc|photo-?desc|chu-?thich|fig-?desc|desc-?image|slide-desc/i;

/** Picture containers: removed with their caption (`figure.tplCaption`, `table.image`, `div[type=Photo]`). */
export const PICTURE_WORDS = /(^|\s)(image|img|photo|picture|pic|figure)(\s|$)|tplCaption|PhotoCMS|\bPhoto\b/;

/** Related-news boxes inside a body, by class, id or `type` (`VCSortableInPreviewMode[type=RelatedOneNews]`). */
export const RELATED_WORDS = /related|relate|lien-?quan|tinlienquan|readmore|read-more|xem-?them|doc-?them|tin-?khac|box-news|RelatedOneNews|RelatedNewsBox|kbwscwl/i;

/**
 * Headings that open a box of chrome, whatever its class: related news (the pasted-text
 * cleaner's RELATED_HEADINGS) and readers' comments. Matched at the start of the box's first line.
 */
export const BOX_HEADINGS = [...RELATED_HEADINGS, 'ý kiến bạn đọc', 'ý kiến của bạn', 'bình luận', 'gửi bình luận', 'thảo luận'];

/** Slide strips and thumbnails: a slideshow repeats its captions there. */
export const THUMB_WORDS = /thumb|carousel|swiper|slick|slider|gallery-nav/i;

/** Where a byline sits: an author element, or a source line at the end of the body. */
export const AUTHOR_WORDS = /author|tac-?gia|byline|writer|reporter|\bsource\b|nguon/i;

/** Class or id words of a headline printed without an `<h1>` (`title-news`, `tieu-de`). */
export const HEADLINE_WORDS = /title|tieu-?de|headline|heading/i;

/** Marks that set a page title's headline apart from the site's name or section (`Giá lúa tăng - Báo Cần Thơ`). */
export const TITLE_SEPARATORS = ['|', '-', '–', '—', ':', '·', '•', '»'];

/** A site's logo or name, which some sites print as their first `<h1>`. */
export const LOGO_WORDS = /logo|brand|site-?name|masthead/i;

/** Words that open a press body's name: an author so named is the outlet, not a byline (lower case). */
export const OUTLET_WORDS = ['báo', 'tạp chí', 'đài', 'cổng thông tin', 'trang thông tin', 'truyền hình', 'thông tấn xã', 'ttxvn', 'tòa soạn', 'ban biên tập'];

/** Where a visible date sits near the headline. */
export const DATE_WORDS = /date|time|publish|pdate|ngay-?dang|post-?time|datetime/i;

export const THRESHOLDS = {
  /** A text block shorter than this (characters) adds nothing to its containers' scores. */
  minParagraph: 25,
  /** A text block is linked text (menus, lists of headlines) above this share of linked characters. */
  linkedBlock: 0.5,
  /** Weight of a container whose class or id reads as chrome (negative) or as a body (positive). */
  classWeight: 25,
  /** Extra weight of a known body container. */
  bodyHint: 25,
  /** A container wholly before the headline keeps this share of its score: the body follows the `<h1>`. */
  beforeHeadline: 0.2,
  /** A sibling of the best container joins it above this share of its score (and at least `minSibling`). */
  siblingShare: 0.2,
  minSibling: 10,
  /** A sibling paragraph joins when longer than this and nearly free of links. */
  siblingParagraph: 80,
  /** A lead is this long (characters). */
  leadMin: 40,
  leadMax: 1200,
  /** A headline is this long (characters). */
  headlineMin: 8,
  headlineMax: 300,
  /** A heading names the page's title when one holds the other and is this share of it at least. */
  headlineShareOfTitle: 0.6,
  /** A box heading (`Tin liên quan`, `Ý kiến bạn đọc (12)`) is at most this long. */
  boxHeadingMax: 40,
  /** A paragraph of a link and at most this many characters besides (`>> Xem thêm: `) links to another article. */
  crossLinkCue: 20,
  /** A byline line is at most this long. */
  bylineMax: 60,
  /**
   * The reader warns that a page was read only in part when the paragraphs it left out (long,
   * nearly free of links) hold more text than it kept, or when it kept no paragraph at all.
   */
  missedParagraph: 150,
  /** A block holding a picture and less text than this is the picture and its caption. */
  caption: 250,
  /** A box (not a paragraph) with less text than this, more than `relatedBoxLinks` of it linked, is a related article. */
  relatedBox: 300,
  relatedBoxLinks: 0.25,
};

/** Elements that end a line of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'tr', 'ul', 'caption',
]);

/** Blocks that hold running text: the units a body is scored by. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'td', 'li', 'dd']);
