import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type yargsType from 'yargs';
import { COMMANDS } from '../../packages/sf-plugin/src/index.js';
import { reportOutputs } from '../../packages/sf-plugin/src/juston-audit.js';
import { auditOptions } from '../../src/cli/audit-options.js';
import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';
import { serveOrg } from '../harness/emulated-org.js';
import { STABLE_RULE_IDS } from '../harness/rule-ids.js';
import { githubExpression, sfCommandsIn } from './plugin-jobs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const SECRETS = ['SF_CLIENT_ID', 'SF_JWT_KEY', 'SF_USERNAME', 'SF_LOGIN_URL'];
const plugin = JSON.parse(readFileSync(join(root, 'packages/sf-plugin/package.json'), 'utf8')) as { name: string; version: string };
/** The Salesforce CLI release test:clients runs the plugin jobs' commands in (scripts/install-clients.mjs). */
const SF_CLI_VERSION = /export const SF_CLI = \{ name: '@salesforce\/cli', version: '([^']+)' \}/.exec(
  readFileSync(join(root, 'scripts/install-clients.mjs'), 'utf8'),
)![1];

type Yaml = any;

function loadYaml(name: string): { text: string; data: Yaml } {
  const text = readFileSync(join(root, 'examples', name), 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(
    doc.errors.map((e) => e.message),
    `${name} parses`,
  ).toEqual([]);
  expect(
    doc.warnings.map((e) => e.message),
    `${name} parses without warnings`,
  ).toEqual([]);
  return { text, data: doc.toJS() };
}

/** The audit command's flags, as the CLI declares them (src/cli/audit-options.ts, what --help lists). */
const yargs = createRequire(import.meta.url)('yargs') as typeof yargsType;
// getOptions() is public yargs API that @types/yargs does not declare.
const declared = auditOptions(yargs([])) as unknown as { getOptions(): { key: Record<string, unknown> } };
const KNOWN_FLAGS = new Set(Object.keys(declared.getOptions().key));

/** Shell words of a script, after joining backslash-newline continuations; quotes removed, variables kept. */
function shellWords(script: string): string[] {
  const words: string[] = [];
  for (const m of script.replace(/\\\n/g, ' ').matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

/** The juston-audit invocation in a script: its flags (with `--no-x` as `x`) and the files of `--output`. */
function auditCommand(script: string) {
  const words = shellWords(script);
  const start = words.findIndex((w) => w === 'juston-audit');
  expect(start, `no 'juston-audit' command in:\n${script}`).toBeGreaterThanOrEqual(0);
  const args = words.slice(start + 1);
  const flags = args.filter((w) => w.startsWith('--')).map((w) => w.slice(2).replace(/^no-/, ''));
  const outputs = args.flatMap((w, i) => (w === '--output' ? [args[i + 1]] : []));
  return { args, flags, outputs };
}

/**
 * The flags a `sf juston …` command accepts, as `--name` and `-c`: what its class declares and oclif renders in its
 * help, sf's global `--flags-dir` (SfCommand.baseFlags) and `--json` (enableJsonFlag) included.
 */
function pluginFlags(id: string): Set<string> {
  const command = COMMANDS[id.replace(/ /g, ':') as keyof typeof COMMANDS];
  expect(command, `sf ${id} is a command of the plugin`).toBeDefined();
  const flags = { ...command.baseFlags, ...command.flags } as Record<string, { char?: string }>;
  return new Set([
    ...Object.keys(flags).map((name) => `--${name}`),
    ...Object.values(flags).flatMap((flag) => (flag.char ? [`-${flag.char}`] : [])),
    ...(command.enableJsonFlag ? ['--json'] : []),
  ]);
}

/** Checks a plugin job's `sf juston audit`; returns its --target-org and the files of its --output flags. */
function checkPluginAudit(script: string) {
  const audits = sfCommandsIn(script).filter((command) => command.id.startsWith('juston '));
  expect(audits.map((command) => command.id)).toEqual(['juston audit']);
  const [{ flags, words }] = audits;
  const accepted = pluginFlags('juston audit');
  for (const flag of flags) expect(accepted.has(flag), `sf juston audit ${flag}`).toBe(true);
  const outputs = words.flatMap((w, i) => (w === '--output' ? [words[i + 1]] : []));
  const formats = reportOutputs(undefined, outputs)
    .filter((output) => output.file !== null)
    .map((output) => output.format);
  return { targetOrg: words[words.indexOf('--target-org') + 1], outputs, formats };
}

/** The plugin job's installs: the pinned CLI, the plugin of this version, put on sf's allowlist before it is installed. */
function checkPluginInstall(lines: string[], variables: Record<string, unknown>) {
  const resolve = (line: string) => line.replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_, a, b) => String(variables[a ?? b]));
  const cli = lines.findIndex((line) => /npm install -g/.test(line));
  expect(resolve(lines[cli])).toContain(`@salesforce/cli@${SF_CLI_VERSION}`);
  const allow = lines.findIndex((line) => /^\s*sf plugins trust allowlist add /.test(line));
  const install = lines.findIndex((line) => /^\s*sf plugins install /.test(line));
  expect(sfCommandsIn(lines[allow])[0].words).toEqual(['plugins', 'trust', 'allowlist', 'add', '--name', plugin.name]);
  expect(sfCommandsIn(resolve(lines[install]))[0].words).toEqual(['plugins', 'install', `${plugin.name}@${plugin.version}`]);
  expect(cli).toBeLessThan(allow);
  expect(allow).toBeLessThan(install);
}

/** The plugin job's JWT login: every secret through the environment, the key from the file the job wrote; returns the alias. */
function checkPluginLogin(script: string, keyFile: string): string {
  const [login] = sfCommandsIn(script);
  expect(login.id).toBe('org login jwt');
  const value = (flag: string) => login.words[login.words.indexOf(flag) + 1];
  expect([value('--client-id'), value('--jwt-key-file'), value('--username'), value('--instance-url')]).toEqual([
    '$SF_CLIENT_ID',
    keyFile,
    '$SF_USERNAME',
    '$SF_LOGIN_URL',
  ]);
  return value('--alias');
}

/** A shell runner: bash with the given environment and working directory. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-eo', 'pipefail', '-c', script], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const validateReport = compileOnce('report.schema.json');
const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const CLIENT_ID = 'JUSTON_AUDIT_CI';
let served: Awaited<ReturnType<typeof serveOrg>>;
let secrets: Record<string, string>;
const dirs: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** `juston-audit` on PATH runs this checkout's built bin, standing in for `npm install -g juston-audit@VERSION`. */
function shimPath(): string {
  const bin = temp('juston-bin-');
  writeFileSync(join(bin, 'juston-audit'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, pkg.bin['juston-audit'])}" "$@"\n`);
  chmodSync(join(bin, 'juston-audit'), 0o755);
  return `${bin}:${process.env.PATH}`;
}

beforeAll(async () => {
  if (!existsSync(join(root, pkg.bin['juston-audit'])))
    throw new Error("dist/cli.js is missing: run 'npm run build' first ('npm test' does)");
  // The misconfigured sample org, reachable with the JWT bearer flow the examples use.
  served = await serveOrg('samples/misconfigured-org.json', { clientId: CLIENT_ID, jwtPublicKey: keys.publicKey });
  secrets = {
    SF_CLIENT_ID: CLIENT_ID,
    SF_JWT_KEY: keys.privateKey,
    SF_USERNAME: served.emulator.username,
    SF_LOGIN_URL: served.emulator.loginUrl,
  };
});
afterAll(async () => {
  await served?.emulator.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Last night's snapshot of the misconfigured org: browser caching was still off. */
function lastNight() {
  const snapshot = JSON.parse(readFileSync(join(root, 'samples/misconfigured-org.json'), 'utf8'));
  snapshot.metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2 = false;
  return snapshot;
}

function expectNoInlinedSecret(text: string): void {
  expect(text).not.toMatch(/-----BEGIN/);
  expect(text).not.toMatch(/\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]+/);
  expect(text).not.toMatch(/[A-Za-z0-9+/]{40,}/);
  expect(text).not.toMatch(/--(access-token|password|security-token)\b/);
}

describe('examples/github-actions.yml', () => {
  const { text, data: workflow } = loadYaml('github-actions.yml');
  const job = Object.values(workflow.jobs as Record<string, Yaml>)[0];
  const steps: Yaml[] = job.steps;
  const auditStep = steps.find((s) => typeof s.run === 'string' && /^\s*juston-audit\b/m.test(s.run));
  const matrix = job.strategy.matrix.include as Array<Record<string, string>>;

  it('runs nightly and on demand, may write code-scanning results, and sets up Node 20', () => {
    expect(workflow.on.schedule[0].cron).toMatch(/^(\S+\s+){4}\S+$/);
    expect(Object.keys(workflow.on)).toContain('workflow_dispatch');
    expect(workflow.permissions['security-events']).toBe('write');
    const node = steps.find((s) => String(s.uses).startsWith('actions/setup-node@'));
    expect(String(node.with['node-version'])).toBe('20');
  });

  it('installs this version of juston-audit', () => {
    const install = steps.find((s) => /npm install -g|npx/.test(String(s.run)));
    const resolved = String(install.run).replace(
      /\$\{JUSTON_AUDIT_VERSION\}|\$JUSTON_AUDIT_VERSION/g,
      String(job.env?.JUSTON_AUDIT_VERSION ?? workflow.env?.JUSTON_AUDIT_VERSION),
    );
    expect(resolved).toContain(`juston-audit@${pkg.version}`);
  });

  it('authenticates with JWT from the four secrets, passed through env (never inlined, never in a script)', () => {
    expectNoInlinedSecret(text);
    const referenced = new Set<string>();
    for (const m of text.matchAll(/secrets\.([A-Z_]+)/g)) referenced.add(m[1]);
    for (const m of text.matchAll(/secrets\[matrix\.([a-z_]+)\]/g)) for (const entry of matrix) referenced.add(entry[m[1]]);
    expect([...referenced].sort()).toEqual([...SECRETS].sort());
    for (const step of steps) expect(String(step.run ?? ''), step.name).not.toMatch(/secrets/);
    const { flags } = auditCommand(auditStep.run);
    expect(flags).toEqual(expect.arrayContaining(['client-id', 'jwt-key-file', 'username', 'login-url']));
    const keyStep = steps.find((s) => String(s.run).includes('SF_JWT_KEY'));
    expect(keyStep.run).toMatch(/umask 077|chmod (0?600|go-rwx)/);
  });

  it('every flag of the audit command is one the CLI accepts; SARIF, Markdown and JSON are written', () => {
    const { flags, outputs } = auditCommand(auditStep.run);
    for (const flag of flags) expect(KNOWN_FLAGS.has(flag), `--${flag}`).toBe(true);
    expect(outputs).toEqual(expect.arrayContaining(['audit.sarif', 'audit.md', 'audit.json']));
    // The job fails on the audit's exit code.
    expect(auditStep['continue-on-error']).toBeUndefined();
    expect(auditStep.run).not.toMatch(/\|\|\s*(true|:)|;\s*exit 0/);
  });

  it("diffs the night's snapshot against last night's from the Actions cache, in the job summary, also when the audit failed", () => {
    const { flags, args } = auditCommand(auditStep.run);
    expect(flags).toContain('save-snapshot');
    const snapshot = args[args.indexOf('--save-snapshot') + 1];
    const restore = steps.find((s) => String(s.uses).startsWith('actions/cache/restore@'));
    const save = steps.find((s) => String(s.uses).startsWith('actions/cache/save@'));
    expect([restore.with.path, save.with.path]).toEqual([snapshot, snapshot]);
    expect(save.if).toMatch(/always\(\)/);
    expect(restore.with['restore-keys']).toBe(save.with.key.replace(/\$\{\{\s*github\.run_id\s*\}\}$/, ''));
    const diff = steps.find((s) => /^\s*juston-audit diff\b/m.test(String(s.run)));
    expect(diff.if).toMatch(/always\(\)/);
    expect(diff.run).toMatch(
      /juston-audit diff last-night\.snapshot\.json snapshot\.json --format markdown --output changes\.md \|\| \[ \$\? -eq 1 \]/,
    );
    expect(diff.run).toMatch(/changes\.md\s*>>\s*"?\$GITHUB_STEP_SUMMARY"?/);
    expect(steps.indexOf(restore)).toBeLessThan(steps.indexOf(auditStep));
    expect(steps.indexOf(diff)).toBeLessThan(steps.indexOf(save));
  });

  it('uploads SARIF per org, appends the Markdown to the job summary and keeps the JSON, also when the audit failed', () => {
    const sarif = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(sarif.with.sarif_file).toBe('audit.sarif');
    expect(sarif.with.category).toMatch(/\$\{\{\s*matrix\.org\s*\}\}/);
    expect(sarif.if).toMatch(/always\(\)/);
    const summary = steps.find((s) => String(s.run).includes('GITHUB_STEP_SUMMARY'));
    expect(summary.run).toMatch(/audit\.md\s*>>\s*"?\$GITHUB_STEP_SUMMARY"?/);
    expect(summary.if).toMatch(/always\(\)/);
    const artifact = steps.find((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(String(artifact.with.path)).toContain('audit.json');
    expect(artifact.if).toMatch(/always\(\)/);
    const cleanup = steps.find((s) => /rm -f .*sf-jwt\.key/.test(String(s.run)));
    expect(cleanup.if).toMatch(/always\(\)/);
  });

  it('runs as written: the shell steps log in with JWT against the emulated misconfigured org, fail the job with exit 1, and leave every report the later steps use', async () => {
    const workspace = temp('gha-workspace-');
    const runnerTemp = temp('gha-temp-');
    const stepSummary = join(runnerTemp, 'step-summary.md');
    writeFileSync(stepSummary, '');
    const entry = matrix[0];
    const PATH = shimPath();
    let failed = false;
    const seen: string[] = [];
    for (const step of steps) {
      const condition = String(step.if ?? '');
      const runs = condition ? evaluateIf(condition, workspace, failed) : !failed;
      if (!runs) continue;
      if (String(step.uses).startsWith('actions/cache/restore@')) {
        // The cache holds last night's snapshot: the same org with browser caching still off.
        writeFileSync(join(workspace, step.with.path), JSON.stringify(lastNight()));
        continue;
      }
      if (step.uses) {
        // Actions are not run here; the files they take must exist.
        for (const file of [step.with?.sarif_file, ...String(step.with?.path ?? '').split('\n')].filter(Boolean))
          expect(existsSync(join(workspace, file.trim())), `${step.name}: ${file}`).toBe(true);
        continue;
      }
      if (/npm install -g/.test(step.run)) continue; // the shim on PATH stands in for the installed package
      const env = Object.fromEntries(
        Object.entries({ ...workflow.env, ...job.env, ...step.env } as Record<string, string>).map(([k, v]) => [
          k,
          githubExpression(String(v), secrets, entry),
        ]),
      );
      const result = await bash(step.run, workspace, {
        ...env,
        PATH,
        HOME: runnerTemp,
        RUNNER_TEMP: runnerTemp,
        GITHUB_STEP_SUMMARY: stepSummary,
      });
      seen.push(`${step.name}: ${result.code}`);
      if (String(step.run).includes('SF_JWT_KEY') && result.code === 0)
        expect(statSync(join(runnerTemp, 'sf-jwt.key')).mode & 0o777).toBe(0o600);
      if (step === auditStep) {
        expect(result.code, result.stderr).toBe(1);
        expect(result.stdout + result.stderr).not.toContain(served.emulator.accessToken);
      } else {
        expect(result.code, `${step.name}: ${result.stderr}`).toBe(0);
      }
      if (result.code !== 0) failed = true;
    }
    expect(seen.some((s) => s.startsWith(`${auditStep.name}: 1`))).toBe(true);
    expect(existsSync(join(runnerTemp, 'sf-jwt.key'))).toBe(false);
    const summary = readFileSync(stepSummary, 'utf8');
    expect(summary).toMatch(/^## JustOn audit: Nordwind Handel GmbH/);
    expect(summary).toContain('## What changed in Nordwind Handel GmbH (Full Sandbox) (00D5g0000000002AAA)');
    expect(summary).toContain('- changed: MobileSettings.enableS1EncryptedStoragePref2: false → true');
    expect(seen).toContain("Keep last night's snapshot apart: 0");
    expect(JSON.parse(readFileSync(join(workspace, 'audit.sarif'), 'utf8')).version).toBe('2.1.0');
    const report = JSON.parse(readFileSync(join(workspace, 'audit.json'), 'utf8'));
    const validate = validateReport();
    expect(validate(report), describeSchemaErrors(validate.errors).join('\n')).toBe(true);
    expect(report.org.name).toBe('Nordwind Handel GmbH (Full Sandbox)');
  });
});

describe('examples/github-actions.yml, the sf plugin job', () => {
  const { data: workflow } = loadYaml('github-actions.yml');
  const [npxJob, job] = Object.values(workflow.jobs as Record<string, Yaml>);
  const steps: Yaml[] = job.steps;
  const step = (pattern: RegExp) => steps.find((s) => pattern.test(String(s.run ?? '')));
  const loginStep = step(/^\s*sf org login jwt\b/m);
  const auditStep = step(/^\s*sf juston audit\b/m);

  it('is the second job: Node 22, the pinned Salesforce CLI, the plugin of this version from the allowlist, the same org matrix', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['audit', 'audit-sf']);
    expect(job.strategy.matrix).toEqual(npxJob.strategy.matrix);
    const node = steps.find((s) => String(s.uses).startsWith('actions/setup-node@'));
    expect(String(node.with['node-version'])).toBe('22');
    const lines = steps.flatMap((s) => String(s.run ?? '').split('\n'));
    checkPluginInstall(lines, { ...workflow.env, ...job.env });
  });

  it('logs in with sf org login jwt: secrets through env, the key written owner-only, removed after the audit; logs out', () => {
    for (const s of steps) expect(String(s.run ?? ''), s.name).not.toMatch(/secrets/);
    expect(Object.keys(loginStep.env).sort()).toEqual(['SF_CLIENT_ID', 'SF_LOGIN_URL', 'SF_USERNAME']);
    const alias = checkPluginLogin(loginStep.run, '$RUNNER_TEMP/sf-jwt.key');
    expect(alias).toBe('$SF_ORG_ALIAS');
    expect(job.env.SF_ORG_ALIAS).toMatch(/\$\{\{\s*matrix\.org\s*\}\}/);
    const keyStep = step(/SF_JWT_KEY/);
    expect(keyStep.run).toMatch(/umask 077/);
    const cleanup = step(/rm -f .*sf-jwt\.key/);
    expect(cleanup.if).toMatch(/always\(\)/);
    const logout = step(/^\s*sf org logout\b/m);
    expect(sfCommandsIn(logout.run)[0].words).toEqual(['org', 'logout', '--target-org', alias, '--no-prompt']);
    expect(logout.if).toBe(`always() && steps.${loginStep.id}.outcome == 'success'`);
    expect(steps.indexOf(keyStep)).toBeLessThan(steps.indexOf(loginStep));
    expect(steps.indexOf(auditStep)).toBeLessThan(steps.indexOf(cleanup));
  });

  it('every flag of sf juston audit is one the plugin declares; it audits the login and writes SARIF, Markdown and JSON', () => {
    const { targetOrg, outputs, formats } = checkPluginAudit(auditStep.run);
    expect(targetOrg).toBe('$SF_ORG_ALIAS');
    expect(outputs).toEqual(['audit.sarif', 'audit.md', 'audit.json']);
    expect(formats).toEqual(['sarif', 'markdown', 'json']);
    expect(auditStep['continue-on-error']).toBeUndefined();
    expect(auditStep.run).not.toMatch(/\|\|\s*(true|:)|;\s*exit 0/);
  });

  it('uploads SARIF, adds the Markdown to the job summary and keeps the reports, also when the audit failed', () => {
    const sarif = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(sarif.with.sarif_file).toBe('audit.sarif');
    expect(sarif.if).toMatch(/always\(\)/);
    expect(step(/audit\.md\s*>>\s*"?\$GITHUB_STEP_SUMMARY"?/).if).toMatch(/always\(\)/);
    const artifact = steps.find((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(String(artifact.with.path).trim().split('\n')).toEqual(['audit.json', 'audit.sarif', 'audit.md']);
    expect(artifact.if).toMatch(/always\(\)/);
    // Both jobs may run in one workflow: artifact names must differ.
    const npxArtifact = npxJob.steps.find((s: Yaml) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(artifact.with.name).not.toBe(npxArtifact.with.name);
  });
});

/** The `if:` forms the example uses: always(), hashFiles('f') != '', joined with &&. */
function evaluateIf(condition: string, workspace: string, failed: boolean): boolean {
  return (
    condition
      .split('&&')
      .map((part) => part.trim())
      .every((part) => {
        if (part === 'always()') return true;
        if (part === 'success()') return !failed;
        const hash = /^hashFiles\('([^']+)'\)\s*!=\s*''$/.exec(part);
        if (hash) return existsSync(join(workspace, hash[1]));
        throw new Error(`unexpected condition ${part}`);
      }) &&
    (condition.includes('always()') || !failed)
  );
}

describe('examples/gitlab-ci.yml', () => {
  const { text, data: pipeline } = loadYaml('gitlab-ci.yml');
  const [jobName, job] = Object.entries(pipeline as Record<string, Yaml>).find(
    ([, value]) => value && typeof value === 'object' && 'script' in value,
  )!;
  const script: string[] = job.script;
  const auditLine = script.find((line) => /^\s*juston-audit\b/.test(line))!;
  let firstNight: string | undefined;

  it('runs on a schedule (and by hand) on Node 20, installing this version of juston-audit', () => {
    expect(jobName).toBe('juston-audit');
    expect(job.image).toMatch(/^node:20\b/);
    expect(job.rules.map((r: { if: string }) => r.if)).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    const install = [...(job.before_script ?? []), ...script].find((line: string) => /npm install -g|npx/.test(line));
    expect(install.replace(/\$\{JUSTON_AUDIT_VERSION\}|\$JUSTON_AUDIT_VERSION/g, job.variables.JUSTON_AUDIT_VERSION)).toContain(
      `juston-audit@${pkg.version}`,
    );
  });

  it('authenticates with JWT from CI/CD variables: none inlined, the key written owner-only and removed', () => {
    expectNoInlinedSecret(text);
    for (const name of SECRETS) expect(text).toContain(`$${name}`);
    for (const name of SECRETS.filter((n) => n !== 'SF_JWT_KEY')) expect(job.variables?.[name]).toBeUndefined();
    expect(script.join('\n')).toMatch(/umask 077|chmod (0?600|go-rwx)/);
    expect(job.after_script.join('\n')).toMatch(/rm -f "?\$SF_JWT_KEY_FILE"?/);
  });

  it('every flag is one the CLI accepts; JUnit, SARIF, Markdown and JSON are kept as artifacts even when the job fails', () => {
    const { flags, outputs } = auditCommand(auditLine);
    for (const flag of flags) expect(KNOWN_FLAGS.has(flag), `--${flag}`).toBe(true);
    expect(flags).toEqual(expect.arrayContaining(['client-id', 'jwt-key-file', 'username', 'login-url']));
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports.junit).toBe('audit.xml');
    expect(outputs).toContain(job.artifacts.reports.junit);
    for (const file of ['audit.sarif', 'audit.md', 'audit.json', 'audit.xml']) {
      expect(outputs).toContain(file);
      expect(job.artifacts.paths).toContain(file);
    }
    expect(job.allow_failure).toBeUndefined();
  });

  it("keeps each night's snapshot in the job cache, per org and branch, saved also when the job fails", () => {
    const { args } = auditCommand(auditLine);
    const snapshot = args[args.indexOf('--save-snapshot') + 1];
    expect(job.cache.paths).toEqual([snapshot]);
    expect(job.cache.when).toBe('always');
    expect(job.cache.key).toMatch(/\$CI_COMMIT_REF_SLUG/);
    expect(job.cache.key).toMatch(/\$JUSTON_AUDIT_ORG/);
    expect(job.variables.JUSTON_AUDIT_ORG).toBeTruthy();
    // Last night's snapshot is moved aside before the audit writes tonight's.
    const aside = script.findIndex((line) => line.includes(`mv ${snapshot} last-night.snapshot.json`));
    expect(aside).toBeGreaterThanOrEqual(0);
    expect(aside).toBeLessThan(script.indexOf(auditLine));
  });

  it('diffs tonight against last night in after_script (which runs whatever the exit code) and keeps changes.md', () => {
    const diff = (job.after_script as string[]).find((line) => line.includes('juston-audit diff'))!;
    expect(diff).toMatch(
      /juston-audit diff last-night\.snapshot\.json snapshot\.json --format markdown --output changes\.md \|\| \[ \$\? -eq 1 \]/,
    );
    const { flags } = auditCommand(diff.replace('juston-audit diff', 'juston-audit'));
    for (const flag of flags) expect(['format', 'output'], `--${flag}`).toContain(flag);
    expect(job.artifacts.paths).toContain('changes.md');
  });

  /** One scheduled run: before_script (without the install) and script as GitLab runs them, then after_script. */
  async function night(workspace: string, overrides: Record<string, string> = {}) {
    const keyFile = join(temp('gitlab-temp-'), 'sf-jwt.key');
    // Job variables, with the key file moved off /tmp (as a CI/CD variable may override a job variable).
    const env = {
      ...job.variables,
      SF_JWT_KEY_FILE: keyFile,
      ...secrets,
      ...overrides,
      PATH: shimPath(),
      HOME: workspace,
      CI_PIPELINE_SOURCE: 'schedule',
      CI_COMMIT_REF_SLUG: 'main',
    };
    const before = (job.before_script as string[]).filter((line) => !/npm install -g/.test(line));
    const result = await bash([...before, ...script].join('\n'), workspace, env);
    const keyMode = existsSync(keyFile) ? statSync(keyFile).mode & 0o777 : null;
    const after = await bash(job.after_script.join('\n'), workspace, env);
    expect(after.code, after.stderr).toBe(0);
    expect(existsSync(keyFile)).toBe(false);
    expect(result.stdout + result.stderr + after.stdout + after.stderr).not.toContain(served.emulator.accessToken);
    return { result, after, keyMode };
  }

  it('runs as written, first night: logs in with JWT against the emulated misconfigured org, exits 1, leaves the artifacts and a snapshot to cache, and no diff', async () => {
    const workspace = temp('gitlab-workspace-');
    const { result, after, keyMode } = await night(workspace);
    expect(result.code, result.stderr).toBe(1);
    expect(keyMode).toBe(0o600);
    for (const file of (job.artifacts.paths as string[]).filter((f) => f !== 'changes.md'))
      expect(existsSync(join(workspace, file)), file).toBe(true);
    expect(existsSync(join(workspace, 'changes.md'))).toBe(false);
    expect(after.stdout).toBe('');
    expect(existsSync(join(workspace, job.cache.paths[0]))).toBe(true);
    const junit = readFileSync(join(workspace, job.artifacts.reports.junit), 'utf8');
    expect(junit.match(/<testcase\b/g)).toHaveLength(STABLE_RULE_IDS.length);
    expect(junit.match(/<failure\b/g)).toHaveLength(17);
    firstNight = readFileSync(join(workspace, job.cache.paths[0]), 'utf8');
  });

  it("second night: the cache holds the first night's snapshot (browser caching changed since), and changes.md says what changed", async () => {
    expect(firstNight).toBeDefined();
    const workspace = temp('gitlab-workspace-');
    const cached = JSON.parse(firstNight!);
    cached.metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2 = false;
    writeFileSync(join(workspace, job.cache.paths[0]), JSON.stringify(cached));
    const { result, after } = await night(workspace);
    expect(result.code, result.stderr).toBe(1);
    const changes = readFileSync(join(workspace, 'changes.md'), 'utf8');
    expect(changes).toContain('## What changed in Nordwind Handel GmbH (Full Sandbox) (00D5g0000000002AAA)');
    expect(changes).toContain('- changed: MobileSettings.enableS1EncryptedStoragePref2: false → true');
    expect(after.stdout).toContain(changes.trim());
    // Tonight's snapshot is what the cache keeps for tomorrow.
    const tonight = JSON.parse(readFileSync(join(workspace, job.cache.paths[0]), 'utf8'));
    expect(tonight.metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2).toBe(true);
  });

  it("a night whose audit stops before its snapshot keeps last night's in the cache, and diffs nothing", async () => {
    const workspace = temp('gitlab-workspace-');
    const cached = JSON.stringify(lastNight());
    writeFileSync(join(workspace, job.cache.paths[0]), cached);
    const { result } = await night(workspace, { SF_USERNAME: 'nobody@nordwind.example' });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/JWT login \(OAuth token endpoint\) failed/);
    expect(existsSync(join(workspace, 'changes.md'))).toBe(false);
    expect(readFileSync(join(workspace, job.cache.paths[0]), 'utf8')).toBe(cached);
  });
});

describe('examples/gitlab-ci.yml, the sf plugin job', () => {
  const { data: pipeline } = loadYaml('gitlab-ci.yml');
  const job = pipeline['juston-audit-sf'];
  const script: string[] = job.script;
  const loginLine = script.find((line) => /^\s*sf org login jwt\b/.test(line))!;
  const auditLine = script.find((line) => /^\s*sf juston audit\b/.test(line))!;

  it('is a second job: Node 22, the pinned Salesforce CLI, the plugin of this version from the allowlist, on the same triggers', () => {
    expect(job.image).toMatch(/^node:22\b/);
    expect(job.rules).toEqual(pipeline['juston-audit'].rules);
    checkPluginInstall(job.before_script, job.variables);
  });

  it('logs in with sf org login jwt from CI/CD variables: the key written owner-only, removed after the audit; logs out', () => {
    for (const name of SECRETS) expect(job.variables?.[name]).toBeUndefined();
    const alias = checkPluginLogin(loginLine, '$SF_JWT_KEY_FILE');
    expect(alias).toBe('$SF_ORG_ALIAS');
    expect(job.variables.SF_ORG_ALIAS).toBeTruthy();
    expect(script.join('\n')).toMatch(/umask 077/);
    expect(script.findIndex((line) => line.includes('$SF_JWT_KEY"'))).toBeLessThan(script.indexOf(loginLine));
    expect(job.after_script[0]).toMatch(/^rm -f "\$SF_JWT_KEY_FILE"$/);
    const logout = sfCommandsIn(job.after_script.join('\n')).find((command) => command.id === 'org logout')!;
    expect(logout.words).toEqual(['org', 'logout', '--target-org', alias, '--no-prompt']);
  });

  it('every flag of sf juston audit is one the plugin declares; JUnit, SARIF, Markdown and JSON are kept as artifacts even when the job fails', () => {
    const { targetOrg, outputs, formats } = checkPluginAudit(auditLine);
    expect(targetOrg).toBe('$SF_ORG_ALIAS');
    expect(formats).toEqual(['sarif', 'markdown', 'json', 'junit']);
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.paths).toEqual(outputs);
    expect(job.artifacts.reports.junit).toBe('audit.xml');
    expect(job.allow_failure).toBeUndefined();
    expect(auditLine).not.toMatch(/\|\|\s*(true|:)|;\s*exit 0/);
  });
});
