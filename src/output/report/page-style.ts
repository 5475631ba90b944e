// The review page's stylesheet: readable on a laptop, printable, three highlight colours.
export const PAGE_STYLE = `
:root { --ink: #1d232a; --muted: #5b6570; --line: #d8dde3; --bg: #fbfbfa;
  --indicator: #ffe08a; --official: #b9e3ff; --decree: #c9f2c3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
.meta { color: var(--muted); margin: 0; }
.tabs { position: sticky; top: 0; z-index: 2; display: flex; gap: 16px; padding: 8px 24px; background: #fff; border-bottom: 1px solid var(--line); }
.tabs a { color: var(--ink); text-decoration: none; font-weight: 600; }
main { padding: 0 24px 48px; max-width: 1200px; }
mark { border-radius: 3px; padding: 0 1px; cursor: help; color: inherit; }
mark:focus { outline: 2px solid #3b6fd8; }
.k-indicator { background: var(--indicator); }
.k-official { background: var(--official); }
.k-decree { background: var(--decree); }
/* The hovered indicator's name and subject (CSS custom highlights, set by the page script). */
::highlight(vx-name) { text-decoration: underline 2px #b35c00; text-underline-offset: 3px; }
.u-name { text-decoration: underline 2px #b35c00; text-underline-offset: 3px; }
.u-subject { text-decoration: underline 2px dotted #3b6fd8; text-underline-offset: 3px; }
::highlight(vx-subject) { text-decoration: underline 2px dotted #3b6fd8; text-underline-offset: 3px; }
details.article { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
details.article > summary { padding: 8px 12px; cursor: pointer; }
details.article > summary .counts { color: var(--muted); font-size: 13px; margin-left: 8px; }
.article-text { padding: 4px 16px 12px; white-space: pre-wrap; }
table.data { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.data th { cursor: pointer; user-select: none; background: #f1f3f5; position: sticky; top: 40px; }
table.data td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pager { margin: 6px 0; color: var(--muted); }
.pager button { margin-right: 6px; }
ul.plain { padding-left: 18px; }
#tooltip { position: fixed; z-index: 10; max-width: 420px; background: #1d232a; color: #fff; padding: 8px 10px; border-radius: 6px; font-size: 13px; box-shadow: 0 4px 16px rgba(0,0,0,.25); pointer-events: none; }
#tooltip dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
#tooltip dt { color: #9fb1c3; }
#tooltip dd { margin: 0; word-break: break-word; }
.error { color: #a4161a; }
.warning { color: #8a5a00; }
@media print {
  .tabs, .pager, #tooltip { display: none !important; }
  details.article { break-inside: avoid; }
  table.data th { position: static; }
  body { background: #fff; }
}
`;
