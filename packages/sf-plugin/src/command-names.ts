import type { CommandNames } from './juston-audit.js';

/** How juston-audit's texts name commands when sf runs them: `sf juston audit --fix`, not `juston-audit --fix`. */
export const SF_JUSTON_COMMANDS: CommandNames = {
  fix: 'sf juston audit --fix',
  rules: 'sf juston rules',
  explain: 'sf juston explain',
  rollback: 'sf juston rollback',
};
