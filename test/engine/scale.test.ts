import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { clean, ids, withRecords } from '../harness/snapshots.js';

describe('scale', () => {
  it('audits an org with 2,000 JustOn users lacking access in seconds', () => {
    const users = Array.from({ length: 2000 }, (_, i) => ({
      Id: `005X${String(i).padStart(14, '0')}`,
      Username: `user${i}@big.example`,
      Name: `User ${i}`,
      IsActive: true,
      ProfileId: ids.standardProfile,
      UserType: 'Standard',
    }));
    const s = withRecords(clean(), {
      User: (rows) => [...rows, ...users],
      PermissionSetAssignment: (rows) => [
        ...rows,
        ...users.flatMap((u, i) => [
          { Id: `0PaA${i}`, AssigneeId: u.Id, PermissionSetId: ids.standardPs, PermissionSetGroupId: null, ExpirationDate: null },
          { Id: `0PaB${i}`, AssigneeId: u.Id, PermissionSetId: ids.readWritePs, PermissionSetGroupId: null, ExpirationDate: null },
        ]),
      ],
    });
    const started = Date.now();
    const r = evaluate(s);
    expect(Date.now() - started).toBeLessThan(10_000);
    const count = (id: string) => r.results.find((x) => x.ruleId === id)!.findings.length;
    expect(count('access/balance-object')).toBe(2000);
    expect(count('license/assigned')).toBe(2000);
    expect(new Set(r.results.flatMap((x) => x.findings.map((f) => f.fingerprint))).size).toBe(r.summary.findings);
  });
});
