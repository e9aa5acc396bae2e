import type { CommandNames } from '../command-names.js';
import type { AuditResult } from '../engine/types.js';
import type { FixPlan } from '../fix/types.js';
import type { BaselineComparison } from './baseline.js';
import type { RulesMeta } from './rules-meta.js';

/** The org an audit ran against. Never holds credentials: Id, name and URL only. */
export interface OrgInfo {
  id: string;
  name: string;
  edition: string;
  isSandbox: boolean;
  instanceUrl?: string;
}

/** One org's audited result plus the context the reports show. */
export interface AuditRun {
  result: AuditResult;
  /** Metadata (remediation, docs) of the rules in `result`: what the reporters render beside each rule. */
  rulesMeta: RulesMeta;
  org: OrgInfo;
  stats?: { apiCalls: number; durationMs: number };
  tool: { name: 'juston-audit'; version: string };
  apiVersion?: string;
  /** The --fix plan made from this run; the JSON report carries it (the terminal plan comes from src/fix/render.ts). */
  fixPlan?: FixPlan;
  /** Set when this org could not be audited at all; `result` then holds no rule results. */
  error?: string;
  /** With --baseline: how this run's findings compare with the earlier report's. */
  baseline?: BaselineComparison;
}

export interface ReportOptions {
  /** Colour output (terminal only); the CLI decides from TTY / NO_COLOR / --no-color. */
  color: boolean;
  /** Terminal width for wrapping (terminal and rule docs). */
  width: number;
  /** A Salesforce DX project root: SARIF locations then point at real metadata files where one exists. */
  sfdxProject?: string;
  /** The audit config file, shown in reports. */
  configPath?: string;
  /** Keep suppressed findings (marked) in the output; default true. */
  includeSuppressed?: boolean;
  /** How the report names the commands to run next (`juston-audit --fix`, or the sf plugin's `sf juston audit --fix`). */
  commands: CommandNames;
  /** Report generation time; defaults to the clock. Fixed in tests. */
  now?: Date;
}

/** A reporter renders all runs (one per org) to one string. Pure apart from `sfdxProject` lookups. */
export type Reporter = (runs: readonly AuditRun[], options: ReportOptions) => string;

export type { ReportFormat } from './formats.js';
