import { describe, expect, it } from 'vitest';
import { SAMPLE, connect, countRows, emulator } from './sample-emulator.js';
import { base, createSet, createSets, existingSets, halted, postComposite } from './composite-requests.js';

// One test per case that REST API "allOrNone Parameters in Composite and Collections Requests"
// (resources_composite_allornone.htm) and "Composite Request Body" (requests_composite.htm) document.
const NAMES = ['Kept_One', 'Good_Record', 'Later_Set'];
const good = { Name: 'Good_Record', Label: 'Good record' };
const bad = { Label: 'no Name: REQUIRED_FIELD_MISSING' };
const rolledBackRecord = {
  success: false,
  errors: [
    {
      statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
      message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
      fields: [],
    },
  ],
};
const missingName = {
  success: false,
  errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: expect.stringContaining('Name'), fields: ['Name'] }],
};

describe('composite allOrNone: true', () => {
  it('a subrequest answering an error rolls back every write; it keeps its answer, every other one is 400 PROCESSING_HALTED', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: true,
      compositeRequest: [
        createSet('first', { Name: 'Kept_One', Label: 'Rolled back' }),
        { method: 'PATCH', url: `${base}/sobjects/PermissionSet/@{first.id}`, referenceId: 'edit', body: { Description: 'x' } },
        createSet('bad', bad),
        createSet('later', { Name: 'Later_Set', Label: 'Never run' }),
      ],
    });
    expect(result.compositeResponse).toEqual([
      halted('first'),
      halted('edit'),
      {
        body: [{ errorCode: 'REQUIRED_FIELD_MISSING', message: expect.stringContaining('Name'), fields: ['Name'] }],
        httpHeaders: {},
        httpStatusCode: 400,
        referenceId: 'bad',
      },
      halted('later'),
    ]);
    expect(await existingSets(conn, NAMES)).toEqual([]);
    expect(await countRows(conn, 'PermissionSet')).toBe(SAMPLE.permissionSets);
  });

  it('an unresolvable reference fails its subrequest and rolls back the rest', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: true,
      compositeRequest: [
        createSet('first', { Name: 'Kept_One', Label: 'Kept one' }),
        { method: 'GET', url: `${base}/sobjects/PermissionSet/@{first.Id}`, referenceId: 'wrongCase' },
      ],
    });
    expect(result.compositeResponse.map((r) => [r.referenceId, r.httpStatusCode, r.body[0].errorCode])).toEqual([
      ['first', 400, 'PROCESSING_HALTED'],
      ['wrongCase', 400, 'PROCESSING_HALTED'],
    ]);
    expect(result.compositeResponse[1]!.body[0].message).toMatch(/^Invalid reference specified\. No value for first\.Id found in first\./);
    expect(await existingSets(conn, NAMES)).toEqual([]);
  });

  it('case 3 (collections allOrNone true): the collection reports its record error, the rest is halted, nothing is written', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: true,
      collateSubrequests: false,
      compositeRequest: [createSets('newSets', true, [good, bad]), createSet('later', { Name: 'Later_Set', Label: 'Later' })],
    });
    expect(result.compositeResponse).toEqual([
      { body: [rolledBackRecord, missingName], httpHeaders: {}, httpStatusCode: 200, referenceId: 'newSets' },
      halted('later'),
    ]);
    expect(await existingSets(conn, NAMES)).toEqual([]);
  });

  it('case 4 (collections allOrNone false): the collection answers 200 with success:true for a record that is rolled back all the same', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: true,
      collateSubrequests: false,
      compositeRequest: [
        createSet('before', { Name: 'Kept_One', Label: 'Before' }),
        createSets('newSets', false, [good, bad]),
        createSet('later', { Name: 'Later_Set', Label: 'Later' }),
      ],
    });
    const [before, newSets, later] = result.compositeResponse;
    expect(before).toEqual(halted('before'));
    expect(newSets).toEqual({
      body: [{ id: expect.stringMatching(/^0PS/), success: true, errors: [] }, missingName],
      httpHeaders: {},
      httpStatusCode: 200,
      referenceId: 'newSets',
    });
    expect(later).toEqual(halted('later'));
    expect(await existingSets(conn, NAMES)).toEqual([]);
    expect((await conn.query(`SELECT Id FROM PermissionSet WHERE Id = '${newSets!.body[0].id}'`)).totalSize).toBe(0);
  });
});

describe('composite allOrNone: false', () => {
  it('case 1 (collections allOrNone false): the good record and the other subrequests are written, the bad record is not', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: false,
      compositeRequest: [
        createSets('newSets', false, [good, bad]),
        createSet('later', { Name: 'Later_Set', Label: 'Later' }),
        { method: 'GET', url: `${base}/sobjects/PermissionSet/@{newSets[0].id}?fields=Name`, referenceId: 'readGood' },
      ],
    });
    const [newSets, later, readGood] = result.compositeResponse;
    expect(newSets).toMatchObject({ httpStatusCode: 200, body: [{ success: true }, missingName] });
    expect(later).toMatchObject({ httpStatusCode: 201, body: { success: true } });
    expect(readGood).toMatchObject({ httpStatusCode: 200, body: { Name: 'Good_Record' } });
    expect(await existingSets(conn, NAMES)).toEqual(['Good_Record', 'Later_Set']);
  });

  it('case 2 (collections allOrNone true): the collection alone is rolled back; the other subrequests are written', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: false,
      compositeRequest: [
        createSet('before', { Name: 'Kept_One', Label: 'Before' }),
        createSets('newSets', true, [good, bad]),
        createSet('later', { Name: 'Later_Set', Label: 'Later' }),
        { method: 'GET', url: `${base}/sobjects/PermissionSet/@{newSets[0].id}`, referenceId: 'readGood' },
      ],
    });
    const [before, newSets, later, readGood] = result.compositeResponse;
    expect(before).toMatchObject({ httpStatusCode: 201 });
    expect(newSets).toEqual({ body: [rolledBackRecord, missingName], httpHeaders: {}, httpStatusCode: 200, referenceId: 'newSets' });
    expect(later).toMatchObject({ httpStatusCode: 201 });
    // the rolled-back record has no id to refer to
    expect(readGood).toMatchObject({ httpStatusCode: 400, body: [{ errorCode: 'PROCESSING_HALTED' }] });
    expect(await existingSets(conn, NAMES)).toEqual(['Kept_One', 'Later_Set']);
  });

  it('a failed subrequest: its dependents are not executed (PROCESSING_HALTED), the independent ones are, and earlier writes stay', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: false,
      compositeRequest: [
        createSet('first', { Name: 'Kept_One', Label: 'Kept' }),
        createSet('bad', bad),
        { method: 'PATCH', url: `${base}/sobjects/PermissionSet/@{bad.id}`, referenceId: 'dependent', body: { Description: 'x' } },
        createSet('later', { Name: 'Later_Set', Label: 'Later', Description: 'after @{first.id}' }),
      ],
    });
    expect(result.compositeResponse.map((r) => [r.referenceId, r.httpStatusCode])).toEqual([
      ['first', 201],
      ['bad', 400],
      ['dependent', 400],
      ['later', 201],
    ]);
    expect(result.compositeResponse[2]!.body).toEqual([
      {
        errorCode: 'PROCESSING_HALTED',
        message:
          "Invalid reference specified. No value for bad.id found in bad. Provided referenceId ('bad.id') must start with a letter or a number, and it can contain only letters, numbers and underscores ('_').",
      },
    ]);
    expect(await existingSets(conn, NAMES)).toEqual(['Kept_One', 'Later_Set']);
  });
});
