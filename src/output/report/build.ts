// The review page: one self-contained HTML file (no network, no external assets) showing
// each article's cleaned text with every record highlighted in place, a summary, a sortable
// indicator table, the officials and decrees, and the run's errors and warnings.
// Article text never enters the page as markup: it travels as JSON inside a
// <script type="application/json"> (with `<` escaped) and the page script puts it in the
// DOM with textContent only.
import type { AnyRecord, ArticleRecord, ErrorRecord } from '../../schema/records.js';
import type { Warning } from '../../pipeline/document.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

export interface ReportArticle {
  article: ArticleRecord | null;
  id: string;
  text: string | null;
  records: AnyRecord[];
}

export interface ReportData {
  title: string;
  generated: string;
  articles: ReportArticle[];
  errors: ErrorRecord[];
  warnings: Warning[];
}

/** HTML-escape text for the few places it is written as markup (title, counts). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside <script>: no `<`, no U+2028/2029 line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function buildReport(data: ReportData): string {
  const payload = {
    generated: data.generated,
    articles: data.articles.map((a) => ({
      id: a.id,
      title: a.article?.title ?? null,
      published: a.article?.published ?? null,
      outlet: a.article?.outlet ?? null,
      path: a.article?.path ?? null,
      text: a.text,
      records: a.records.filter((r) => r.type !== 'article'),
    })),
    errors: data.errors,
    warnings: data.warnings,
  };
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(data.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(data.title)}</h1><p class="meta">Generated ${escapeHtml(data.generated)} · <span class="legend"><mark class="k-indicator">indicator</mark> <mark class="k-official">official</mark> <mark class="k-decree">decree</mark> · hover a figure: <span class="u-name">what it measures</span>, <span class="u-subject">whose</span></span></p></header>
<nav class="tabs" aria-label="Sections">
<a href="#summary">Summary</a><a href="#articles">Articles</a><a href="#indicators">Indicators</a><a href="#officials">Officials</a><a href="#decrees">Decrees</a><a href="#problems">Errors and warnings</a>
</nav>
<main>
<section id="summary"><h2>Summary</h2><div id="summary-body"></div></section>
<section id="articles"><h2>Articles</h2><div class="pager" data-for="articles"></div><div id="articles-body"></div></section>
<section id="indicators"><h2>Indicators</h2><div class="pager" data-for="indicators"></div><table id="indicator-table" class="data"></table></section>
<section id="officials"><h2>Officials</h2><div id="officials-body"></div></section>
<section id="decrees"><h2>Decrees</h2><div id="decrees-body"></div></section>
<section id="problems"><h2>Errors and warnings</h2><div id="problems-body"></div></section>
</main>
<div id="tooltip" role="tooltip" hidden></div>
<script type="application/json" id="report-data">${jsonForScript(payload)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
