import { describe, expect, it } from 'vitest';
import { SAMPLE, connect, emulator } from './sample-emulator.js';
import { base, createSet, postComposite } from './composite-requests.js';

describe('composite', () => {
  it('runs subrequests in order with @{ref.field} and nested @{ref.records[0].Id} references, as one API call', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const userQuery = `SELECT Id FROM User WHERE Username = '${SAMPLE.anna}'`;
    const result = await postComposite(conn, {
      allOrNone: true,
      compositeRequest: [
        createSet('ps', { Name: 'JustOn_Audit_Fix', Label: 'JustOn Audit Fix' }),
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
    const result = await postComposite(conn, {
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
