import { describe, expect, it } from 'vitest';
import type { Connection } from 'jsforce';
import { API_VERSION, connect, emulator } from './setup.js';

interface SubResponse { body: any; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string }
const base = `/services/data/v${API_VERSION}`;
const post = (conn: Connection, body: object) =>
  conn.requestPost<{ compositeResponse: SubResponse[] }>(`${base}/composite`, body);

describe('composite', () => {
  it('runs subrequests in order with @{ref.field} and nested @{ref.records[0].Id} references, as one API call', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const result = await post(conn, {
      allOrNone: false,
      compositeRequest: [
        { method: 'POST', url: `${base}/sobjects/Account`, referenceId: 'acc', body: { Name: 'Ref Co' } },
        { method: 'GET', url: `${base}/sobjects/Account/@{acc.id}`, referenceId: 'read' },
        { method: 'GET', url: `${base}/query?q=${encodeURIComponent('SELECT Id FROM Account LIMIT 1')}`, referenceId: 'q' },
        { method: 'PATCH', url: `${base}/sobjects/Account/@{q.records[0].Id}`, referenceId: 'upd', body: { Description: 'from @{read.Name}' } },
        { method: 'GET', url: `${base}/sobjects/Account/@{q.records[0].Id}?fields=Description`, referenceId: 'check' },
      ],
    });
    const [acc, read, q, upd, check] = result.compositeResponse;
    expect(acc).toEqual({
      body: { id: expect.stringMatching(/^001/), success: true, errors: [] },
      httpHeaders: { Location: `${base}/sobjects/Account/${acc!.body.id}` },
      httpStatusCode: 201,
      referenceId: 'acc',
    });
    expect(read).toMatchObject({ httpStatusCode: 200, body: { Id: acc!.body.id, Name: 'Ref Co' } });
    expect(q).toMatchObject({ httpStatusCode: 200, body: { totalSize: 1, done: true } });
    expect(upd).toEqual({ body: null, httpHeaders: {}, httpStatusCode: 204, referenceId: 'upd' });
    expect(check!.body.Description).toBe('from Ref Co');
    expect(emu.stats.apiCalls).toBe(1);
  });

  it('without allOrNone keeps earlier writes and halts only subrequests that reference a failure', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const result = await post(conn, {
      allOrNone: false,
      compositeRequest: [
        { method: 'POST', url: `${base}/sobjects/Account`, referenceId: 'good', body: { Name: 'Good' } },
        { method: 'POST', url: `${base}/sobjects/Account`, referenceId: 'bad', body: { Description: 'no name' } },
        { method: 'GET', url: `${base}/sobjects/Account/@{bad.id}`, referenceId: 'dependent' },
      ],
    });
    expect(result.compositeResponse.map((r) => r.httpStatusCode)).toEqual([201, 400, 400]);
    expect(result.compositeResponse[1]!.body).toEqual([
      { errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Name]', fields: ['Name'] },
    ]);
    expect(result.compositeResponse[2]!.body[0].errorCode).toBe('PROCESSING_HALTED');
    expect((await conn.query('SELECT Id FROM Account')).totalSize).toBe(8);
  });

  it('with allOrNone rolls back every write and reports 400 PROCESSING_HALTED for the others', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const result = await post(conn, {
      allOrNone: true,
      compositeRequest: [
        { method: 'POST', url: `${base}/sobjects/Account`, referenceId: 'first', body: { Name: 'Rolled back' } },
        { method: 'POST', url: `${base}/sobjects/Account`, referenceId: 'bad', body: { Description: 'no name' } },
        { method: 'DELETE', url: `${base}/sobjects/Account/@{first.id}`, referenceId: 'never' },
      ],
    });
    expect(result.compositeResponse.map((r) => [r.referenceId, r.httpStatusCode])).toEqual([['first', 400], ['bad', 400], ['never', 400]]);
    expect(result.compositeResponse[0]!.body[0].errorCode).toBe('PROCESSING_HALTED');
    expect(result.compositeResponse[1]!.body[0].errorCode).toBe('REQUIRED_FIELD_MISSING');
    expect(result.compositeResponse[2]!.body[0].errorCode).toBe('PROCESSING_HALTED');
    expect((await conn.query('SELECT Id FROM Account')).totalSize).toBe(7);
  });

  it('accepts a collections subrequest and refuses more than 25 subrequests with HTTP 400', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const ok = await post(conn, {
      compositeRequest: [{
        method: 'POST', url: `${base}/composite/sobjects`, referenceId: 'many',
        body: { allOrNone: false, records: [{ attributes: { type: 'Account' }, Name: 'X' }, { attributes: { type: 'Account' }, Name: 'Y' }] },
      }],
    });
    expect(ok.compositeResponse[0]).toMatchObject({ httpStatusCode: 200, body: [{ success: true }, { success: true }] });
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ method: 'GET', url: `${base}/sobjects/Account/describe`, referenceId: `d${i}` }));
    await expect(post(conn, { compositeRequest: tooMany })).rejects.toMatchObject({ errorCode: 'LIMIT_EXCEEDED' });
    expect(emu.stats.requests.map((r) => r.status)).toEqual([200, 400]);
  });
});
