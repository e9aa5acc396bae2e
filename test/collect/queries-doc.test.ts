import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { planFixes } from '../../src/fix/index.js';
import { readLive } from '../../src/fix/live.js';
import { misconfigured, withRecords } from '../harness/snapshots.js';
import { auditedOrg } from '../fix/helpers.js';
import { renderQueriesDoc } from './queries-doc.js';

const DOC = 'docs/queries.md';

/** The SOQL the fixer re-reads with, for every change it can plan on the misconfigured sample; Ids masked. */
async function fixReReads(): Promise<string[]> {
  const org = await auditedOrg(
    withRecords(misconfigured(), { PackageLicense: (rows) => rows.map((l) => ({ ...l, AllowedLicenses: Number(l.UsedLicenses) + 1 })) }),
  );
  const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
  const client = org.client();
  const post = vi.spyOn(client, 'post');
  await readLive(client, plan.changes);
  const urls = post.mock.calls.flatMap(([, body]) =>
    (body as { compositeRequest: Array<{ url: string }> }).compositeRequest.map((s) => s.url),
  );
  const soql = urls.map((url) => new URL(url, 'http://x').searchParams.get('q')!);
  const masked = soql.map((q) => q.replace(/\('[^)]*'\)/g, '(…)').replace(/'[0-9A-Za-z]{15,18}'/g, "'…'"));
  return [...new Set(masked)].sort();
}

describe('docs/queries.md', () => {
  it('lists every query the tool can send, as the code builds them (UPDATE_DOCS=1 regenerates it)', async () => {
    const expected = renderQueriesDoc(await fixReReads());
    if (process.env.UPDATE_DOCS) await writeFile(DOC, expected);
    expect(await readFile(DOC, 'utf8'), 'docs/queries.md is stale: run UPDATE_DOCS=1 npx vitest run test/collect/queries-doc.test.ts').toBe(
      expected,
    );
  });
});
