// The one module through which the plugin reaches juston-audit: the root package's built modules (dist/), by
// relative path. The root is not a workspace member, so it cannot be a dependency by name; TypeScript checks these
// imports against dist's declarations (the project reference in tsconfig.json builds the root first).
// Light modules are exported as they are; the commands load on first use, so listing sf's commands (which imports
// lib/index.js) loads neither jsforce nor the rules.
export { DEFAULT_API_VERSION } from '../../../dist/auth/api-version.js';
export { reportFormats } from '../../../dist/report/formats.js';
export { exitCodeFor } from '../../../dist/cli/exit-code.js';
export { reportFailure } from '../../../dist/cli/report-failure.js';
export { AuthError } from '../../../dist/errors.js';
export { reportOutputs } from '../../../dist/cli/report-outputs.js';
export type { CliIO } from '../../../dist/cli/io.js';
export type { Outcome } from '../../../dist/outcome.js';
export type { AuditArgs } from '../../../dist/cli/commands/audit-command.js';
export type { CommandNames } from '../../../dist/command-names.js';
export type { DoctorJson } from '../../../dist/preflight/doctor-json.js';
export type { RollbackJson } from '../../../dist/cli/rollback-json.js';

export const loadAuditCommand = () => import('../../../dist/cli/commands/audit-command.js');
export const loadDoctorCommand = () => import('../../../dist/cli/commands/doctor-command.js');
export const loadRollbackCommand = () => import('../../../dist/cli/commands/rollback-command.js');
export const loadRuleCommands = () => import('../../../dist/cli/commands/rule-commands.js');
export const loadRules = () => import('../../../dist/rules/index.js');
export const loadTraced = () => import('../../../dist/cli/with-trace.js');
