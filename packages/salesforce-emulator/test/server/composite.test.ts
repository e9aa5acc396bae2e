import { describe, expect, it } from 'vitest';
import type { Connection } from 'jsforce';
import { API_VERSION, SAMPLE, connect, emulator } from './sample-emulator.js';

interface SubResponse {
  body: any;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}
const base = `/services/data/v${API_VERSION}`;
const post = (conn: Connection, body: object) => conn.requestPost<{ compositeResponse: SubResponse[] }>(`${base}/composite`, body);
const create = (referenceId: string, body: object) => ({ method: 'POST', url: `${base}/sobjects/PermissionSet`, referenceId, body });

describe('composite', () => {
  it('runs subrequests in order with @{ref.field} and nested @{ref.records[0].Id} references, as one API call', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const userQuery = `SELECT Id FROM User WHERE Username = '${SAMPLE.anna}'`;
    const result = await post(conn, {
      allOrNone: true,
      compositeRequest: [
        create('ps', { Name: 'JustOn_Audit_Fix', Label: 'JustOn Audit Fix' }),
        { method: 'GET', url: `${base}/sobjects/PermissionSet/@{ps.id}`, referenceId: 'read' },
        { method: 'GET', url: `${base}/query?q=${encodeURIComponent(userQuery)}`, referenceId: 'user' },
        {
          method: 'POST',
          url: `${base}/sobjects/PermissionSetAssignment`,
          referenceId: 'psa',
          body: { PermissionSetId: '@{ps.id}', AssigneeId: '@{user.records[0].Id}' },
        },
        { method: 'PATCH', url: `${base}/sobjects/PermissionSet/@{ps.id}`, referenceId: 'upd', body: { Description: 'for @{read.Label}' } },
        { method: 'GET', url: `${base}/sobjects/PermissionSet/@{ps.id}?fields=Description`, referenceId: 'check' },
      ],
    });
    const [ps, read, user, psa, upd, check] = result.compositeResponse;
    expect(ps).toEqual({
      body: { id: expect.stringMatching(/^0PS/), success: true, errors: [] },
      httpHeaders: { Location: `${base}/sobjects/PermissionSet/${ps!.body.id}` },
      httpStatusCode: 201,
      referenceId: 'ps',
    });
    expect(read).toMatchObject({ httpStatusCode: 200, body: { Id: ps!.body.id, Label: 'JustOn Audit Fix' } });
    expect(user).toMatchObject({ httpStatusCode: 200, body: { totalSize: 1, done: true } });
    expect(psa).toMatchObject({ httpStatusCode: 201, body: { success: true } });
    expect(upd).toEqual({ body: null, httpHeaders: {}, httpStatusCode: 204, referenceId: 'upd' });
    expect(check!.body.Description).toBe('for JustOn Audit Fix');
    expect(emu.stats.apiCalls).toBe(1);
    const assigned = await conn.query(`SELECT Id FROM PermissionSetAssignment WHERE PermissionSetId = '${ps!.body.id}'`);
    expect(assigned.totalSize).toBe(1);
  });

  it('resolves @{ref.records[0].Id} inside a query, and fails the dependent subrequest when the query found nothing', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const grants = (ref: string) =>
      `${base}/query?q=${encodeURIComponent("SELECT Id FROM SetupEntityAccess WHERE SetupEntityId = '")}@{${ref}.records[0].Id}${encodeURIComponent("'")}`;
    const apps = (name: string) => `${base}/query?q=${encodeURIComponent(`SELECT Id FROM ConnectedApplication WHERE Name = '${name}'`)}`;
    const result = await post(conn, {
      allOrNone: false,
      compositeRequest: [
        { method: 'GET', url: apps('JustOn Platform'), referenceId: 'app' },
        { method: 'GET', url: grants('app'), referenceId: 'grants' },
        { method: 'GET', url: apps('No Such App'), referenceId: 'none' },
        { method: 'GET', url: grants('none'), referenceId: 'noGrants' },
      ],
    });
    const [app, found, none, noGrants] = result.compositeResponse;
    expect(app!.body.totalSize).toBe(1);
    expect(found).toMatchObject({ httpStatusCode: 200 });
    expect(none).toMatchObject({ httpStatusCode: 200, body: { totalSize: 0 } });
    expect(noGrants).toMatchObject({ httpStatusCode: 400, body: [{ errorCode: 'PROCESSING_HALTED' }] });
    expect(emu.stats.apiCalls).toBe(1);
  });
});
