import { JUSTON_AUDIT_COMMANDS } from '../../command-names.js';
import { UsageError } from '../../errors.js';
import { renderRuleExplanation, renderRuleList, suggestRuleId } from '../../report/rule-docs.js';
import { rules } from '../../rules/index.js';
import type { CliIO } from '../io.js';

export function rulesCommand(io: CliIO, commands = JUSTON_AUDIT_COMMANDS): void {
  io.stdout.write(ensureNewline(renderRuleList(rules, commands)));
}

export function explainCommand(ruleId: string, io: CliIO, width = 80, commands = JUSTON_AUDIT_COMMANDS): void {
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) {
    const suggestion = suggestRuleId(
      ruleId,
      rules.map((candidate) => candidate.meta.id),
    );
    throw new UsageError(`unknown rule '${ruleId}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; '${commands.rules}' lists them`);
  }
  io.stdout.write(ensureNewline(renderRuleExplanation(rule, commands, width)));
}

const ensureNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
