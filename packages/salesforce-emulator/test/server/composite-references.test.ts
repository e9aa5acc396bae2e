import { describe, expect, it } from 'vitest';
import { SAMPLE, connect, emulator } from './sample-emulator.js';
import { base, createSet, existingSets, postComposite } from './composite-requests.js';

// REST API "Composite Request Body" (requests_composite.htm, referenceId) and "Composite Subrequest Result"
// (resources_composite_subrequest_result.htm): the `.` and `[]` operators, case, null fields, fields not
// selected, illegal reference ids, each as documented for API 52.0 and later, and 51.0 where it differs.
const noValue = (expression: string, refId: string) =>
  `Invalid reference specified. No value for ${expression} found in ${refId}. Provided referenceId ('${expression}') ` +
  `must start with a letter or a number, and it can contain only letters, numbers and underscores ('_').`;
/** A query URL, encoded except for its `@{…}` references, as in the documented examples. */
const query = (soql: string) =>
  `${base}/query?q=${soql
    .split(/(@\{[^}]+\})/)
    .map((part) => (part.startsWith('@{') ? part : encodeURIComponent(part)))
    .join('')}`;

describe('composite references', () => {
  it('follow . and [] recursively, into query records and sObject Collections results, keeping JSON types', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      allOrNone: true,
      compositeRequest: [
        { method: 'GET', url: query(`SELECT Id, Profile.Name FROM User WHERE Username = '${SAMPLE.anna}'`), referenceId: 'anna' },
        {
          method: 'POST',
          url: `${base}/composite/sobjects`,
          referenceId: 'sets',
          body: {
            allOrNone: true,
            records: [{ attributes: { type: 'PermissionSet' }, Name: 'Ref_Set', Label: 'for @{anna.records[0].Profile.Name}' }],
          },
        },
        {
          method: 'POST',
          url: `${base}/sobjects/PermissionSetAssignment`,
          referenceId: 'assign',
          body: { PermissionSetId: '@{sets[0].id}', AssigneeId: '@{anna.records[0].Id}' },
        },
        { method: 'GET', url: `${base}/sobjects/PermissionSet/@{sets[0].id}?fields=Label,IsCustom`, referenceId: 'read' },
        createSet('typed', { Name: 'Typed_Set', Label: 'typed', HasActivationRequired: '@{read.IsCustom}' }),
      ],
    });
    expect(result.compositeResponse.map((r) => r.httpStatusCode)).toEqual([200, 200, 201, 200, 201]);
    const [anna, sets, , read] = result.compositeResponse;
    expect(read!.body.Label).toBe(`for ${anna!.body.records[0].Profile.Name}`);
    const assigned = await conn.query(`SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSetId = '${sets!.body[0].id}'`);
    expect(assigned.records.map((r) => r.AssigneeId)).toEqual([anna!.body.records[0].Id]);
    const typed = await conn.query<{ HasActivationRequired: unknown }>(
      "SELECT HasActivationRequired FROM PermissionSet WHERE Name = 'Typed_Set'",
    );
    expect(typed.records[0]!.HasActivationRequired).toBe(read!.body.IsCustom);
  });

  it('are case-sensitive: a create answers `id`, so @{ref.Id} finds no value', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      compositeRequest: [
        createSet('refSet', { Name: 'Ref_Set', Label: 'Ref' }),
        { method: 'GET', url: `${base}/sobjects/PermissionSet/@{refSet.Id}`, referenceId: 'wrongCase' },
      ],
    });
    expect(result.compositeResponse[1]).toEqual({
      body: [{ errorCode: 'PROCESSING_HALTED', message: noValue('refSet.Id', 'refSet') }],
      httpHeaders: {},
      httpStatusCode: 400,
      referenceId: 'wrongCase',
    });
  });

  it('to a field the parent query did not select find no value, also when the records hold it', async () => {
    const conn = connect(await emulator());
    const result = await postComposite(conn, {
      compositeRequest: [
        { method: 'GET', url: query(`SELECT Id FROM User WHERE Username = '${SAMPLE.anna}'`), referenceId: 'refUser' },
        { method: 'GET', url: query("SELECT Name FROM Profile WHERE Id = '@{refUser.records[0].ProfileId}'"), referenceId: 'profile' },
        { method: 'GET', url: query("SELECT Name FROM Profile WHERE Id = '@{refUser.records[1].Id}'"), referenceId: 'pastTheEnd' },
      ],
    });
    expect(result.compositeResponse.slice(1).map((r) => r.body[0].message)).toEqual([
      noValue('refUser.records[0].ProfileId', 'refUser'),
      noValue('refUser.records[1].Id', 'refUser'),
    ]);
  });

  it('to a null field resolve to null from API 52.0, and find no value up to 51.0', async () => {
    const conn = connect(await emulator());
    const request = (name: string) => ({
      compositeRequest: [
        { method: 'GET', url: `${base}/sobjects/PermissionSet/0PS5g0000000001AAA?fields=Description,Label`, referenceId: 'refSet' },
        createSet('copy', { Name: name, Label: '@{refSet.Label}', Description: '@{refSet.Description}' }),
      ],
    });
    const current = await postComposite(conn, request('Copy_52'));
    expect(current.compositeResponse.map((r) => r.httpStatusCode)).toEqual([200, 201]);
    const old = await postComposite(conn, request('Copy_51'), '51.0');
    expect(old.compositeResponse[1]).toMatchObject({
      httpStatusCode: 400,
      body: [{ errorCode: 'PROCESSING_HALTED', message: noValue('refSet.Description', 'refSet') }],
    });
    expect(await existingSets(conn, ['Copy_51', 'Copy_52'])).toEqual(['Copy_52']);
  });

  it('illegal characters in a referenceId fail the whole request from API 52.0 (JSON_PARSER_ERROR), only its dependents up to 51.0', async () => {
    const conn = connect(await emulator());
    const request = (suffix: string) => ({
      allOrNone: false,
      compositeRequest: [
        { ...createSet('refNewAccount[1]', { Name: `Illegal_${suffix}`, Label: 'x' }) },
        createSet('refNewContact', { Name: `Dependent_${suffix}`, Label: 'x', Description: '@{refNewAccount[1].id}' }),
        createSet('refNewAccount2', { Name: `Other_${suffix}`, Label: 'x' }),
      ],
    });
    const refused = await postComposite(conn, request('52')).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      errorCode: 'JSON_PARSER_ERROR',
      message:
        "Provided referenceId ('refNewAccount[1]') must start with a letter or a number, and it can contain only letters, numbers and underscores ('_').",
    });
    const old = await postComposite(conn, request('51'), '51.0');
    expect(old.compositeResponse.map((r) => [r.referenceId, r.httpStatusCode])).toEqual([
      ['refNewAccount[1]', 201],
      ['refNewContact', 400],
      ['refNewAccount2', 201],
    ]);
    expect(old.compositeResponse[1]!.body[0].message).toMatch(
      /^Invalid reference specified\. No value for refNewAccount\[1\]\.id found in refNewAccount\./,
    );
    expect(await existingSets(conn, ['Illegal_51', 'Dependent_51', 'Other_51', 'Illegal_52', 'Other_52'])).toEqual([
      'Illegal_51',
      'Other_51',
    ]);
  });

  it('a referenceId must start with a letter or a number (API 52.0 and later)', async () => {
    const conn = connect(await emulator());
    const refused = await postComposite(conn, { compositeRequest: [createSet('_set', { Name: 'Underscore', Label: 'x' })] }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ errorCode: 'JSON_PARSER_ERROR' });
    expect(await existingSets(conn, ['Underscore'])).toEqual([]);
  });
});
