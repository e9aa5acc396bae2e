/**
 * The report's inline script: status and severity filters, a text search, and the findings lists. Findings
 * travel as JSON (one list per rule, see html-findings.ts) and are rendered a page at a time with a "Show more"
 * button, so a report with 20,000 users opens quickly. The search matches a rule's id, title and details and
 * its findings' messages and resources; inside a rule whose heading does not match, only matching findings show.
 */
export const HTML_SCRIPT = `
(() => {
  const PAGE = 50;
  const data = JSON.parse(document.getElementById('findings-data').textContent);
  const form = document.getElementById('filters');
  const search = document.getElementById('search');
  const shown = document.getElementById('shown');
  const rules = Array.from(document.querySelectorAll('.rule'), (element) => {
    const list = element.querySelector('.findings');
    const rows = list ? data[Number(list.dataset.findings)] : [];
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    if (list) list.after(more);
    const rule = {
      element, list, rows, more, matches: rows, limit: PAGE,
      head: element.querySelector('summary').textContent.toLowerCase(),
      details: Array.from(element.querySelectorAll('.details'), (d) => d.textContent).join(' ').toLowerCase(),
      lower: rows.map((row) => row.join(' ').toLowerCase()),
    };
    more.addEventListener('click', () => { rule.limit += PAGE; render(rule); });
    return rule;
  });
  function item([message, resource, suppressed]) {
    const li = document.createElement('li');
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = message;
    li.append(text);
    if (suppressed !== null) {
      li.className = 'suppressed';
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = 'suppressed: ' + suppressed;
      li.append(' ', badge);
    }
    const where = document.createElement('span');
    where.className = 'resource';
    where.textContent = resource;
    li.append(' ', where);
    return li;
  }
  function render(rule) {
    if (!rule.list) return;
    rule.list.replaceChildren(...rule.matches.slice(0, rule.limit).map(item));
    const rest = rule.matches.length - rule.limit;
    rule.more.hidden = rest <= 0;
    rule.more.textContent = 'Show ' + Math.min(PAGE, rest) + ' more of ' + rule.matches.length + ' findings';
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
        render(rule);
      }
      rule.element.hidden = !(byFilter && (whole || matches.length > 0));
      if (query && !whole && !rule.element.hidden) rule.element.open = true;
      if (!rule.element.hidden) visible++;
    }
    for (const group of document.querySelectorAll('.category')) group.hidden = !group.querySelector('.rule:not([hidden])');
    shown.textContent = visible + ' of ' + rules.length + ' rules shown';
  }
  for (const rule of rules) render(rule);
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
})();
`;
