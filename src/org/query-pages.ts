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
  return (await readRemainingPages(client, first, onWave, (records) => records)).flat();
}

/**
 * As fetchRemainingPages, but each page is handed to `read` as soon as it arrives and only what `read`
 * returns is kept, in page order: a large read then never holds all its raw pages at once.
 */
export async function readRemainingPages<T>(
  client: OrgClient,
  first: QueryPage,
  onWave: (wave: number) => void,
  read: (records: QueryPage['records']) => T,
): Promise<T[]> {
  if (first.done || !first.nextRecordsUrl) return [];
  const match = /^(.*-)(\d+)$/.exec(first.nextRecordsUrl);
  const pageSize = first.records.length;
  if (match && pageSize > 0 && Number(match[2]) === pageSize) {
    const urls: string[] = [];
    for (let offset = pageSize; offset < first.totalSize; offset += pageSize) urls.push(`${match[1]}${offset}`);
    try {
      onWave(2);
      let rows = first.records.length;
      const pages = await Promise.all(
        urls.map(async (url) => {
          const page = await client.get<QueryPage>(url);
          rows += page.records.length;
          return read(page.records);
        }),
      );
      if (rows === first.totalSize) return pages;
    } catch (error) {
      if ((error as { errorCode?: string }).errorCode !== 'INVALID_QUERY_LOCATOR') throw error;
    }
  }
  return followPages(client, first.nextRecordsUrl, onWave, read);
}

async function followPages<T>(
  client: OrgClient,
  nextUrl: string,
  onWave: (wave: number) => void,
  read: (records: QueryPage['records']) => T,
): Promise<T[]> {
  const pages: T[] = [];
  let url: string | undefined = nextUrl;
  for (let wave = 2; url; wave += 1) {
    onWave(wave);
    const page: QueryPage = await client.get<QueryPage>(url);
    pages.push(read(page.records));
    url = page.done ? undefined : page.nextRecordsUrl;
  }
  return pages;
}
