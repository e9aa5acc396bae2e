import { PAGE_DATA_READER } from '../../src/report/html-page-data-reader.js';

/** A finding as the page shows it, rebuilt from the JSON block by the page's own reader. */
export interface FindingView {
  message: string;
  resource: string;
  suppressed: string | null;
  isNew: boolean;
}

interface PageJson {
  findings: unknown[][][];
  [table: string]: unknown;
}

/** The page's JSON block, parsed. */
export const pageData = (html: string): PageJson =>
  JSON.parse(/<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(html)![1]) as PageJson;

/** Every findings list of the page, each finding rebuilt by the code the page runs (PAGE_DATA_READER). */
export function findingViews(html: string): FindingView[][] {
  const data = pageData(html);
  const view = new Function('data', `${PAGE_DATA_READER}; return (row) => findingView(data, row);`)(data) as (row: unknown) => FindingView;
  return data.findings.map((list) => list.map(view));
}

/** The findings list each rule block of the page refers to, by the block's element id. */
export function listsByRule(html: string): Map<string, number> {
  const lists = new Map<string, number>();
  for (const block of html.split('<details class="rule" ').slice(1)) {
    const list = /data-findings="(\d+)"/.exec(block.slice(0, block.indexOf('</details>')));
    if (list) lists.set(/^id="([^"]+)"/.exec(block)![1], Number(list[1]));
  }
  return lists;
}
