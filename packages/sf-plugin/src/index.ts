// oclif's explicit command registry (package.json#oclif.commands: strategy "explicit", identifier COMMANDS):
// every command of the plugin, by id; oclif discovers nothing from the file system.
import JustonAudit from './commands/audit.js';
import JustonDoctor from './commands/doctor.js';
import JustonExplain from './commands/explain.js';
import JustonRollback from './commands/rollback.js';
import JustonRules from './commands/rules.js';

export const COMMANDS = {
  'juston:audit': JustonAudit,
  'juston:doctor': JustonDoctor,
  'juston:explain': JustonExplain,
  'juston:rollback': JustonRollback,
  'juston:rules': JustonRules,
};
