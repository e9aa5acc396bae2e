import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { clean } from '../harness/snapshots.js';
import { cli, type CliResult, deadPort, SAMPLE, tempDir } from './helpers.js';
import { STABLE_RULE_IDS } from '../harness/rule-ids.js';

/** A usage or input error: exit 2, one line on stderr naming the problem, no stack trace, nothing on stdout. */
function expectOneLineError(result: CliResult, pattern: RegExp, code = 2): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^juston-audit: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error|Error:/);
}

function snapshotFile(content: string): string {
  const path = join(tempDir(), 'snapshot.json');
  writeFileSync(path, content);
  return path;
}

describe('bad input is exit 2 with a clear message', () => {
  it('a snapshot that does not match the schema: one line naming the file and the JSON path', async () => {
    const broken = clean();
    (broken.records.User[1] as Record<string, unknown>).Id = 42;
    const path = snapshotFile(JSON.stringify(broken));
    const result = await cli(['--snapshot', path]);
    expectOneLineError(
      result,
      new RegExp(`Invalid snapshot ${path.replace(/[.]/g, '\\.')}: \\$\\.records\\.User\\[1\\]\\.Id: must be string`),
    );
  });

  it('a snapshot that is not JSON, or missing: one line naming the file', async () => {
    const path = snapshotFile('{"format": "juston-audit.org-snapshot/v1",');
    expectOneLineError(await cli(['--snapshot', path]), new RegExp(`snapshot ${path.replace(/[.]/g, '\\.')}: not valid JSON`));
    expectOneLineError(await cli(['--snapshot', join(tempDir(), 'nope.json')]), /snapshot .*nope\.json: file not found/);
  });

  it('a bad config lists every problem with its JSON path (from --config, and found in the working directory)', async () => {
    const dir = tempDir();
    const config = {
      namespace: 5,
      rules: { 'access/balance-feilds': 'error', 'org/edition-supported': 'loud' },
      suppressions: [{ rule: 'access/balance-tab', resource: '*' }],
    };
    writeFileSync(join(dir, 'juston-audit.config.json'), JSON.stringify(config));
    for (const argv of [
      ['--snapshot', SAMPLE.clean, '--config', join(dir, 'juston-audit.config.json')],
      ['--snapshot', SAMPLE.clean],
    ]) {
      const result = await cli(argv, { cwd: dir });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Invalid config ${join(dir, 'juston-audit.config.json')} (4 problems)`);
      expect(result.stderr).toMatch(/\$\.namespace: must be string/);
      expect(result.stderr).toMatch(/\$\.rules: unknown rule 'access\/balance-feilds' \(did you mean 'access\/balance-fields'\?\)/);
      expect(result.stderr).toMatch(/\$\.rules\["org\/edition-supported"\]: must be one of "error", "warning", "note", "off"/);
      expect(result.stderr).toMatch(/\$\.suppressions\[0\]: missing required property 'reason'/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a --config file that does not exist is named', async () => {
    const result = await cli(['--snapshot', SAMPLE.clean, '--config', join(tempDir(), 'missing.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/config .*missing\.json: file not found/);
  });

  it('an --sfdx-project without sfdx-project.json: exit 2, one line naming the file', async () => {
    const result = await cli(['--snapshot', SAMPLE.clean, '--format', 'sarif', '--sfdx-project', tempDir()]);
    expectOneLineError(result, /--sfdx-project .*sfdx-project\.json: file not found/);
  });

  it('an unknown flag: exit 2, one line', async () => {
    expectOneLineError(await cli(['--snapshot', SAMPLE.clean, '--bogus']), /unknown argument: --bogus; see --help/i);
  });

  it('a misspelt flag or command gets a suggestion', async () => {
    const flag = await cli(['--snapshot', SAMPLE.clean, '--fial-on', 'note']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--fail-on/);
    const command = await cli(['rulez']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/\brules\b/);
  });

  it('explain with an unknown rule id: exit 2 with a suggestion; a known one explains it', async () => {
    expectOneLineError(
      await cli(['explain', 'access/balance-feilds']),
      /unknown rule 'access\/balance-feilds' \(did you mean 'access\/balance-fields'\?\)/,
    );
    expectOneLineError(await cli(['explain', 'balance-tab']), /did you mean 'access\/balance-tab'\?/);
    const known = await cli(['explain', 'access/balance-fields']);
    expect(known.code).toBe(0);
    expect(known.stdout).toContain('access/balance-fields');
    expect(known.stdout).toMatch(/Setup/);
  });

  it('rules lists every rule with severity and fixability', async () => {
    const result = await cli(['rules']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^[a-z-]+\/[a-z-]+\s/.test(line));
    expect(rows).toHaveLength(STABLE_RULE_IDS.length);
    expect(result.stdout).toMatch(new RegExp(`^${STABLE_RULE_IDS.length} rules\\.`, 'm'));
    expect(rows.find((row) => row.startsWith('access/balance-tab'))).toMatch(/warning/);
  });

  it('--output with an extension that names no format: exit 2 and no audit; an unknown --format too', async () => {
    const dir = tempDir();
    const target = join(dir, 'x.unknownext');
    expectOneLineError(
      await cli(['--snapshot', SAMPLE.clean, '--output', target]),
      /--output .*x\.unknownext: cannot tell the format from the name/,
    );
    expect(existsSync(target)).toBe(false);
    const format = await cli(['--snapshot', SAMPLE.clean, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/format.*xml/s);
  });

  it('--dry-run without --fix, and --save-snapshot with several orgs, are usage errors', async () => {
    expectOneLineError(await cli(['--snapshot', SAMPLE.clean, '--dry-run']), /--dry-run goes with --fix/);
    expectOneLineError(await cli(['-o', 'a', '-o', 'b', '--save-snapshot', join(tempDir(), 's.json')]), /--save-snapshot takes one org/);
    expectOneLineError(await cli(['-o', 'a', '-o', 'b', '--fix']), /--fix repairs one org at a time/);
  });

  it('--orgs with a missing file or a bad JSON list: exit 2', async () => {
    expectOneLineError(await cli(['--orgs', join(tempDir(), 'orgs.txt')]), /--orgs .*orgs\.txt: file not found/);
    const list = join(tempDir(), 'orgs.json');
    writeFileSync(list, '["prod", 7]');
    expectOneLineError(await cli(['--orgs', list]), /expected a JSON array of org aliases/);
  });

  it('plain http to anything but loopback is refused before any connection', async () => {
    expectOneLineError(await cli(['--instance-url', 'http://acme.my.salesforce.com'], { env: { SF_ACCESS_TOKEN: 'x' } }), /must use https/);
  });
});

describe('an org that cannot be reached is exit 3', () => {
  it('a dead port: one line, no stack trace', async () => {
    const port = await deadPort();
    const started = Date.now();
    const result = await cli(['--instance-url', `http://127.0.0.1:${port}`], { env: { SF_ACCESS_TOKEN: '00D000000000001!secret.token' } });
    expectOneLineError(result, new RegExp(`could not reach http://127\\.0\\.0\\.1:${port}`), 3);
    expect(result.stderr).not.toContain('secret.token');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('relative paths', () => {
  // BUG (src/cli): --config and the fix journal resolve against io.cwd, but --output, --save-snapshot,
  // --snapshot, --orgs and the rollback journal resolve against process.cwd(). In the real binary the two
  // are the same; embedded (runCli with another cwd) a report lands in the wrong folder. Flip to `it` once fixed.
  it('--output FILE lands in the CLI working directory (io.cwd)', async () => {
    const dir = tempDir();
    const name = `juston-cli-relative-${process.pid}.md`;
    try {
      const result = await cli(['--snapshot', SAMPLE.clean, '--output', name], { cwd: dir });
      expect(result.code).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8')).toMatch(/^## JustOn audit/);
    } finally {
      rmSync(join(process.cwd(), name), { force: true });
    }
  });
});

describe('--help and --version in-process', () => {
  // BUG (src/cli/run-cli.ts): yargs prints --help and --version with console.log, past io.stdout, so an
  // embedding caller (or a test) cannot capture them; the binary is unaffected (see binary.test.ts).
  // Flip to `it` once fixed.
  it('write to the CLI stdout (io.stdout)', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const help = await cli(['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Examples:');
      const version = await cli(['--version']);
      expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    } finally {
      log.mockRestore();
    }
  });
});
