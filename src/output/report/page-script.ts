// The review page's script, plain ES2017 and small. It reads the embedded JSON and builds
// everything with DOM calls and textContent, never innerHTML, so article text stays text.
// Articles render on demand when opened, and long lists are paged, so a 5,000-article run
// stays usable.
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var ARTICLES_PER_PAGE = 50, ROWS_PER_PAGE = 200;
  var tooltip = document.getElementById('tooltip');

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }
  function fmt(v) {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('vi-VN') : String(v).replace('.', ',');
    if (Array.isArray(v)) return v.map(function (p) { return [p.title, p.organization].filter(Boolean).join(' — '); }).join('; ');
    return String(v);
  }
  var TOOLTIP_FIELDS = {
    indicator: ['kind', 'value', 'total', 'unit', 'currency', 'name', 'subject', 'period', 'qualifier', 'change', 'baseline'],
    official: ['name', 'honorific', 'title', 'organization', 'organization_full', 'positions', 'mentions'],
    decree: ['doc_type', 'symbol', 'number', 'year', 'issuer', 'issuer_code', 'issued', 'subject', 'name', 'draft']
  };
  function count(records, type) { return records.filter(function (r) { return r.type === type; }).length; }

  // Summary
  (function () {
    var totals = { indicator: 0, official: 0, decree: 0 };
    data.articles.forEach(function (a) { a.records.forEach(function (r) { if (r.type in totals) totals[r.type]++; }); });
    var body = document.getElementById('summary-body');
    body.appendChild(el('p', { id: 'summary-totals' }, data.articles.length + ' articles · ' + totals.indicator + ' indicators · ' + totals.official + ' officials · ' + totals.decree + ' decrees · ' + data.errors.length + ' errors · ' + data.warnings.length + ' warnings'));
    var table = el('table', { className: 'data', id: 'summary-table' });
    table.appendChild(el('tr', null, el('th', { text: 'article' }), el('th', { text: 'title' }), el('th', { text: 'indicators' }), el('th', { text: 'officials' }), el('th', { text: 'decrees' })));
    data.articles.slice(0, 500).forEach(function (a, i) {
      table.appendChild(el('tr', null, el('td', null, el('a', { href: '#a' + i, onclick: function (e) { e.preventDefault(); openArticle(i); } }, a.id)), el('td', { text: a.title || '' }),
        el('td', { className: 'num', text: String(count(a.records, 'indicator')) }), el('td', { className: 'num', text: String(count(a.records, 'official')) }), el('td', { className: 'num', text: String(count(a.records, 'decree')) })));
    });
    body.appendChild(table);
    if (data.articles.length > 500) body.appendChild(el('p', { className: 'meta', text: 'First 500 articles listed; every article is under Articles.' }));
  })();

  // Articles: collapsed, rendered when opened
  var articleNodes = [];
  function renderText(i) {
    var a = data.articles[i], box = articleNodes[i].querySelector('.article-text');
    if (box.dataset.rendered) return;
    box.dataset.rendered = '1';
    if (a.text === null) { box.appendChild(el('p', { className: 'error', text: 'No text: the file could not be read.' })); return; }
    var spans = a.records.map(function (r, k) { return { r: r, k: k }; }).filter(function (s) { return typeof s.r.start === 'number'; })
      .sort(function (x, y) { return x.r.start - y.r.start || y.r.end - x.r.end; });
    var at = 0;
    spans.forEach(function (s) {
      if (s.r.start < at) return; // overlapping: listed in the tables, not highlighted twice
      box.appendChild(document.createTextNode(a.text.slice(at, s.r.start)));
      box.appendChild(el('mark', { className: 'k-' + s.r.type, tabindex: '0', id: 'a' + i + '-r' + s.k, 'data-a': String(i), 'data-r': String(s.k) }, a.text.slice(s.r.start, s.r.end)));
      at = s.r.end;
    });
    box.appendChild(document.createTextNode(a.text.slice(at)));
  }
  function articleNode(i) {
    var a = data.articles[i];
    var d = el('details', { className: 'article', id: 'a' + i },
      el('summary', null, el('strong', { text: a.title || a.id }), el('span', { className: 'counts', text: a.id + (a.published ? ' · ' + a.published : '') + ' · ' + count(a.records, 'indicator') + ' indicators, ' + count(a.records, 'official') + ' officials, ' + count(a.records, 'decree') + ' decrees' })),
      el('div', { className: 'article-text' }));
    d.addEventListener('toggle', function () { if (d.open) renderText(i); });
    return d;
  }
  function pager(container, total, perPage, show) {
    var pages = Math.max(1, Math.ceil(total / perPage)), page = 0;
    function draw() {
      container.textContent = '';
      if (pages > 1) {
        container.appendChild(el('button', { type: 'button', onclick: function () { if (page > 0) { page--; draw(); } } }, '‹ previous'));
        container.appendChild(el('button', { type: 'button', onclick: function () { if (page < pages - 1) { page++; draw(); } } }, 'next ›'));
        container.appendChild(document.createTextNode('page ' + (page + 1) + ' of ' + pages + ' (' + total + ')'));
      }
      show(page * perPage, Math.min(total, (page + 1) * perPage));
    }
    draw();
    return { go: function (p) { page = Math.max(0, Math.min(pages - 1, p)); draw(); } };
  }
  var articlesBody = document.getElementById('articles-body');
  var articlePager = pager(document.querySelector('.pager[data-for=articles]'), data.articles.length, ARTICLES_PER_PAGE, function (from, to) {
    articlesBody.textContent = '';
    for (var i = from; i < to; i++) { if (!articleNodes[i]) articleNodes[i] = articleNode(i); articlesBody.appendChild(articleNodes[i]); }
  });
  function openArticle(i, k) {
    articlePager.go(Math.floor(i / ARTICLES_PER_PAGE));
    var d = articleNodes[i];
    d.open = true;
    renderText(i);
    var target = k === undefined ? d : document.getElementById('a' + i + '-r' + k) || d;
    target.scrollIntoView({ block: 'center' });
    if (target.focus) target.focus();
  }
  function spanLink(i, k, label) {
    return el('a', { href: '#a' + i + '-r' + k, onclick: function (e) { e.preventDefault(); openArticle(i, k); } }, label);
  }

  // Tooltip on hover and focus
  function showTooltip(mark) {
    var r = data.articles[+mark.dataset.a].records[+mark.dataset.r];
    var dl = el('dl');
    dl.appendChild(el('dt', { text: 'type' })); dl.appendChild(el('dd', { text: r.type }));
    (TOOLTIP_FIELDS[r.type] || []).forEach(function (f) {
      if (r[f] === null || r[f] === undefined || r[f] === '') return;
      dl.appendChild(el('dt', { text: f })); dl.appendChild(el('dd', { text: fmt(r[f]) }));
    });
    tooltip.textContent = '';
    tooltip.appendChild(dl);
    if (r.type === 'indicator') underline(mark, r);
    tooltip.hidden = false;
    var box = mark.getBoundingClientRect();
    tooltip.style.left = Math.max(8, Math.min(window.innerWidth - 430, box.left)) + 'px';
    tooltip.style.top = (box.bottom + 6 + tooltip.offsetHeight > window.innerHeight ? box.top - tooltip.offsetHeight - 6 : box.bottom + 6) + 'px';
  }
  // The name and subject of the hovered indicator, underlined in its text: drawn as CSS
  // custom highlights over ranges of the text nodes, so the marks and the text stay as they are.
  var canHighlight = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  function pointAt(box, offset) {
    var at = 0, walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT), node;
    while ((node = walker.nextNode())) {
      if (offset <= at + node.data.length) return { node: node, offset: offset - at };
      at += node.data.length;
    }
    return null;
  }
  function rangeOf(box, start, end) {
    var a = pointAt(box, start), b = pointAt(box, end);
    if (!a || !b) return null;
    var range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }
  function underline(mark, r) {
    if (!canHighlight) return;
    var box = mark.closest('.article-text');
    [['vx-name', r.name_start, r.name_end], ['vx-subject', r.subject_start, r.subject_end]].forEach(function (h) {
      var range = typeof h[1] === 'number' ? rangeOf(box, h[1], h[2]) : null;
      if (range) CSS.highlights.set(h[0], new Highlight(range)); else CSS.highlights.delete(h[0]);
    });
  }
  function clearUnderlines() { if (canHighlight) { CSS.highlights.delete('vx-name'); CSS.highlights.delete('vx-subject'); } }
  function hideTooltip() { tooltip.hidden = true; clearUnderlines(); }
  document.addEventListener('mouseover', function (e) { if (e.target.tagName === 'MARK' && e.target.dataset.r) showTooltip(e.target); });
  document.addEventListener('mouseout', function (e) { if (e.target.tagName === 'MARK') hideTooltip(); });
  document.addEventListener('focusin', function (e) { if (e.target.tagName === 'MARK' && e.target.dataset.r) showTooltip(e.target); });
  document.addEventListener('focusout', hideTooltip);

  // Indicators: sortable, paged
  var rows = [];
  data.articles.forEach(function (a, i) { a.records.forEach(function (r, k) { if (r.type === 'indicator') rows.push({ i: i, k: k, r: r, article: a.id }); }); });
  var COLUMNS = [['article', function (x) { return x.article; }], ['text', function (x) { return x.r.text; }], ['kind', function (x) { return x.r.kind; }],
    ['value', function (x) { return x.r.value; }], ['unit', function (x) { return x.r.unit; }], ['name', function (x) { return x.r.name; }],
    ['period', function (x) { return x.r.period; }], ['qualifier', function (x) { return x.r.qualifier; }], ['change', function (x) { return x.r.change; }]];
  var table = document.getElementById('indicator-table'), sortBy = -1, ascending = true, rowPager;
  function drawRows(from, to) {
    table.textContent = '';
    var head = el('tr');
    COLUMNS.forEach(function (c, n) {
      head.appendChild(el('th', { scope: 'col', 'aria-sort': n === sortBy ? (ascending ? 'ascending' : 'descending') : 'none', onclick: function () { ascending = sortBy === n ? !ascending : true; sortBy = n; sortRows(); rowPager.go(0); } }, c[0] + (n === sortBy ? (ascending ? ' ▲' : ' ▼') : '')));
    });
    table.appendChild(head);
    rows.slice(from, to).forEach(function (x) {
      table.appendChild(el('tr', null, el('td', null, spanLink(x.i, x.k, x.article)), el('td', { text: x.r.text }), el('td', { text: x.r.kind }),
        el('td', { className: 'num', text: fmt(x.r.value) + (x.r.total !== null ? ' / ' + fmt(x.r.total) : '') }), el('td', { text: fmt(x.r.unit) }), el('td', { text: fmt(x.r.name) }),
        el('td', { text: fmt(x.r.period) }), el('td', { text: x.r.qualifier }), el('td', { text: fmt(x.r.change) })));
    });
  }
  function sortRows() {
    var get = COLUMNS[sortBy][1];
    rows.sort(function (a, b) {
      var x = get(a), y = get(b);
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (x < y ? -1 : 1) * (ascending ? 1 : -1);
    });
  }
  rowPager = pager(document.querySelector('.pager[data-for=indicators]'), rows.length, ROWS_PER_PAGE, drawRows);

  // Officials and decrees
  function list(type, targetId, describe) {
    var ul = el('ul', { className: 'plain' }), n = 0;
    data.articles.forEach(function (a, i) { a.records.forEach(function (r, k) { if (r.type === type && n++ < 2000) ul.appendChild(el('li', null, spanLink(i, k, describe(r)), ' ', el('span', { className: 'meta', text: a.id }))); }); });
    var target = document.getElementById(targetId);
    target.appendChild(n ? ul : el('p', { className: 'meta', text: 'None.' }));
    if (n > 2000) target.appendChild(el('p', { className: 'meta', text: 'First 2,000 of ' + n + ' listed.' }));
  }
  list('official', 'officials-body', function (r) { return r.name + ' — ' + [r.title, r.organization].filter(Boolean).join(' ') + ' (' + r.mentions + '×)'; });
  list('decree', 'decrees-body', function (r) { return r.doc_type + ' ' + (r.symbol || r.name || '') + (r.issued ? ' (' + r.issued + ')' : '') + (r.issuer ? ' — ' + r.issuer : ''); });

  // Errors and warnings
  (function () {
    var body = document.getElementById('problems-body'), ul = el('ul', { className: 'plain' });
    data.errors.forEach(function (e) { ul.appendChild(el('li', { className: 'error', text: (e.path || e.article_id || '') + ': ' + e.reason })); });
    data.warnings.forEach(function (w) { ul.appendChild(el('li', { className: 'warning', text: w.article_id + ' @' + w.start + ': ' + w.message })); });
    body.appendChild(data.errors.length + data.warnings.length ? ul : el('p', { className: 'meta', text: 'None.' }));
  })();
})();
`;
