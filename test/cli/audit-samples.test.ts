import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SalesforceApiError } from '@juston-audit/salesforce-emulator';
import { clean, withRecords } from '../harness/snapshots.js';
import { auditJson, cli, emulated, liveArgs, liveEnv, reportSchemaProblems, statuses, tempDir, type Served } from './helpers.js';
import { STABLE_RULE_IDS } from '../harness/rule-ids.js';

// The clean org is on the connected-app generation: platform/integration does not apply.
const CLEAN_OTHER: Record<string, string> = { 'support/login-access': 'manual', 'platform/integration': 'not-applicable' };
const CLEAN_STATUSES = Object.fromEntries(STABLE_RULE_IDS.map((id) => [id, CLEAN_OTHER[id] ?? 'pass']));

/** samples/README.md, "What is wrong in the misconfigured org": status and, for failures, the failing severity. */
const MISCONFIGURED: Record<string, [string, string | null]> = {
  'org/edition-supported': ['pass', null],
  'org/production-install': ['fail', 'note'],
  'package/installed': ['pass', null],
  'session/browser-caching-disabled': ['fail', 'warning'],
  'org/salesforce-features': ['fail', 'error'],
  'connected-app/admin-approved': ['fail', 'error'],
  'connected-app/profiles-authorized': ['fail', 'error'],
  'connected-app/users-authorized': ['fail', 'error'],
  'platform/integration': ['not-applicable', null],
  'access/shipped-permission-sets': ['fail', 'error'],
  'access/balance-object': ['fail', 'error'],
  'access/balance-fields': ['fail', 'error'],
  'access/balance-tab': ['fail', 'warning'],
  'access/task-type-field': ['fail', 'error'],
  'access/required-components': ['pass', null],
  'license/assigned': ['fail', 'error'],
  // A Trial licence expiring 12 days after the capture: the emulator serves the sample's dates moved to today.
  'license/status': ['fail', 'warning'],
  'install/admins-only': ['fail', 'warning'],
  'install/remote-sites-active': ['fail', 'error'],
  'support/login-access': ['manual', null],
  'jobs/scheduled': ['fail', 'error'],
  'jobs/failures': ['fail', 'warning'],
};

// eslint-disable-next-line no-control-regex -- the escape character is what a colour code starts with
const ANSI = /\u001b\[/;

let cleanOrg: Served;
let misconfiguredOrg: Served;
beforeAll(async () => {
  [cleanOrg, misconfiguredOrg] = await Promise.all([emulated('samples/clean-org.json'), emulated('samples/misconfigured-org.json')]);
});

describe('auditing the bundled sample orgs over HTTP (--instance-url, token from SF_ACCESS_TOKEN)', () => {
  it('clean org: every rule passes except support/login-access (manual); exit 0; JSON alone on stdout, valid against report.schema.json', async () => {
    const before = cleanOrg.emulator.stats.apiCalls;
    const { code, report, stdout, stderr } = await auditJson(cleanOrg);
    expect(code).toBe(0);
    expect(statuses(report)).toEqual(CLEAN_STATUSES);
    expect(Object.keys(statuses(report))).toEqual(STABLE_RULE_IDS);
    expect(reportSchemaProblems(report)).toEqual([]);
    expect(report.org).toMatchObject({ name: 'Acme Billing GmbH', isSandbox: false, instanceUrl: cleanOrg.emulator.instanceUrl });
    expect(report.summary.counts).toMatchObject({ pass: 20, fail: 0, manual: 1, inconclusive: 0, 'not-applicable': 1 });
    // The stats the report states are the calls the org saw.
    expect(report.stats.apiCalls).toBe(cleanOrg.emulator.stats.apiCalls - before);
    expect(report.stats.apiCalls).toBeGreaterThan(0);
    // No banner on stdout, no token anywhere, no warning about a token flag (it came from the environment).
    expect(stdout.trimStart().startsWith('{')).toBe(true);
    expect(stdout + stderr).not.toContain(cleanOrg.emulator.accessToken);
    expect(stderr).not.toMatch(/token on the command line/);
  });

  it('misconfigured org: the statuses and failing severities of samples/README.md; exit 1', async () => {
    const { code, report } = await auditJson(misconfiguredOrg);
    expect(code).toBe(1);
    const got = Object.fromEntries(
      report.results.map((r: { ruleId: string; status: string; failingSeverity: string | null }) => [
        r.ruleId,
        [r.status, r.failingSeverity],
      ]),
    );
    expect(got).toEqual(MISCONFIGURED);
    expect(reportSchemaProblems(report)).toEqual([]);
    expect(report.summary.counts).toMatchObject({ pass: 3, fail: 17, manual: 1, 'not-applicable': 1 });
    // Findings name the affected resources (README: Ada, Anna, Carla and Dan are not authorized on the app).
    const usersAuthorized = report.results.find((r: { ruleId: string }) => r.ruleId === 'connected-app/users-authorized');
    expect(usersAuthorized.findings.map((f: { resource: { name: string } }) => f.resource.name).sort()).toEqual([
      'ada.admin@nordwind.example',
      'anna.billing@nordwind.example',
      'carla.collections@nordwind.example',
      'dan.dunning@nordwind.example',
    ]);
  });

  it('misconfigured org, terminal report: summary line, no colour when piped, colour with --color, none with NO_COLOR on a terminal', async () => {
    const piped = await cli(liveArgs(misconfiguredOrg), { env: liveEnv(misconfiguredOrg) });
    expect(piped.code).toBe(1);
    expect(piped.stdout).toMatch(/Summary: 22 rules: 3 passed, 17 failed, 1 manual, 1 not applicable/);
    expect(piped.stdout).toContain("User 'carla.collections@nordwind.example' lacks Read, Create, Edit on");
    expect(piped.stdout).not.toMatch(ANSI);
    // Piped: no progress lines on stderr either.
    expect(piped.stderr).toBe('');
    for (const line of piped.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);

    const forced = await cli([...liveArgs(misconfiguredOrg), '--color'], { env: liveEnv(misconfiguredOrg) });
    expect(forced.stdout).toMatch(ANSI);
    const terminal = await cli(liveArgs(misconfiguredOrg), { env: liveEnv(misconfiguredOrg), tty: true });
    expect(terminal.stdout).toMatch(ANSI);
    const noColor = await cli(liveArgs(misconfiguredOrg), { env: { ...liveEnv(misconfiguredOrg), NO_COLOR: '1' }, tty: true });
    expect(noColor.stdout).not.toMatch(ANSI);
    const off = await cli([...liveArgs(misconfiguredOrg), '--no-color'], { env: liveEnv(misconfiguredOrg), tty: true });
    expect(off.stdout).not.toMatch(ANSI);
  });

  it('a token on the command line works but draws a warning, and is never printed', async () => {
    const { code, stderr, stdout } = await cli([
      ...liveArgs(cleanOrg),
      '--access-token',
      cleanOrg.emulator.accessToken,
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: a token on the command line is visible to other processes/);
    expect(stdout + stderr).not.toContain(cleanOrg.emulator.accessToken);
  });
});

describe('exit codes from the --fail-on gate', () => {
  let sandbox: Served;
  beforeAll(async () => {
    // The clean org as a sandbox: every rule passes except org/production-install, which fails as a note.
    sandbox = await emulated(withRecords(clean(), { Organization: (rows) => rows.map((o) => ({ ...o, IsSandbox: true })) }));
  });

  it('only passes and notes: exit 0 with the default --fail-on error and with warning, exit 1 with --fail-on note', async () => {
    const byDefault = await auditJson(sandbox);
    expect(byDefault.code).toBe(0);
    const failing = byDefault.report.results.filter((r: { status: string }) => r.status === 'fail');
    expect(failing.map((r: { ruleId: string; failingSeverity: string }) => [r.ruleId, r.failingSeverity])).toEqual([
      ['org/production-install', 'note'],
    ]);
    expect((await auditJson(sandbox, ['--fail-on', 'warning'])).code).toBe(0);
    expect((await auditJson(sandbox, ['--fail-on', 'note'])).code).toBe(1);
  });

  it('warnings fail the run from --fail-on warning down; errors at every level', async () => {
    // The misconfigured org fails at every severity.
    for (const level of ['error', 'warning', 'note']) expect((await auditJson(misconfiguredOrg, ['--fail-on', level])).code).toBe(1);
    // Only warnings and notes left once the error rules are off: exit 0 at error, 1 at warning.
    const errorRules = Object.entries(MISCONFIGURED)
      .filter(([, [, severity]]) => severity === 'error')
      .map(([id]) => id);
    const dir = tempDir();
    // Found from io.cwd, as juston-audit.config.json is from the working directory.
    writeFileSync(
      join(dir, 'juston-audit.config.json'),
      JSON.stringify({ rules: Object.fromEntries(errorRules.map((id) => [id, 'off'])) }),
    );
    const warningsOnly = await auditJson(misconfiguredOrg, [], { cwd: dir });
    expect(warningsOnly.report.results.map((r: { ruleId: string }) => r.ruleId)).not.toContain('license/assigned');
    expect(warningsOnly.code).toBe(0);
    expect((await auditJson(misconfiguredOrg, ['--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
  });
});

describe('inconclusive rules: exit 3 unless --allow-inconclusive', () => {
  let blind: Served;
  beforeAll(async () => {
    blind = await emulated(clean());
    // The running user lacks View Setup: Salesforce refuses SetupEntityAccess queries (as in test/collect/collect.test.ts).
    const query = blind.orgData.query.bind(blind.orgData);
    blind.orgData.query = (soql, options) => {
      if (/FROM SetupEntityAccess/.test(soql))
        throw new SalesforceApiError('INSUFFICIENT_ACCESS', 'insufficient access rights on object id', 403);
      return query(soql, options);
    };
  });

  it('the connected-app rules that need SetupEntityAccess are inconclusive, say why, and the run exits 3', async () => {
    const { code, report } = await auditJson(blind);
    expect(code).toBe(3);
    const inconclusive = Object.entries(statuses(report))
      .filter(([, status]) => status === 'inconclusive')
      .map(([id]) => id);
    expect(inconclusive).toEqual(expect.arrayContaining(['connected-app/profiles-authorized']));
    // Missing data never passes, and the rest of the audit still ran.
    for (const id of inconclusive) expect(id.startsWith('connected-app/')).toBe(true);
    expect(statuses(report)['access/balance-object']).toBe('pass');
    const reasons = report.results.filter((r: { status: string }) => r.status === 'inconclusive').map((r: { reason: string }) => r.reason);
    for (const reason of reasons) expect(reason).toMatch(/SetupEntityAccess|INSUFFICIENT_ACCESS/);
    expect(reportSchemaProblems(report)).toEqual([]);

    const terminal = await cli(liveArgs(blind), { env: liveEnv(blind) });
    expect(terminal.code).toBe(3);
    expect(terminal.stdout).toMatch(/inconclusive/i);
  });

  it('--allow-inconclusive: exit 0 when nothing else fails, and still 1 when something fails', async () => {
    expect((await auditJson(blind, ['--allow-inconclusive'])).code).toBe(0);
    expect((await auditJson(blind, ['--allow-inconclusive', '--fail-on', 'note'])).code).toBe(0);
    const query = misconfiguredOrg.orgData.query.bind(misconfiguredOrg.orgData);
    misconfiguredOrg.orgData.query = (soql, options) => {
      if (/FROM SetupEntityAccess/.test(soql))
        throw new SalesforceApiError('INSUFFICIENT_ACCESS', 'insufficient access rights on object id', 403);
      return query(soql, options);
    };
    try {
      expect((await auditJson(misconfiguredOrg)).code).toBe(3);
      expect((await auditJson(misconfiguredOrg, ['--allow-inconclusive'])).code).toBe(1);
    } finally {
      misconfiguredOrg.orgData.query = query;
    }
  });
});
