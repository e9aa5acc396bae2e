import { describe, expect, it } from 'vitest';
import { connect, emulator } from './setup.js';

describe('sObject rows and collections', () => {
  it('creates, retrieves, updates and deletes single records over /sobjects', async () => {
    const emu = await emulator();
    const accounts = connect(emu).sobject('Account');
    const created = await accounts.create({ Name: 'Acme' });
    expect(created).toEqual({ id: expect.stringMatching(/^001\w{15}$/), success: true, errors: [] });
    expect(await accounts.retrieve(created.id!)).toMatchObject({ Id: created.id, Name: 'Acme', attributes: { type: 'Account' } });
    expect(await accounts.update({ Id: created.id!, Name: 'Acme 2' })).toEqual({ id: created.id, success: true, errors: [] });
    expect(await accounts.retrieve(created.id!)).toMatchObject({ Name: 'Acme 2' });
    await accounts.destroy(created.id!);
    await expect(accounts.retrieve(created.id!)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    expect(emu.stats.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 201', 'GET 200', 'PATCH 204', 'GET 200', 'DELETE 204', 'GET 404',
    ]);
  });

  it('reports a failed single create as jsforce errorCode with fields', async () => {
    const emu = await emulator();
    await expect(connect(emu).sobject('Account').create({ Description: 'no name' })).rejects.toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
      data: { fields: ['Name'] },
    });
  });

  it('creates, updates and deletes arrays through /composite/sobjects as one call each', async () => {
    const emu = await emulator();
    const accounts = connect(emu).sobject('Account');
    const created = await accounts.create([{ Name: 'A' }, { Description: 'missing name' }, { Name: 'C' }]);
    expect(created.map((r) => r.success)).toEqual([true, false, true]);
    expect(created[1]).toEqual({
      success: false,
      errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Name]', fields: ['Name'] }],
    });
    const ids = [created[0]!.id!, created[2]!.id!];
    const updated = await accounts.update(ids.map((Id) => ({ Id, Name: `${Id}!` })));
    expect(updated).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));
    const fetched = await accounts.retrieve(ids, { fields: ['Id', 'Name'] });
    expect(fetched.map((r) => r?.Name)).toEqual(ids.map((id) => `${id}!`));
    const deleted = await accounts.destroy(ids);
    expect(deleted).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));
    expect(emu.stats.apiCalls).toBe(4);
    expect(emu.stats.requests.filter((r) => r.path.includes('/composite/sobjects'))).toHaveLength(4);
  });

  it('rolls back every record of an allOrNone collection when one fails', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const results = await conn.sobject('Account').create([{ Name: 'Kept?' }, { Description: 'bad' }], { allOrNone: true });
    expect(results[0]).toEqual({
      success: false,
      errors: [expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' })],
    });
    expect(results[1]!.errors[0]).toMatchObject({ statusCode: 'REQUIRED_FIELD_MISSING' });
    const count = await conn.query('SELECT Id FROM Account');
    expect(count.totalSize).toBe(7);
  });

  it('refuses more than 200 records with EXCEEDED_ID_LIMIT', async () => {
    const emu = await emulator();
    const records = Array.from({ length: 201 }, (_, i) => ({ Name: `N${i}` }));
    await expect(connect(emu).sobject('Account').create(records)).rejects.toMatchObject({ errorCode: 'EXCEEDED_ID_LIMIT' });
    expect((await connect(emu).query('SELECT Id FROM Account')).totalSize).toBe(7);
  });

  it('describes one sObject and the global list, on data and Tooling', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    expect(await conn.describe('Account')).toMatchObject({ name: 'Account', keyPrefix: '001', urls: { describe: expect.stringContaining('/sobjects/Account/describe') } });
    const global = await conn.describeGlobal();
    expect(global.sobjects.map((s) => s.name).sort()).toEqual(['Account', 'Profile', 'User']);
    const tooling = await conn.tooling.describeGlobal();
    expect(tooling.sobjects.map((s) => s.name)).toEqual(['RemoteProxy']);
    await expect(conn.describe('Nope__c')).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('serves the same record routes under /tooling/sobjects', async () => {
    const emu = await emulator();
    const proxies = connect(emu).tooling.sobject('RemoteProxy');
    const created = await proxies.create({ SiteName: 'New' });
    expect(created).toMatchObject({ success: true, id: expect.stringMatching(/^0rp/) });
    await proxies.update({ Id: created.id!, IsActive: false });
    expect(await proxies.retrieve(created.id!)).toMatchObject({ SiteName: 'New', IsActive: false });
    await proxies.destroy(created.id!);
    expect(emu.stats.requests.map((r) => `${r.method} ${r.path.replace(/\/0rp\w+/, '/ID')} ${r.api}`)).toEqual([
      'POST /services/data/v60.0/tooling/sobjects/RemoteProxy tooling',
      'PATCH /services/data/v60.0/tooling/sobjects/RemoteProxy/ID tooling',
      'GET /services/data/v60.0/tooling/sobjects/RemoteProxy/ID tooling',
      'DELETE /services/data/v60.0/tooling/sobjects/RemoteProxy/ID tooling',
    ]);
  });
});
