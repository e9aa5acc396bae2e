import { describe, expect, it } from 'vitest';
import { API_VERSION, emulator } from '../server/sample-emulator.js';
import type { RunningEmulator } from '../../src/server.js';

/** `sf data query` sends the query again with `&columns=true` and lays out its table from the answer. */
async function columns(emu: RunningEmulator, soql: string, surface = '') {
  const url = `${emu.instanceUrl}/services/data/v${API_VERSION}${surface}/query?q=${encodeURIComponent(soql)}&columns=true`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${emu.accessToken}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { columnMetadata: Array<Record<string, unknown>> } };
}

const plain = { aggregate: false, custom: false, foreignKeyName: null, joinColumns: [] };

describe('query with columns=true answers column metadata, not rows', () => {
  it('fields, a parent relationship as one column with joinColumns, and a child subquery (REST)', async () => {
    const emu = await emulator();
    const soql = 'SELECT Id, Username, IsActive, Profile.Name, Profile.Id, (SELECT Id FROM PermissionSetAssignments) FROM User';
    const { status, body } = await columns(emu, soql);
    expect(status).toBe(200);
    expect(body).toEqual({
      columnMetadata: [
        {
          ...plain,
          apexType: 'Id',
          booleanType: false,
          columnName: 'Id',
          displayName: 'Id',
          insertable: false,
          numberType: false,
          textType: false,
          updatable: false,
        },
        {
          ...plain,
          apexType: 'String',
          booleanType: false,
          columnName: 'Username',
          displayName: 'Username',
          insertable: true,
          numberType: false,
          textType: true,
          updatable: true,
        },
        {
          ...plain,
          apexType: 'Boolean',
          booleanType: true,
          columnName: 'IsActive',
          displayName: 'IsActive',
          insertable: true,
          numberType: false,
          textType: false,
          updatable: true,
        },
        expect.objectContaining({
          aggregate: false,
          columnName: 'Profile',
          displayName: 'Profile',
          joinColumns: [
            expect.objectContaining({ columnName: 'Name', displayName: 'Profile.Name', textType: true, joinColumns: [] }),
            expect.objectContaining({ columnName: 'Id', displayName: 'Profile.Id', apexType: 'Id', joinColumns: [] }),
          ],
        }),
        expect.objectContaining({
          aggregate: true,
          columnName: 'PermissionSetAssignments',
          joinColumns: [expect.objectContaining({ columnName: 'Id', apexType: 'Id' })],
        }),
      ],
      entityName: 'User',
      groupBy: false,
      idSelected: true,
      keyPrefix: '005',
    });
    expect(body).not.toHaveProperty('records');
  });

  it('on the Tooling API, for COUNT(), and with SOQL errors as a plain query gives them', async () => {
    const emu = await emulator();
    const tooling = await columns(emu, 'SELECT Name FROM PermissionSet', '/tooling');
    expect(tooling.body).toMatchObject({
      entityName: 'PermissionSet',
      idSelected: false,
      keyPrefix: '0PS',
      columnMetadata: [{ columnName: 'Name' }],
    });
    const count = await columns(emu, 'SELECT COUNT() FROM User');
    expect(count.body.columnMetadata).toEqual([expect.objectContaining({ aggregate: true, columnName: 'expr0', joinColumns: [] })]);
    const bad = await columns(emu, 'SELECT Nope FROM User');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject([{ errorCode: 'INVALID_FIELD' }]);
  });
});
