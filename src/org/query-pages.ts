import type { OrgClient } from './org-client.js';

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Array<Record<string, unknown>>;
}

/**
 * Fetches every page after the first. Salesforce locators end in `-<offset>`; knowing the page size and
 * totalSize from the first page, all later pages are requested at once (one wave) instead of one after
 * the other. If the org refuses a computed locator, the pages are followed one by one instead.
 */
export async function fetchRemainingPages(
  client: OrgClient,
  first: QueryPage,
  onWave: (wave: number) => void,
): Promise<QueryPage['records']> {
  if (first.done || !first.nextRecordsUrl) return [];
  const match = /^(.*-)(\d+)$/.exec(first.nextRecordsUrl);
  const pageSize = first.records.length;
  if (match && pageSize > 0 && Number(match[2]) === pageSize) {
    const urls: string[] = [];
    for (let offset = pageSize; offset < first.totalSize; offset += pageSize) urls.push(`${match[1]}${offset}`);
    try {
      onWave(2);
      const pages = await Promise.all(urls.map((url) => client.get<QueryPage>(url)));
      const records = pages.flatMap((page) => page.records);
      if (first.records.length + records.length === first.totalSize) return records;
    } catch (error) {
      if ((error as { errorCode?: string }).errorCode !== 'INVALID_QUERY_LOCATOR') throw error;
    }
  }
  return followPages(client, first.nextRecordsUrl, onWave);
}

async function followPages(client: OrgClient, nextUrl: string, onWave: (wave: number) => void): Promise<QueryPage['records']> {
  const records: QueryPage['records'] = [];
  let url: string | undefined = nextUrl;
  for (let wave = 2; url; wave += 1) {
    onWave(wave);
    const page: QueryPage = await client.get<QueryPage>(url);
    records.push(...page.records);
    url = page.done ? undefined : page.nextRecordsUrl;
  }
  return records;
}
