import { describe, expect, it } from 'vitest';
import { API_VERSION, SAMPLE, connect, countRows, emulator } from './sample-emulator.js';

const permSet = (name: string) => ({ Name: name, Label: name.replace(/_/g, ' ') });

describe('sObject rows and collections', () => {
  it('creates, retrieves, updates and deletes single records over /sobjects', async () => {
    const emu = await emulator();
    const sets = connect(emu).sobject('PermissionSet');
    const created = await sets.create(permSet('Audit_Fix'));
    expect(created).toEqual({ id: expect.stringMatching(/^0PS\w{15}$/), success: true, errors: [] });
    expect(await sets.retrieve(created.id!)).toMatchObject({ Id: created.id, Name: 'Audit_Fix', attributes: { type: 'PermissionSet' } });
    expect(await sets.update({ Id: created.id!, Label: 'Renamed' })).toEqual({ id: created.id, success: true, errors: [] });
    expect(await sets.retrieve(created.id!)).toMatchObject({ Label: 'Renamed' });
    await sets.destroy(created.id!);
    await expect(sets.retrieve(created.id!)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    expect(emu.stats.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 201',
      'GET 200',
      'PATCH 204',
      'GET 200',
      'DELETE 204',
      'GET 404',
    ]);
  });

  it('reports a failed single create as jsforce errorCode with fields', async () => {
    const emu = await emulator();
    await expect(connect(emu).sobject('PermissionSet').create({ Label: 'no name' })).rejects.toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
      data: { fields: ['Name'] },
    });
  });

  it('creates, updates, retrieves and deletes arrays through /composite/sobjects as one call each', async () => {
    const emu = await emulator();
    const sets = connect(emu).sobject('PermissionSet');
    const created = await sets.create([permSet('A_1'), { Label: 'missing name' }, permSet('C_1')]);
    expect(created.map((r) => r.success)).toEqual([true, false, true]);
    expect(created[1]).toEqual({
      success: false,
      errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: expect.stringContaining('Name'), fields: ['Name'] }],
    });
    const ids = [created[0]!.id!, created[2]!.id!];
    const updated = await sets.update(ids.map((Id) => ({ Id, Label: `${Id}!` })));
    expect(updated).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));
    const fetched = await sets.retrieve(ids, { fields: ['Id', 'Label'] });
    expect(fetched.map((r) => r?.Label)).toEqual(ids.map((id) => `${id}!`));
    const deleted = await sets.destroy(ids);
    expect(deleted).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));
    expect(emu.stats.apiCalls).toBe(4);
    expect(emu.stats.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      `POST /services/data/v${API_VERSION}/composite/sobjects`,
      `PATCH /services/data/v${API_VERSION}/composite/sobjects`,
      `POST /services/data/v${API_VERSION}/composite/sobjects/PermissionSet`,
      `DELETE /services/data/v${API_VERSION}/composite/sobjects`,
    ]);
  });

  it('rolls back every record of an allOrNone collection when one fails', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const results = await conn.sobject('PermissionSet').create([permSet('Kept_Maybe'), { Label: 'bad' }], { allOrNone: true });
    expect(results[0]).toEqual({
      success: false,
      errors: [expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' })],
    });
    expect(results[1]!.errors[0]).toMatchObject({ statusCode: 'REQUIRED_FIELD_MISSING' });
    expect(await countRows(conn, 'PermissionSet')).toBe(SAMPLE.permissionSets);
  });

  it('refuses more than 200 records with EXCEEDED_ID_LIMIT and writes none', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const records = Array.from({ length: 201 }, (_, i) => permSet(`N_${i}`));
    await expect(conn.sobject('PermissionSet').create(records)).rejects.toMatchObject({ errorCode: 'EXCEEDED_ID_LIMIT' });
    expect(await countRows(conn, 'PermissionSet')).toBe(SAMPLE.permissionSets);
  });

  it('describes one sObject and the global list, on data and Tooling', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    expect(await conn.describe('PermissionSet')).toMatchObject({
      name: 'PermissionSet',
      keyPrefix: '0PS',
      urls: { describe: `/services/data/v${API_VERSION}/sobjects/PermissionSet/describe` },
    });
    const global = await conn.describeGlobal();
    expect(global.sobjects.map((s) => s.name)).toEqual(expect.arrayContaining(['PermissionSet', 'User', 'ONB2__Balance__c']));
    expect(global.sobjects.find((s) => s.name === 'ONB2__Balance__c')).toMatchObject({ custom: true });
    const tooling = await conn.tooling.describeGlobal();
    expect(tooling.sobjects.map((s) => s.name)).toContain('RemoteProxy');
    expect(tooling.sobjects.map((s) => s.name)).not.toContain('User');
    await expect(conn.describe('Nope__c')).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('serves the same record routes under /tooling/sobjects', async () => {
    const emu = await emulator();
    const sets = connect(emu).tooling.sobject('PermissionSet');
    const created = await sets.create(permSet('Tooling_Set'));
    expect(created).toMatchObject({ success: true, id: expect.stringMatching(/^0PS/) });
    await sets.update({ Id: created.id!, Label: 'Changed' });
    expect(await sets.retrieve(created.id!)).toMatchObject({ Name: 'Tooling_Set', Label: 'Changed' });
    await sets.destroy(created.id!);
    expect(emu.stats.requests.map((r) => `${r.method} ${r.path.replace(/\/0PS\w+/, '/ID')} ${r.api}`)).toEqual([
      `POST /services/data/v${API_VERSION}/tooling/sobjects/PermissionSet tooling`,
      `PATCH /services/data/v${API_VERSION}/tooling/sobjects/PermissionSet/ID tooling`,
      `GET /services/data/v${API_VERSION}/tooling/sobjects/PermissionSet/ID tooling`,
      `DELETE /services/data/v${API_VERSION}/tooling/sobjects/PermissionSet/ID tooling`,
    ]);
  });
});
