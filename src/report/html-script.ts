import { PAGE_DATA_READER } from './html-page-data-reader.js';

/**
 * The report's inline script: status and severity filters, a text search, the findings lists and the
 * users × requirements grid. Findings and grid rows travel as JSON (see html-findings.ts) and are rendered a
 * page at a time, so a report with 20,000 users opens quickly. The search matches a rule's id, title and
 * details and its findings' messages and resources (inside a rule whose heading does not match, only matching
 * findings show), and the grid's users and cells. A link to a rule opens it.
 */
export const HTML_SCRIPT = `
(() => {${PAGE_DATA_READER}
  const PAGE = 50;
  const GRID_PAGE = 100;
  const data = JSON.parse(document.getElementById('page-data').textContent);
  const form = document.getElementById('filters');
  const search = document.getElementById('search');
  const shown = document.getElementById('shown');
  const span = (className, text) => {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  };

  const findingLists = data.findings.map((list) => list.map((row) => findingView(data, row)));
  const allFindings = findingLists.flat();
  const rules = Array.from(document.querySelectorAll('.rule'), (element) => {
    const list = element.querySelector('.findings');
    const rows = list ? findingLists[Number(list.dataset.findings)] : [];
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    if (list) list.after(more);
    const rule = {
      element, list, rows, more, matches: rows, limit: PAGE,
      head: element.querySelector('summary').textContent.toLowerCase(),
      details: Array.from(element.querySelectorAll('.details'), (d) => d.textContent).join(' ').toLowerCase(),
      lower: rows.map((f) => (f.message + ' ' + f.resource + ' ' + (f.suppressed ?? '') + (f.isNew ? ' new' : '')).toLowerCase()),
    };
    more.addEventListener('click', () => { rule.limit += PAGE; renderFindings(rule); });
    return rule;
  });
  function findingItem({ message, resource, suppressed, isNew }) {
    const li = document.createElement('li');
    li.append(span('text', message));
    if (isNew) li.append(' ', span('badge', 'new'));
    if (suppressed !== null) {
      li.className = 'suppressed';
      li.append(' ', span('badge', 'suppressed: ' + suppressed));
    }
    li.append(' ', span('resource', resource));
    return li;
  }
  function renderFindings(rule) {
    if (!rule.list) return;
    rule.list.replaceChildren(...rule.matches.slice(0, rule.limit).map(findingItem));
    const rest = rule.matches.length - rule.limit;
    rule.more.hidden = rest <= 0;
    rule.more.textContent = 'Show ' + Math.min(PAGE, rest) + ' more of ' + rule.matches.length + ' findings';
  }

  // A grid cell as [state, mark, text]: see GridCell in html-findings.ts.
  const MARK = { pass: '\\u2714', fail: '\\u2716', suppressed: '\\u2716', inconclusive: '?', manual: '\\u270B', 'not-applicable': '\\u2013' };
  const ORDER = { fail: 0, inconclusive: 1, manual: 2, suppressed: 3, 'not-applicable': 4, pass: 5 };
  function cellView(cell) {
    if (typeof cell === 'number') {
      const finding = allFindings[cell];
      return finding.suppressed === null ? ['fail', finding.message] : ['suppressed', finding.message + ' (suppressed: ' + finding.suppressed + ')'];
    }
    const state = cell[0] === 'p' ? 'pass' : cell[0];
    return [state, cell.length > 1 ? data.strings[cell[1]] : ''];
  }
  const grids = Array.from(document.querySelectorAll('.grid'), (element) => {
    const source = data.grids[Number(element.dataset.grid)];
    const rows = source.rows.map(([user, ...cells]) => ({ user, cells: cells.map(cellView) }));
    const grid = { element, rows, matches: rows, page: 0, lower: null,
      body: element.querySelector('tbody'), status: element.querySelector('.page'),
      prev: element.querySelector('.prev'), next: element.querySelector('.next') };
    grid.prev.addEventListener('click', () => { grid.page--; renderGrid(grid); });
    grid.next.addEventListener('click', () => { grid.page++; renderGrid(grid); });
    for (const button of element.querySelectorAll('th button')) button.addEventListener('click', () => sortGrid(grid, button));
    return grid;
  });
  function sortGrid(grid, button) {
    const column = Number(button.dataset.sort);
    const th = button.parentElement;
    const direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    for (const other of grid.element.querySelectorAll('th')) other.setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    const key = column === 0 ? (row) => row.user : (row) => ORDER[row.cells[column - 1][0]] + ' ' + row.user;
    const byKey = (a, b) => direction * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    grid.rows.sort(byKey);
    grid.matches = grid.matches === grid.rows ? grid.rows : grid.matches.slice().sort(byKey);
    grid.page = 0;
    renderGrid(grid);
  }
  function renderGrid(grid) {
    const pages = Math.max(1, Math.ceil(grid.matches.length / GRID_PAGE));
    grid.page = Math.min(Math.max(grid.page, 0), pages - 1);
    const start = grid.page * GRID_PAGE;
    grid.body.replaceChildren(...grid.matches.slice(start, start + GRID_PAGE).map((row) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = row.user;
      tr.append(th);
      for (const [state, text] of row.cells) {
        const td = document.createElement('td');
        td.className = 'status-' + state;
        td.append(span('mark', MARK[state] + ' '), text);
        tr.append(td);
      }
      return tr;
    }));
    const end = Math.min(start + GRID_PAGE, grid.matches.length);
    grid.status.textContent = grid.matches.length ? 'Users ' + (start + 1) + '\\u2013' + end + ' of ' + grid.matches.length : 'No user matches';
    grid.prev.disabled = grid.page === 0;
    grid.next.disabled = grid.page >= pages - 1;
  }

  const checked = (name) => new Set(Array.from(form.querySelectorAll('input[name="' + name + '"]:checked'), (i) => i.value));
  function apply() {
    const statuses = checked('status');
    const severities = checked('severity');
    const query = search.value.trim().toLowerCase();
    let visible = 0;
    for (const rule of rules) {
      const byFilter = statuses.has(rule.element.dataset.status) && severities.has(rule.element.dataset.severity);
      const whole = !query || rule.head.includes(query) || rule.details.includes(query);
      const matches = whole ? rule.rows : rule.rows.filter((_, i) => rule.lower[i].includes(query));
      if (matches !== rule.matches || matches.length !== rule.matches.length) {
        rule.matches = matches;
        rule.limit = PAGE;
        renderFindings(rule);
      }
      rule.element.hidden = !(byFilter && (whole || matches.length > 0));
      if (query && !whole && !rule.element.hidden) rule.element.open = true;
      if (!rule.element.hidden) visible++;
    }
    for (const group of document.querySelectorAll('.category')) group.hidden = !group.querySelector('.rule:not([hidden])');
    shown.textContent = visible + ' of ' + rules.length + ' rules shown';
    for (const grid of grids) {
      if (query && !grid.lower) grid.lower = new Map(grid.rows.map((row) => [row, (row.user + ' ' + row.cells.map((c) => c[1]).join(' ')).toLowerCase()]));
      grid.matches = query ? grid.rows.filter((row) => grid.lower.get(row).includes(query)) : grid.rows;
      grid.page = 0;
      renderGrid(grid);
    }
  }
  // A link to a rule (from the rules × orgs matrix) opens it, showing everything again if the filters hide it.
  function reveal() {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target || !target.classList.contains('rule')) return;
    if (target.hidden) {
      form.reset();
      apply();
    }
    target.open = true;
    target.scrollIntoView();
  }
  for (const rule of rules) renderFindings(rule);
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply));
  window.addEventListener('hashchange', reveal);
  apply();
  reveal();
})();
`;
