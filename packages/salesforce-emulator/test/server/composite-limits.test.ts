import { describe, expect, it } from 'vitest';
import { connect, emulator } from './sample-emulator.js';
import { base, createSet, createSets, existingSets, postComposite } from './composite-requests.js';

// "You can have up to 25 subrequests in a single call. Up to 5 of these subrequests can be sObject
// Collections or query operations, including Query and QueryAll requests" (requests_composite.htm).
const describeUser = (i: number) => ({ method: 'GET', url: `${base}/sobjects/User/describe`, referenceId: `d${i}` });
const queryUsers = (i: number, resource = 'query') => ({
  method: 'GET',
  url: `${base}/${resource}?q=SELECT+Id+FROM+User`,
  referenceId: `q${i}`,
});

describe('composite limits', () => {
  it('serves 25 subrequests, 5 of them queries or collections, in one API call', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const result = await postComposite(conn, {
      compositeRequest: [
        queryUsers(0),
        queryUsers(1, 'queryAll'),
        queryUsers(2),
        createSets('sets', false, [{ Name: 'In_Collection', Label: 'x' }]),
        { method: 'GET', url: `${base}/composite/sobjects/User?ids=0055g0000000001AAA&fields=Id`, referenceId: 'retrieve' },
        ...Array.from({ length: 20 }, (_, i) => describeUser(i)),
      ],
    });
    expect(result.compositeResponse).toHaveLength(25);
    expect(result.compositeResponse.every((r) => r.httpStatusCode === 200)).toBe(true);
    expect(emu.stats.apiCalls).toBe(1);
  });

  it.each([
    [
      '26 subrequests',
      [createSet('first', { Name: 'Never_Written', Label: 'x' }), ...Array.from({ length: 25 }, (_, i) => describeUser(i))],
    ],
    [
      '6 queries and collections',
      [
        createSets('sets', false, [{ Name: 'Never_Written', Label: 'x' }]),
        queryUsers(0),
        queryUsers(1, 'queryAll'),
        queryUsers(2),
        queryUsers(3),
        { method: 'GET', url: `${base}/query/01g000000000000AAA-2000`, referenceId: 'more' },
      ],
    ],
  ])('refuses %s with HTTP 400 before running any of them', async (_name, compositeRequest) => {
    const emu = await emulator();
    const conn = connect(emu);
    await expect(postComposite(conn, { allOrNone: false, compositeRequest })).rejects.toMatchObject({ errorCode: 'LIMIT_EXCEEDED' });
    expect(emu.stats.requests.map((r) => r.status)).toEqual([400]);
    expect(await existingSets(conn, ['Never_Written'])).toEqual([]);
  });
});
