import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';
import { USER_PERMISSION_FIELDS } from '../../src/preflight/user-permissions.js';
import { cli, emulated, liveArgs, liveEnv, parseReport, SAMPLE } from './helpers.js';

const validateDoctor = compileOnce('doctor.schema.json');
const schemaProblems = (json: unknown) => (validateDoctor()(json) ? [] : describeSchemaErrors(validateDoctor().errors));

const clean = await loadSnapshot(SAMPLE.clean);
const withoutViewSetup = structuredClone(clean);
withoutViewSetup.records.UserPermissionAccess = [
  { Id: '0up000000000001AAA', ...Object.fromEntries(USER_PERMISSION_FIELDS.map((field) => [field, field !== 'PermissionsViewSetup'])) },
];

describe('doctor --format json', () => {
  it('a clean org: the org, its API usage, every permission held, nothing blind (exit 0), in one API call, no token', async () => {
    const served = await emulated(clean, { dailyApiLimit: 1000 });
    const result = await cli(['doctor', '--format', 'json', ...liveArgs(served)], { env: liveEnv(served) });
    expect(result.code, result.stderr).toBe(0);
    const doctor = parseReport(result);
    expect(schemaProblems(doctor)).toEqual([]);
    expect(doctor.format).toBe('juston-audit.doctor/v1');
    expect(doctor.org).toEqual({
      id: clean.records.Organization[0].Id,
      name: clean.records.Organization[0].Name,
      instanceUrl: served.emulator.instanceUrl,
    });
    // The doctor's own call is the first the emulator counts.
    expect(doctor.apiUsage).toEqual({ used: 1, max: 1000, remaining: 999, remainingPercent: 99.9 });
    expect(doctor.permissions.missing).toEqual([]);
    expect(doctor.permissions.unknown).toEqual([]);
    expect(doctor.permissions.held).toContainEqual({ name: 'PermissionsViewSetup', label: 'View Setup and Configuration' });
    expect(doctor.blind).toEqual([]);
    expect(doctor.unfixable).toEqual([]);
    expect(doctor.problems).toEqual([]);
    expect(doctor.outcome).toBe('ok');
    expect(served.emulator.stats.apiCalls).toBe(1);
    expect(result.stdout).not.toContain(served.emulator.accessToken);
  });

  it('a user without View Setup: the permission is missing and the rules that read setup data are listed as blind (exit 3)', async () => {
    const served = await emulated(withoutViewSetup);
    const result = await cli(['doctor', '--format', 'json', ...liveArgs(served)], { env: liveEnv(served) });
    expect(result.code).toBe(3);
    const doctor = parseReport(result);
    expect(schemaProblems(doctor)).toEqual([]);
    expect(doctor.permissions.missing).toEqual([{ name: 'PermissionsViewSetup', label: 'View Setup and Configuration' }]);
    expect(doctor.blind.map((gap: { what: string }) => gap.what)).toEqual([
      'reading permission sets, assignments, setup entity access and Apex jobs',
      'reading installed packages, remote sites and flows (Tooling API)',
    ]);
    for (const gap of doctor.blind) expect(gap.missing).toEqual(['View Setup and Configuration']);
    const blindRules = doctor.blind.flatMap((gap: { rules: string[] }) => gap.rules);
    expect(blindRules).toContain('access/balance-fields');
    expect(blindRules).toContain('connected-app/profiles-authorized');
    expect(doctor.outcome).toBe('incomplete');
    expect(result.stdout).not.toContain(served.emulator.accessToken);
  });

  it('the terminal text is the default, unchanged by the JSON option', async () => {
    const served = await emulated(clean);
    const text = await cli(['doctor', ...liveArgs(served)], { env: liveEnv(served) });
    const terminal = await cli(['doctor', '--format', 'terminal', ...liveArgs(served)], { env: liveEnv(served) });
    expect(text.stdout).toMatch(/^Org: http:\/\/127\.0\.0\.1:\d+\nAPI budget: /);
    expect(terminal.stdout.replace(/[\d,]+ of/, 'N of')).toBe(text.stdout.replace(/[\d,]+ of/, 'N of'));
  });

  it('an unknown --format is a usage error (exit 2)', async () => {
    const result = await cli(['doctor', '--format', 'sarif', '--instance-url', 'http://127.0.0.1:9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/format/);
  });
});
