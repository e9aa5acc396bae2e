import { describe, expect, it } from 'vitest';
import type { OrgClient } from '../../src/org/index.js';
import { readToolingInSimplerForm, type ToolingRead } from '../../src/collect/degrade/tooling-fallback.js';

const READ: ToolingRead = {
  kind: 'tooling-query',
  id: 'remoteSites',
  soql: 'SELECT Id, SiteName, EndpointUrl FROM RemoteProxy',
  fills: ['tooling.RemoteProxy'],
};
const REJECTION = { errorCode: 'INVALID_FIELD', message: "No such column 'EndpointUrl' on entity 'RemoteProxy'" };

/** An org whose Tooling describe of RemoteProxy is `fields` (or fails) and whose every Tooling query fails with `answer`. */
function org(fields: string[] | null, answer: unknown): OrgClient {
  const get = (url: string) => {
    if (url.includes('/describe') && fields) return Promise.resolve({ name: 'RemoteProxy', fields: fields.map((name) => ({ name })) });
    return Promise.reject(Object.assign(new Error('refused'), answer));
  };
  return { get } as unknown as OrgClient;
}

describe('a Tooling fallback that cannot read the data', () => {
  it('fails once more: the data is unreadable with both of Salesforce messages, and is not retried again', async () => {
    const again = { errorCode: 'INVALID_FIELD', message: "No such column 'SiteName' on entity 'RemoteProxy'" };
    const outcome = await readToolingInSimplerForm(org(['Id', 'SiteName'], again), [{ read: READ, rejection: REJECTION }], () => {});
    expect(outcome.answered).toEqual([]);
    expect(outcome.degraded).toEqual([
      {
        read: 'remoteSites',
        fallback: "fields the org's describe does not list dropped: EndpointUrl",
        message: `INVALID_FIELD: ${REJECTION.message}`,
        recovered: false,
      },
    ]);
    expect(outcome.unreadable).toEqual([
      {
        keys: ['tooling.RemoteProxy'],
        why: expect.stringMatching(/^INVALID_FIELD: No such column 'EndpointUrl'.*; the simpler form failed too: .*SiteName/) as unknown,
      },
    ]);
  });

  it('without a describe, has no simpler form: unreadable with the first answer', async () => {
    const outcome = await readToolingInSimplerForm(org(null, {}), [{ read: READ, rejection: REJECTION }], () => {});
    expect(outcome.degraded).toEqual([expect.objectContaining({ read: 'remoteSites', fallback: '', recovered: false })]);
    expect(outcome.unreadable[0].why).toMatch(
      /^INVALID_FIELD: No such column 'EndpointUrl'.*; the simpler form failed too: .*no simpler form/,
    );
  });
});
