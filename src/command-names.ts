/**
 * How the texts a command prints name the commands to run next ("Fixable: safe (juston-audit --fix)"): the
 * standalone CLI says `juston-audit …`, the sf plugin `sf juston …`. Made at the edge, passed to where texts are made.
 */
export interface CommandNames {
  /** Audit and repair: `juston-audit --fix`. */
  fix: string;
  /** List the rules: `juston-audit rules`. */
  rules: string;
  /** Explain a rule, followed by its id: `juston-audit explain`. */
  explain: string;
  /** Undo a fix, followed by its journal: `juston-audit rollback`. */
  rollback: string;
}

/** The standalone CLI's words (`npx juston-audit …`); what a caller that names none gets. */
export const JUSTON_AUDIT_COMMANDS: CommandNames = {
  fix: 'juston-audit --fix',
  rules: 'juston-audit rules',
  explain: 'juston-audit explain',
  rollback: 'juston-audit rollback',
};
