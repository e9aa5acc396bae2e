/** The report's inline stylesheet: light and dark (following the system) and a print layout. */
export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
  --pass: #1a7f37; --fail: #c50f1f; --warn: #8a5a00; --info: #0550ae; --focus: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --line: #3d444d; --panel: #161b22;
    --pass: #3fb950; --fail: #ff7b72; --warn: #d29922; --info: #79c0ff; --focus: #58a6ff; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; } h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
a { color: var(--info); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.meta { color: var(--muted); margin: 0; }
.readiness { font-weight: 600; padding: .5rem .75rem; border-left: 4px solid var(--fail); background: var(--panel); }
.readiness.ready { border-color: var(--pass); }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .75rem 0; }
.counts li { border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem; background: var(--panel); }
.score { font-size: 1.1rem; font-weight: 600; }
.controls { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: end;
  padding: .75rem 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.controls fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; flex-wrap: wrap; }
.controls legend { font-weight: 600; padding: 0; margin-bottom: .25rem; float: left; width: 100%; }
.controls label { white-space: nowrap; }
.controls input[type=search] { font: inherit; padding: .3rem .5rem; min-width: 16rem; color: var(--fg); background: var(--bg);
  border: 1px solid var(--muted); border-radius: 4px; }
.controls button { font: inherit; padding: .3rem .75rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--panel);
  color: var(--fg); cursor: pointer; }
#shown { color: var(--muted); margin: .5rem 0; }
.rule { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; background: var(--bg); }
.rule > summary { cursor: pointer; padding: .5rem .75rem; display: flex; gap: .75rem; align-items: baseline; flex-wrap: wrap; }
.rule > summary code { color: var(--muted); }
.rule .body { padding: 0 .75rem .75rem 2rem; }
.badge { font-size: .8rem; font-weight: 600; border-radius: 999px; padding: 0 .5rem; border: 1px solid currentColor; white-space: nowrap; }
.status-pass { color: var(--pass); } .status-fail { color: var(--fail); } .status-inconclusive, .status-manual { color: var(--warn); }
.status-not-applicable { color: var(--muted); }
.sev { color: var(--muted); }
.findings { margin: .25rem 0; padding-left: 1.25rem; }
.findings li.suppressed { color: var(--muted); }
button.more { font: inherit; margin: .25rem 0 0 1.25rem; padding: .2rem .6rem; border: 1px solid var(--muted); border-radius: 4px;
  background: var(--panel); color: var(--fg); cursor: pointer; }
.findings li.suppressed .text { text-decoration: line-through; }
.resource { color: var(--muted); font-size: .9em; }
dl.fix { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .5rem 0 0; }
dl.fix dt { font-weight: 600; } dl.fix dd { margin: 0; }
[hidden] { display: none !important; }
.table-wrap { overflow-x: auto; }
:is(.grid, .matrix, .fix-plan) table { border-collapse: collapse; width: 100%; font-size: .9rem; }
:is(.grid, .matrix, .fix-plan) :is(th, td) { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
:is(.grid, .matrix) caption { text-align: left; color: var(--muted); margin-bottom: .25rem; }
.matrix thead th, .fix-plan thead th { background: var(--panel); }
.matrix tbody th, .fix-plan tbody th { font-weight: 400; }
.matrix td { white-space: nowrap; } .matrix td a { color: inherit; } .matrix .mark { font-weight: 700; }
.status-error { color: var(--fail); } .status-off { color: var(--muted); }
.fix-plan ul { margin: 0; padding-left: 1rem; } .fix-plan .rules { color: var(--muted); font-size: .9em; }
.fix-plan details > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
.warning { font-weight: 600; padding: .5rem .75rem; border-left: 4px solid var(--fail); background: var(--panel); }
.grid thead th { background: var(--panel); padding: 0; }
.grid thead button { font: inherit; font-weight: 600; width: 100%; text-align: left; padding: .25rem .5rem; border: 0; background: none;
  color: var(--fg); cursor: pointer; }
.grid th[aria-sort=ascending] button::after { content: " \\25B2"; } .grid th[aria-sort=descending] button::after { content: " \\25BC"; }
.grid tbody th { font-weight: 400; white-space: nowrap; }
.grid td.status-pass { color: var(--fg); } .grid td .mark { font-weight: 700; } .grid td.status-pass .mark { color: var(--pass); }
.pager { margin: .5rem 0; display: flex; gap: .75rem; align-items: center; }
.pager button { font: inherit; padding: .2rem .6rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--panel); color: var(--fg); }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #444; --line: #999; --panel: #fff; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .controls, #shown, button.more, .pager { display: none; }
  .rule { break-inside: avoid; }
  .rule[hidden] { display: block !important; }
  .rule .body { display: block; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; }
}
`;
