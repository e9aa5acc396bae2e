import { describe, expect, it } from 'vitest';
import { SF_JUSTON_COMMANDS } from '../src/command-names.js';
import { loadRuleCommands, type CliIO } from '../src/juston-audit.js';

function capture(run: (io: CliIO) => void): string {
  let out = '';
  run({ stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true }, env: {}, cwd: '.', confirm: null });
  return out.split(/\s+/).join(' ');
}

describe('SF_JUSTON_COMMANDS', () => {
  it('makes explain and rules name sf juston commands, never the npx CLI', async () => {
    const { explainCommand, rulesCommand } = await loadRuleCommands();
    const explained = capture((io) => explainCommand('access/balance-fields', io, 80, SF_JUSTON_COMMANDS));
    expect(explained).toContain('Fixable: safe (sf juston audit --fix)');
    expect(explained).not.toContain('juston-audit --fix');
    const listed = capture((io) => rulesCommand(io, SF_JUSTON_COMMANDS));
    expect(listed).toContain("Run 'sf juston explain RULE'");
    expect(() => capture((io) => explainCommand('access/balance-field', io, 80, SF_JUSTON_COMMANDS))).toThrow(
      "'sf juston rules' lists them",
    );
  });
});
