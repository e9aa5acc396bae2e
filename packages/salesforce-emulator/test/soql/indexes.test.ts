import { describe, expect, it } from 'vitest';
import { orgWith } from './org-fixture.js';

/** 1 permission set pair, 500 users, one assignment each: enough that a scan would show. */
function bigOrg() {
  const users = Array.from({ length: 500 }, (_, i) => ({
    Id: `005EM${String(i).padStart(10, '0')}`,
    Username: `u${i}@x.example`,
    IsActive: i % 2 === 0,
  }));
  const sets = [
    { Id: '0PS000000000001AAA', Name: 'A' },
    { Id: '0PS000000000002AAA', Name: 'B' },
  ];
  const psa = users.map((u, i) => ({
    Id: `0PaEM${String(i).padStart(10, '0')}`,
    AssigneeId: u.Id,
    PermissionSetId: sets[i < 5 ? 0 : 1].Id,
  }));
  return orgWith({ User: users, PermissionSet: sets, PermissionSetAssignment: psa });
}

describe('index use', () => {
  const org = bigOrg();
  const run = (soql: string) => {
    const r = org.query(soql, { api: 'data' });
    return { r, stats: org.lastQueryStats };
  };

  it('Id IN (…) reads only the named rows', () => {
    const { r, stats } = run("SELECT Id FROM User WHERE Id IN ('005EM0000000003', '005EM0000000007') AND IsActive = false");
    expect(r.totalSize).toBe(2);
    expect(stats).toEqual({ index: 'Id', rowsExamined: 2 });
  });

  it('a reference filter uses that field’s index', () => {
    const { r, stats } = run("SELECT Id FROM PermissionSetAssignment WHERE PermissionSetId = '0PS000000000001AAA'");
    expect(r.totalSize).toBe(5);
    expect(stats).toEqual({ index: 'PermissionSetId', rowsExamined: 5 });
  });

  it('a semi-join feeds the outer Id index', () => {
    const { r, stats } = run(
      "SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSetId = '0PS000000000001AAA')",
    );
    expect(r.totalSize).toBe(5);
    expect(stats).toEqual({ index: 'Id', rowsExamined: 5 });
  });

  it('the smallest of several indexable conjuncts wins; OR falls back to a scan', () => {
    expect(
      run("SELECT Id FROM PermissionSetAssignment WHERE PermissionSetId = '0PS000000000002AAA' AND AssigneeId = '005EM0000000009'").stats,
    ).toEqual({ index: 'AssigneeId', rowsExamined: 1 });
    expect(
      run("SELECT Id FROM PermissionSetAssignment WHERE PermissionSetId = '0PS000000000001AAA' OR AssigneeId = '005EM0000000009'").stats,
    ).toEqual({ index: null, rowsExamined: 500 });
  });

  it("a filter on a parent's field picks rows through the reference index", () => {
    expect(run("SELECT Id FROM PermissionSetAssignment WHERE PermissionSet.Name = 'A'")).toMatchObject({
      r: { totalSize: 5 },
      stats: { index: 'PermissionSetId', rowsExamined: 5 },
    });
    expect(run("SELECT Id FROM PermissionSetAssignment WHERE Assignee.Username = 'u7@x.example'")).toMatchObject({
      r: { totalSize: 1 },
      stats: { index: 'AssigneeId', rowsExamined: 1 },
    });
  });

  it("a parent's yes/no field is no index; a selective conjunct beside it is", () => {
    expect(run('SELECT Id FROM PermissionSetAssignment WHERE Assignee.IsActive = true').stats).toEqual({ index: null, rowsExamined: 500 });
    expect(run("SELECT Id FROM PermissionSetAssignment WHERE Assignee.IsActive = true AND PermissionSet.Name = 'A'")).toMatchObject({
      r: { totalSize: 3 },
      stats: { index: 'PermissionSetId', rowsExamined: 5 },
    });
  });

  it("a parent's field compared so that a null reference could match scans the table", () => {
    expect(run("SELECT Id FROM PermissionSetAssignment WHERE PermissionSet.Name != 'B'")).toMatchObject({
      r: { totalSize: 5 },
      stats: { index: null, rowsExamined: 500 },
    });
    expect(run('SELECT Id FROM PermissionSetAssignment WHERE PermissionSet.Name = null').stats).toEqual({ index: null, rowsExamined: 500 });
  });
});
