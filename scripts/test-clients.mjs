// npm run test:clients: the real Salesforce CLI (pinned, cached outside the repository by install-clients.mjs)
// logs into `juston-audit emulator --org samples/clean-org.json` with an access token and with JWT, displays
// the orgs, shows the access token, queries (data and Tooling API) and lists limits; then juston-audit audits
// the emulated org through the CLI's saved login (-o ALIAS). Every step prints its command and JSON result
// (secrets redacted) and asserts what it expects; the first failure ends the run with exit 1.
// Then the plugin (packages/sf-plugin) is linked into the CLI and `sf juston …` runs through the same logins, and
// through a third one to an emulated misconfigured org (failing rules, repairs to plan). Last, the CI examples' sf
// plugin jobs: every flag of their `sf` commands is checked against that command's `--help`, and their login and
// audit steps run as written (installs left out) against the misconfigured org, logged in with JWT.
// Needs the built CLI and plugin (dist/, packages/sf-plugin/lib/: npm ci and npm run build make them).
import { execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { helpLists, loadPluginJobs, runGithubJob, runGitlabJob, sfCommandsOf } from '../test/examples/plugin-jobs.mjs';
import { clientsCache, installClients } from './install-clients.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const SAMPLE = 'samples/clean-org.json';
const MISCONFIGURED_SAMPLE = 'samples/misconfigured-org.json';
const PLUGIN = 'packages/sf-plugin';
const PLUGIN_FLAGS = [
  '--target-org',
  '--api-version',
  '--json',
  '--output',
  '--format',
  '--fail-on',
  '--config',
  '--baseline',
  '--fix',
  '--dry-run',
  '--yes',
];
const TOKEN_ALIAS = 'emu-token';
const JWT_ALIAS = 'emu-jwt';

class StepFailure extends Error {}

/** Every secret seen (emulator credentials, tokens in sf's answers) is masked in what this script prints. */
const secrets = new Set();
// Salesforce session ids and access tokens look like `00D…!…` (as src/support/redact-secrets.ts masks them).
const SESSION_ID = /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\-+/=]+/g;
const SECRET_KEY = /token|password|secret|assertion/i;

function redact(text) {
  let out = text.replace(SESSION_ID, '[REDACTED]');
  for (const secret of secrets) out = out.split(secret).join('[REDACTED]');
  return out;
}

function collectSecrets(value, key = '') {
  if (typeof value === 'string' && SECRET_KEY.test(key) && value.length >= 8) secrets.add(value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectSecrets(v, k);
}

const log = (line) => process.stdout.write(`${redact(line)}\n`);

function expectThat(condition, message) {
  if (!condition) throw new StepFailure(message);
}

/** Runs a command; resolves with exit code, stdout and stderr (never rejects on a non-zero exit). */
function run(command, args, env, cwd = root) {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** argv`org display --target-org ${alias}`: the literal text split at spaces, each \${value} one argument. */
const argv = (strings, ...values) =>
  strings.flatMap((text, i) => [...text.split(/\s+/).filter(Boolean), ...(i < values.length ? [String(values[i])] : [])]);

/** `sf ARGS --json`: logs the command and its JSON answer, asserts status 0, returns `result`. */
async function sf(env, args) {
  const command = `sf ${args.map((arg) => (/\s/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')} --json`;
  log(`$ ${command}`);
  const { code, stdout, stderr } = await run('sf', [...args, '--json'], env);
  let answer;
  try {
    answer = JSON.parse(stdout);
  } catch {
    throw new StepFailure(`${command} printed no JSON (exit ${code}): ${stdout.slice(0, 300)} ${stderr.slice(0, 300)}`);
  }
  collectSecrets(answer);
  log(`→ ${JSON.stringify(answer)}`);
  expectThat(code === 0 && answer.status === 0, `${command} failed (exit ${code}): ${answer.name}: ${answer.message}`);
  return answer.result;
}

/** `node dist/cli.js emulator …` in a process of its own; resolves with its ready line. */
async function startEmulator(args) {
  const child = spawn(process.execPath, [cli, 'emulator', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new StepFailure(`juston-audit emulator exited (${code}) before it was ready: ${stderr.trim()}`)));
  });
  return { child, ready: JSON.parse(line) };
}

/** A HOME and CLI state of its own, the CLI's network features off, `sf` on PATH running on the Node it needs. */
function isolatedEnv(work, clients) {
  const bin = join(work, 'bin');
  mkdirSync(bin);
  const quote = (path) => `'${path.replaceAll("'", `'\\''`)}'`;
  writeFileSync(join(bin, 'sf'), `#!/bin/sh\nexec ${quote(clients.node)} ${quote(clients.sfRunJs)} "$@"\n`);
  chmodSync(join(bin, 'sf'), 0o755);
  const home = join(work, 'home');
  return {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: home,
    TMPDIR: work,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    SF_DATA_DIR: join(home, 'sf-data'),
    SF_CACHE_DIR: join(home, 'sf-cache'),
    SF_CONFIG_DIR: join(home, 'sf-config'),
    SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_HIDE_RELEASE_NOTES: 'true',
    SF_DISABLE_LOG_FILE: 'true',
  };
}

async function main() {
  expectThat(existsSync(cli), `${cli} is missing: run npm run build first`);
  const started = Date.now();
  const clients = await installClients(clientsCache(), log);
  log(`@salesforce/cli ${clients.sfVersion} runs on Node ${clients.nodeVersion}`);
  const work = mkdtempSync(join(tmpdir(), 'juston-audit-clients-'));
  let emulator;
  let misconfigured;
  try {
    const env = isolatedEnv(work, clients);
    const sample = JSON.parse(readFileSync(join(root, SAMPLE), 'utf8'));
    const orgId = sample.records.Organization[0].Id;
    const jwtKeyFile = join(work, 'jwt', 'server.key');
    log(`$ juston-audit emulator --org ${SAMPLE} --generate-jwt-key ${jwtKeyFile}`);
    emulator = await startEmulator(['--org', SAMPLE, '--generate-jwt-key', jwtKeyFile]);
    const { instanceUrl, username, accessToken, password, clientId } = emulator.ready;
    // sf keeps one login per username (a second login of the same user drops the first alias): JWT logs in another user.
    const jwtUser = sample.records.User.find((user) => user.IsActive && user.Username !== username)?.Username;
    secrets.add(accessToken).add(password);
    log(`→ ${JSON.stringify(emulator.ready)}`);

    const tokenLogin = await sf(
      { ...env, SF_ACCESS_TOKEN: accessToken },
      argv`org login access-token --instance-url ${instanceUrl} --alias ${TOKEN_ALIAS} --no-prompt`,
    );
    expectThat(tokenLogin.username === username && tokenLogin.orgId === orgId, `access-token login: expected ${username} in ${orgId}`);
    const jwtLogin = await sf(
      env,
      argv`org login jwt --client-id ${clientId} --jwt-key-file ${jwtKeyFile} --username ${jwtUser} --instance-url ${instanceUrl} --alias ${JWT_ALIAS}`,
    );
    expectThat(jwtLogin.username === jwtUser && jwtLogin.orgId === orgId, `JWT login: expected ${jwtUser} in ${orgId}`);

    for (const alias of [TOKEN_ALIAS, JWT_ALIAS]) {
      const display = await sf(env, argv`org display --target-org ${alias}`);
      expectThat(
        display.connectedStatus === 'Connected',
        `org display ${alias}: connectedStatus ${display.connectedStatus}, expected Connected`,
      );
      expectThat(/^\d+\.0$/.test(display.apiVersion ?? ''), `org display ${alias}: apiVersion ${display.apiVersion}, expected one`);
      expectThat(display.id === orgId, `org display ${alias}: id ${display.id}, expected ${orgId}`);
      const shown = await sf(env, argv`org auth show-access-token --target-org ${alias} --no-prompt`);
      expectThat(typeof shown.accessToken === 'string' && shown.accessToken.length > 0, `show-access-token ${alias}: no token`);
      if (alias === TOKEN_ALIAS) expectThat(shown.accessToken === accessToken, 'show-access-token: not the token the login was given');
    }

    const users = await sf(env, argv`data query --query ${'SELECT Id, Name FROM User'} --target-org ${JWT_ALIAS}`);
    const names = sample.records.User.map((user) => user.Name).sort();
    expectThat(
      JSON.stringify(users.records.map((r) => r.Name).sort()) === JSON.stringify(names),
      `data query: expected users ${names.join(', ')}`,
    );
    const toolingQuery = 'SELECT Id, SiteName, EndpointUrl FROM RemoteProxy';
    const proxies = await sf(env, argv`data query --use-tooling-api --query ${toolingQuery} --target-org ${TOKEN_ALIAS}`);
    const expectedSites = sample.tooling.RemoteProxy.map((proxy) => proxy.SiteName);
    expectThat(
      JSON.stringify(proxies.records.map((r) => r.SiteName)) === JSON.stringify(expectedSites),
      `Tooling query: expected ${expectedSites}`,
    );
    const limits = await sf(env, argv`org list limits --target-org ${TOKEN_ALIAS}`);
    const daily = limits.find((limit) => limit.name === 'DailyApiRequests');
    expectThat(
      daily && daily.max > 0 && daily.remaining > 0 && daily.remaining < daily.max,
      'org list limits: expected DailyApiRequests with calls used',
    );

    log(`$ juston-audit -o ${TOKEN_ALIAS} --format json`);
    const audit = await run(process.execPath, [cli, '-o', TOKEN_ALIAS, '--format', 'json'], env);
    let report;
    try {
      report = JSON.parse(audit.stdout);
    } catch {
      throw new StepFailure(`juston-audit -o ${TOKEN_ALIAS} printed no JSON report (exit ${audit.code}): ${audit.stderr.trim()}`);
    }
    log(`→ exit ${audit.code}, org ${JSON.stringify(report.org)}, summary ${JSON.stringify(report.summary)}`);
    expectThat(
      audit.code === 0,
      `juston-audit -o ${TOKEN_ALIAS}: exit ${audit.code}, expected 0 for the clean sample: ${audit.stderr.trim()}`,
    );
    expectThat(report.org?.id === orgId && report.org?.instanceUrl === instanceUrl, `juston-audit -o ${TOKEN_ALIAS}: audited another org`);
    const misconfiguredKeyFile = join(work, 'jwt', 'misconfigured.key');
    misconfigured = await startEmulator(['--org', MISCONFIGURED_SAMPLE, '--generate-jwt-key', misconfiguredKeyFile]);
    await pluginSteps(env, work, { orgId, misconfigured: misconfigured.ready });
    await exampleSteps(env, work, { ready: misconfigured.ready, keyFile: misconfiguredKeyFile });
    log(`test:clients passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    emulator?.child.kill('SIGTERM');
    misconfigured?.child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

/** `sf ARGS` without --json; logs the command, its exit code and the first lines it printed. */
async function sfText(env, args, cwd = root) {
  log(`$ sf ${args.join(' ')}`);
  const answer = await run('sf', args, env, cwd);
  const head = (text) => text.trim().split('\n').slice(0, 4).join(' | ');
  log(`→ exit ${answer.code}; stdout: ${head(answer.stdout)}; stderr: ${head(answer.stderr)}`);
  // A linked ESM plugin run from lib/ must not make oclif warn (ts-node, "cannot be auto-transpiled", …).
  expectThat(!/warning/i.test(answer.stderr), `sf ${args.join(' ')}: sf warned: ${head(answer.stderr)}`);
  return answer;
}

/** `sf juston audit ARGS --json`: the envelope's status must be the exit code; returns the envelope. */
async function sfJustonJson(env, args, expectedStatus) {
  log(`$ sf juston ${args.join(' ')} --json`);
  const { code, stdout } = await run('sf', ['juston', ...args, '--json'], env);
  let envelope;
  try {
    envelope = JSON.parse(stdout);
  } catch {
    throw new StepFailure(`sf juston ${args.join(' ')} --json printed no JSON (exit ${code}): ${stdout.slice(0, 300)}`);
  }
  log(
    `→ exit ${code}, status ${envelope.status}, ${envelope.result?.summary ? `summary ${JSON.stringify(envelope.result.summary)}` : envelope.result?.format ? `result ${envelope.result.format}, outcome ${envelope.result.outcome}` : `name ${envelope.name}`}`,
  );
  expectThat(
    code === expectedStatus && envelope.status === expectedStatus,
    `sf juston ${args.join(' ')} --json: exit ${code}, status ${envelope.status}, expected ${expectedStatus}: ${envelope.message ?? ''}`,
  );
  return envelope;
}

/** `sf plugins link` the plugin, then every `sf juston` command against the emulated orgs. */
// oclif runs a linked ESM plugin from its compiled lib/ (package.json#oclif.commands.target) and warns on every
// command that it cannot transpile src/; this oclif variable turns off that warning alone (any other fails a step).
const linkedPluginEnv = (cliEnv) => ({ ...cliEnv, OCLIF_DISABLE_LINKED_ESM_WARNING: 'true' });

async function pluginSteps(cliEnv, work, { orgId, misconfigured }) {
  const env = linkedPluginEnv(cliEnv);
  const linked = await sfText(env, ['plugins', 'link', PLUGIN, '--no-install']);
  expectThat(linked.code === 0, `sf plugins link ${PLUGIN}: exit ${linked.code}`);
  // With the plugin's oclif.manifest.json (npm run build writes it) sf lists juston's commands without importing
  // them: another command loads none of the plugin's modules (without it: about 1,900, and 0.7 s more a call).
  log('$ NODE_DEBUG=module sf org list');
  const other = await run('sf', ['org', 'list'], { ...env, NODE_DEBUG: 'module' });
  const loaded = other.stderr.split('\n').filter((line) => line.includes(join(root, 'node_modules'))).length;
  log(`→ exit ${other.code}; modules loaded from ${join(root, 'node_modules')}: ${loaded}`);
  expectThat(
    other.code === 0 && loaded === 0,
    `sf org list with the plugin linked loaded ${loaded} of its modules (is oclif.manifest.json missing?)`,
  );

  for (const alias of [TOKEN_ALIAS, JWT_ALIAS]) {
    const { result } = await sfJustonJson(env, ['audit', '-o', alias], 0);
    expectThat(
      result.org?.id === orgId && result.summary?.counts?.fail === 0,
      `sf juston audit -o ${alias}: expected a passing report of ${orgId}`,
    );
  }
  const doctor = await sfText(env, ['juston', 'doctor', '-o', TOKEN_ALIAS]);
  expectThat(doctor.code === 0 && doctor.stdout.includes('Org: '), `sf juston doctor: exit ${doctor.code}, expected 0 and the preflight`);
  const { result: preflight } = await sfJustonJson(env, ['doctor', '-o', TOKEN_ALIAS], 0);
  expectThat(
    preflight.org?.id === orgId && preflight.apiUsage?.remaining > 0 && preflight.blind?.length === 0,
    `sf juston doctor --json: expected ${orgId}'s API usage and no blind rules, got ${JSON.stringify(preflight)}`,
  );

  const MISCONFIGURED_ALIAS = 'emu-misconfigured';
  await sf(
    { ...env, SF_ACCESS_TOKEN: misconfigured.accessToken },
    argv`org login access-token --instance-url ${misconfigured.instanceUrl} --alias ${MISCONFIGURED_ALIAS} --no-prompt`,
  );
  secrets.add(misconfigured.accessToken).add(misconfigured.password);
  const failing = await sfJustonJson(env, ['audit', '-o', MISCONFIGURED_ALIAS], 1);
  expectThat(failing.result.summary?.counts?.fail > 0, 'sf juston audit of the misconfigured org: expected failing rules');
  const sarifFile = join(work, 'audit.sarif');
  const sarifRun = await sfText(env, ['juston', 'audit', '-o', MISCONFIGURED_ALIAS, '--output', sarifFile]);
  expectThat(
    sarifRun.code === 1 && sarifRun.stdout.includes('Summary:'),
    `sf juston audit --output: exit ${sarifRun.code}, expected 1 and the terminal report`,
  );
  expectThat(
    sarifRun.stdout.includes('sf juston audit --fix would repair'),
    'sf juston audit: expected "sf juston audit --fix would repair"',
  );
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  expectThat(sarif.version === '2.1.0' && sarif.runs?.[0]?.results?.length > 0, `${sarifFile}: expected SARIF 2.1.0 with results`);
  const dryRun = await sfText(env, ['juston', 'audit', '-o', MISCONFIGURED_ALIAS, '--fix', '--dry-run']);
  expectThat(
    dryRun.code === 1 && /Fix plan for [\s\S]*Changes \(\d+\)/.test(dryRun.stdout),
    `sf juston audit --fix --dry-run: exit ${dryRun.code}, expected 1 and the plan`,
  );

  // A repair applied through the plugin (its journal goes to the working directory), then undone by `sf juston rollback`.
  const fixed = await sfText(env, ['juston', 'audit', '-o', MISCONFIGURED_ALIAS, '--fix', '--yes'], work);
  const journal = /^Undo with: sf juston rollback --target-org \S+ (\S+)$/m.exec(fixed.stdout)?.[1];
  expectThat(
    (fixed.code === 0 || fixed.code === 1) && /Verification: [1-9]\d* verified/.test(fixed.stdout) && journal && existsSync(journal),
    `sf juston audit --fix --yes: exit ${fixed.code}, expected verified repairs and a journal to undo them with`,
  );
  const { result: rolledBack } = await sfJustonJson(env, ['rollback', journal, '-o', MISCONFIGURED_ALIAS, '--yes'], 0);
  const applied = JSON.parse(readFileSync(journal, 'utf8')).events.filter((e) => e.phase === 'apply' && e.action === 'applied');
  expectThat(
    rolledBack.status === 'rolled-back' && rolledBack.restored?.length === applied.length,
    `sf juston rollback --json: expected all ${applied.length} applied changes restored, got ${rolledBack.status}, ${rolledBack.restored?.length}`,
  );

  const help = await sfText(env, ['juston', 'audit', '--help']);
  const missing = PLUGIN_FLAGS.filter((flag) => !help.stdout.includes(flag));
  expectThat(help.code === 0 && missing.length === 0, `sf juston audit --help: missing ${missing.join(', ')}`);
  const rules = await sfText(env, ['juston', 'rules']);
  expectThat(rules.code === 0 && rules.stdout.includes('access/balance-fields'), 'sf juston rules: expected the rule list');
  const explain = await sfText(env, ['juston', 'explain', 'access/balance-fields']);
  expectThat(explain.code === 0 && explain.stdout.includes('access/balance-fields'), 'sf juston explain: expected the explanation');
  const explained = explain.stdout.replace(/\s+/g, ' ');
  expectThat(
    explained.includes('sf juston audit --fix') && !explained.includes('juston-audit --fix'),
    'sf juston explain: expected "sf juston audit --fix", never "juston-audit --fix"',
  );

  const badFlag = await run('sf', ['juston', 'audit', '-o', TOKEN_ALIAS, '--no-such-flag'], env);
  log(`$ sf juston audit -o ${TOKEN_ALIAS} --no-such-flag\n→ exit ${badFlag.code}; stderr: ${badFlag.stderr.trim().split('\n')[0]}`);
  expectThat(
    badFlag.code === 2 && /Error/.test(badFlag.stderr),
    `sf juston audit --no-such-flag: exit ${badFlag.code}, expected sf's error and 2`,
  );
  const usage = await sfJustonJson(env, ['audit', '-o', TOKEN_ALIAS, '--dry-run'], 2);
  expectThat(
    /--dry-run goes with --fix \(sf juston audit --fix --dry-run\)/.test(usage.message),
    `sf juston audit --dry-run: expected juston-audit's message, got ${usage.message}`,
  );
}

/**
 * The CI examples' plugin jobs in the CLI the plugin is linked into: each `sf` command's flags against its `--help`,
 * then each job as written (installs left out) against the misconfigured org, logged in with JWT by a user of its own.
 */
async function exampleSteps(cliEnv, work, { ready, keyFile }) {
  const started = Date.now();
  const env = linkedPluginEnv(cliEnv);
  const jobs = loadPluginJobs(root);
  const commands = sfCommandsOf(jobs);
  const ids = [...new Set(commands.map((command) => command.id))];
  expectThat(
    ['plugins install', 'org login jwt', 'juston audit'].every((id) => ids.includes(id)),
    `examples: expected sf plugins install, sf org login jwt and sf juston audit, found ${ids.join(', ')}`,
  );
  const helps = await Promise.all(ids.map((id) => run('sf', [...id.split(' '), '--help'], env)));
  for (const [i, id] of ids.entries()) {
    expectThat(helps[i].code === 0, `sf ${id} --help: exit ${helps[i].code}`);
    for (const { line, flags } of commands.filter((command) => command.id === id)) {
      const unknown = flags.filter((flag) => !helpLists(helps[i].stdout, flag));
      log(`$ sf ${id} --help → ${flags.length ? flags.join(' ') : '(no flags)'}: ${unknown.length ? `not listed: ${unknown}` : 'listed'}`);
      expectThat(unknown.length === 0, `examples: ${line}: sf ${id} --help does not list ${unknown.join(', ')}`);
    }
  }

  const sample = JSON.parse(readFileSync(join(root, MISCONFIGURED_SAMPLE), 'utf8'));
  // Not the emulator's own user: pluginSteps logged that one in under another alias, which sf would replace.
  const username = sample.records.User.find((user) => user.IsActive && user.Username !== ready.username)?.Username;
  const jwtKey = readFileSync(keyFile, 'utf8');
  secrets.add(jwtKey);
  const jobSecrets = { SF_CLIENT_ID: ready.clientId, SF_JWT_KEY: jwtKey, SF_USERNAME: username, SF_LOGIN_URL: ready.loginUrl };
  const leaked = (text) => text.includes('PRIVATE KEY') || SESSION_ID.test(text);

  const github = mkdtempSync(join(work, 'github-'));
  const runnerTemp = join(github, 'runner-temp');
  const workspace = join(github, 'workspace');
  mkdirSync(runnerTemp);
  mkdirSync(workspace);
  const stepSummary = join(runnerTemp, 'step-summary.md');
  writeFileSync(stepSummary, '');
  const exists = (file) => existsSync(join(workspace, file));
  const steps = await runGithubJob(jobs.github, { env, secrets: jobSecrets, workspace, runnerTemp, stepSummary, exists });
  for (const { step, skipped, files, installOnly, code, stdout = '', stderr = '' } of steps) {
    const what = skipped
      ? 'skipped'
      : files
        ? `an action, not run; takes ${files.join(' ') || 'no file'}`
        : installOnly
          ? 'an install, not run'
          : `exit ${code}`;
    log(`$ examples/github-actions.yml audit-sf: ${step.name} → ${what}`);
    expectThat(!skipped, `github-actions.yml: step '${step.name}' did not run`);
    for (const file of files ?? []) expectThat(exists(file), `github-actions.yml: '${step.name}' takes ${file}, which is missing`);
    const expected = /^\s*sf juston audit\b/m.test(step.run ?? '') ? 1 : 0;
    expectThat(
      files || installOnly || code === expected,
      `github-actions.yml: '${step.name}' exit ${code}, expected ${expected}: ${stderr.trim()}`,
    );
    expectThat(!leaked(stdout + stderr), `github-actions.yml: '${step.name}' printed a secret`);
  }
  expectThat(!existsSync(join(runnerTemp, 'sf-jwt.key')), 'github-actions.yml: the JWT key file is left behind');
  expectThat(/^## JustOn audit: /.test(readFileSync(stepSummary, 'utf8')), 'github-actions.yml: no Markdown report in the job summary');
  expectSarif(join(workspace, 'audit.sarif'));

  const gitlab = mkdtempSync(join(work, 'gitlab-'));
  const gitlabKeyFile = join(gitlab, 'sf-jwt.key');
  const { script, after } = await runGitlabJob(jobs.gitlab, { env, secrets: jobSecrets, workspace: gitlab, keyFile: gitlabKeyFile });
  log(`$ examples/gitlab-ci.yml juston-audit-sf: script → exit ${script.code}; after_script → exit ${after.code}`);
  expectThat(script.code === 1, `gitlab-ci.yml: script exit ${script.code}, expected 1 (failing rules): ${script.stderr.trim()}`);
  expectThat(after.code === 0, `gitlab-ci.yml: after_script exit ${after.code}: ${after.stderr.trim()}`);
  expectThat(!leaked(script.stdout + script.stderr + after.stdout + after.stderr), 'gitlab-ci.yml: the job printed a secret');
  expectThat(!existsSync(gitlabKeyFile), 'gitlab-ci.yml: the JWT key file is left behind');
  const missing = jobs.gitlab.artifacts.paths.filter((file) => !existsSync(join(gitlab, file)));
  expectThat(missing.length === 0, `gitlab-ci.yml: artifacts missing: ${missing.join(', ')}`);
  expectSarif(join(gitlab, 'audit.sarif'));
  log(`the CI examples' plugin jobs passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function expectSarif(file) {
  let sarif;
  try {
    sarif = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StepFailure(`${file}: not JSON (${error.message})`);
  }
  expectThat(sarif.version === '2.1.0' && sarif.runs?.[0]?.results?.length > 0, `${file}: expected SARIF 2.1.0 with results`);
  log(`→ ${file}: SARIF ${sarif.version}, ${sarif.runs[0].results.length} results`);
}

try {
  await main();
} catch (error) {
  // One line: what failed and why (a step's own message, or the unexpected error's).
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${redact(`test:clients FAILED: ${message}`).replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}
