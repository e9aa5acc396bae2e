import { describe, expect, it } from 'vitest';
import { RecordSink } from '../../src/collect/record-sink.js';

describe('RecordSink', () => {
  it('splits parent relationships and child subquery rows into records of their own type', () => {
    const sink = new RecordSink();
    sink.add([
      {
        attributes: { type: 'User' },
        Id: '005B',
        Username: 'b@x',
        IsActive: true,
        PermissionSetAssignments: {
          totalSize: 1,
          done: true,
          records: [
            {
              attributes: { type: 'PermissionSetAssignment' },
              Id: '0PaB',
              AssigneeId: '005B',
              PermissionSetId: '0PS1',
              PermissionSetGroupId: null,
              PermissionSet: { attributes: { type: 'PermissionSet' }, Id: '0PS1', Name: 'JustOn_Read_Write', NamespacePrefix: 'ONB2' },
              PermissionSetGroup: null,
            },
          ],
        },
      },
      { attributes: { type: 'User' }, Id: '005A', Username: 'a@x', IsActive: true, PermissionSetAssignments: null },
    ]);
    const records = sink.toRecords();
    expect(records.User.map((u) => u.Id)).toEqual(['005A', '005B']);
    expect(records.User[0]).toEqual({ Id: '005A', Username: 'a@x', IsActive: true });
    expect(records.PermissionSetAssignment).toEqual([
      { Id: '0PaB', AssigneeId: '005B', PermissionSetId: '0PS1', PermissionSetGroupId: null },
    ]);
    expect(records.PermissionSet).toEqual([{ Id: '0PS1', Name: 'JustOn_Read_Write', NamespacePrefix: 'ONB2' }]);
  });

  it('merges the same record seen through two queries and keeps declared empty types', () => {
    const sink = new RecordSink();
    sink.declare('PermissionSetGroup');
    sink.add([{ attributes: { type: 'PermissionSet' }, Id: '0PS1', Name: 'A' }]);
    sink.add([{ attributes: { type: 'PermissionSet' }, Id: '0PS1', Label: 'A label' }]);
    expect(sink.toRecords()).toEqual({ PermissionSet: [{ Id: '0PS1', Name: 'A', Label: 'A label' }], PermissionSetGroup: [] });
  });

  it('takes in pages flattened apart as if they had been added one after the other', () => {
    const pages = [
      [{ attributes: { type: 'PermissionSet' }, Id: '0PS1', Name: 'A' }],
      [
        { attributes: { type: 'PermissionSet' }, Id: '0PS2', Name: 'B' },
        { attributes: { type: 'PermissionSet' }, Id: '0PS1', Label: 'A label' },
      ],
    ];
    const whole = new RecordSink();
    pages.forEach((page) => whole.add(page));
    const merged = new RecordSink();
    merged.declare('PermissionSetGroup');
    const flattened = pages.map((page) => merged.flatten(page));
    expect(merged.toRecords()).toEqual({ PermissionSetGroup: [] });
    flattened.forEach((page) => merged.takeIn(page));
    expect(merged.toRecords()).toEqual({ ...whole.toRecords(), PermissionSetGroup: [] });
    expect(merged.toRecords().PermissionSet).toEqual([
      { Id: '0PS1', Name: 'A', Label: 'A label' },
      { Id: '0PS2', Name: 'B' },
    ]);
  });

  it("gives a child subquery's rows their reference to the parent, which the subquery leaves out, in the field table's order", () => {
    const sink = new RecordSink();
    sink.add([
      {
        attributes: { type: 'User' },
        Id: '005A',
        Username: 'a@x',
        PermissionSetAssignments: {
          totalSize: 1,
          done: true,
          records: [{ attributes: { type: 'PermissionSetAssignment' }, Id: '0PaA', PermissionSetId: '0PS1', ExpirationDate: null }],
        },
      },
    ]);
    const [assignment] = sink.toRecords().PermissionSetAssignment;
    expect(assignment).toEqual({ Id: '0PaA', AssigneeId: '005A', PermissionSetId: '0PS1', ExpirationDate: null });
    expect(Object.keys(assignment)).toEqual(['Id', 'AssigneeId', 'PermissionSetId', 'ExpirationDate']);
    expect(Object.getPrototypeOf(assignment)).toBe(Object.prototype);
  });
});
