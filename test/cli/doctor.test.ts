import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { USER_PERMISSION_FIELDS } from '../../src/preflight/user-permissions.js';
import { cli, emulated, liveArgs, liveEnv, SAMPLE } from './helpers.js';

const clean = await loadSnapshot(SAMPLE.clean);
const withoutViewSetup = structuredClone(clean);
withoutViewSetup.records.UserPermissionAccess = [
  {
    Id: '0up000000000001AAA',
    ...Object.fromEntries(
      USER_PERMISSION_FIELDS.map((field) => [field, !['PermissionsViewSetup', 'PermissionsModifyAllData'].includes(field)]),
    ),
  },
];

describe('doctor and the preflight warnings', () => {
  it('doctor: all set for an administrator (exit 0), in one API call', async () => {
    const served = await emulated(clean);
    const result = await cli(['doctor', ...liveArgs(served)], { env: liveEnv(served) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/API budget: [\d,]+ of 100,000 daily requests left/);
    expect(result.stdout).toContain('All set');
    expect(served.emulator.stats.apiCalls).toBe(1);
  });

  it('doctor: a user without View Setup is told which rules go blind (exit 3)', async () => {
    const served = await emulated(withoutViewSetup);
    const result = await cli(['doctor', ...liveArgs(served)], { env: liveEnv(served) });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('✖ View Setup and Configuration');
    expect(result.stdout).toMatch(/access\/balance-fields.*needs View Setup and Configuration/);
  });

  it('the audit warns up front on stderr, and with --fix names the repairs it cannot apply', async () => {
    const served = await emulated(withoutViewSetup);
    const audit = await cli([...liveArgs(served), '--format', 'json'], { env: liveEnv(served) });
    expect(audit.stderr).toMatch(/these rules will be inconclusive:\n {2}- connected-app\/profiles-authorized/);
    expect(audit.stderr).not.toMatch(/repairs cannot be applied/);
    expect(() => JSON.parse(audit.stdout)).not.toThrow();
    const fix = await cli([...liveArgs(served), '--fix', '--dry-run'], { env: liveEnv(served) });
    expect(fix.stderr).toMatch(
      /These repairs cannot be applied .*\n {2}- connected-app\/profiles-authorized, connected-app\/users-authorized: authorizing/,
    );
  });

  it('refuses to start below the API floor, before reading anything', async () => {
    const served = await emulated(clean, { dailyApiLimit: 1000 });
    const result = await cli([...liveArgs(served), '--min-api-remaining', '99.95'], { env: liveEnv(served) });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^juston-audit: only 999 of 1000 daily API requests are left/);
    expect(served.emulator.stats.apiCalls).toBe(1);
  });
});
