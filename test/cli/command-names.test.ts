import { describe, expect, it } from 'vitest';
import type { CommandNames } from '../../src/command-names.js';
import { auditCommand, type AuditArgs } from '../../src/cli/commands/audit-command.js';
import { explainCommand, rulesCommand } from '../../src/cli/commands/rule-commands.js';
import type { CliIO } from '../../src/cli/io.js';
import { emulated, tempDir } from './helpers.js';

/** The sf plugin's words (packages/sf-plugin/src/command-names.ts), with the org its audit-args adds to rollback. */
const SF_JUSTON: CommandNames = {
  fix: 'sf juston audit --fix',
  rules: 'sf juston rules',
  explain: 'sf juston explain',
  rollback: 'sf juston rollback --target-org ada@acme.com',
};

function capturingIO(): { io: CliIO; stdout: () => string } {
  let out = '';
  const io: CliIO = {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: () => true },
    env: {},
    cwd: tempDir(),
    confirm: null,
  };
  return { io, stdout: () => out };
}

const auditArgs = (extra: Partial<AuditArgs>): AuditArgs => ({ failOn: 'error', color: false, fixType: 'safe', ...extra });

describe("the commands' texts name the caller's commands: juston-audit's by default", () => {
  it('explain of an unknown rule points at rules', () => {
    const { io } = capturingIO();
    expect(() => explainCommand('access/balance-field', io)).toThrow(
      "unknown rule 'access/balance-field' (did you mean 'access/balance-fields'?); 'juston-audit rules' lists them",
    );
    expect(() => explainCommand('access/balance-field', io, 80, SF_JUSTON)).toThrow(
      "unknown rule 'access/balance-field' (did you mean 'access/balance-fields'?); 'sf juston rules' lists them",
    );
  });

  it('explain says which command fixes the rule; rules points at explain', () => {
    const explained = (commands?: CommandNames) => {
      const { io, stdout } = capturingIO();
      explainCommand('access/balance-fields', io, 200, commands);
      return stdout();
    };
    const listed = (commands?: CommandNames) => {
      const { io, stdout } = capturingIO();
      rulesCommand(io, commands);
      return stdout().split(/\s+/).join(' ');
    };
    expect(explained()).toContain('Fixable: safe (juston-audit --fix)');
    expect(explained(SF_JUSTON)).toContain('Fixable: safe (sf juston audit --fix)');
    expect(listed()).toContain("Run 'juston-audit explain RULE'");
    expect(listed(SF_JUSTON)).toContain("Run 'sf juston explain RULE'");
  });

  it('--dry-run without --fix shows the command with both flags', async () => {
    await expect(auditCommand(auditArgs({ snapshot: 'none.json', dryRun: true }), capturingIO().io)).rejects.toThrow(
      '--dry-run goes with --fix (juston-audit --fix --dry-run)',
    );
    await expect(auditCommand(auditArgs({ snapshot: 'none.json', dryRun: true, commands: SF_JUSTON }), capturingIO().io)).rejects.toThrow(
      '--dry-run goes with --fix (sf juston audit --fix --dry-run)',
    );
  });

  it('a fix names the caller’s rollback, with its journal, as the way to undo it', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const { io, stdout } = capturingIO();
    const args = auditArgs({
      instanceUrl: org.emulator.instanceUrl,
      accessToken: org.emulator.accessToken,
      fix: true,
      yes: true,
      commands: SF_JUSTON,
    });
    expect(await auditCommand(args, io)).toBe('failing');
    expect(stdout()).toContain('sf juston audit --fix would repair');
    expect(stdout()).toMatch(/^Undo with: sf juston rollback --target-org ada@acme\.com \S+\.json$/m);
    expect(stdout()).not.toMatch(/juston-audit (--fix|rules|explain|rollback)/); // the config file and journal folder keep their names
  });
});
