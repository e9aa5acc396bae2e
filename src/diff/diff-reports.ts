import type { PackageState } from '../rules/shared/package.js';
import { packageSection } from './package-version.js';
import { ruleStatusSection, type RuleStatus } from './rule-status.js';
import type { DiffSection } from './types.js';

/** The parts of one org's run in a JSON report (report.schema.json) that a diff reads. */
export interface ReportRun {
  org: { id: string; name: string | null };
  capturedAt: string;
  package: PackageState;
  results: RuleStatus[];
}

/** What changed between two JSON reports of one org: they hold rule results, not users or settings. Pure. */
export const diffReports = (before: ReportRun, after: ReportRun): DiffSection[] => [
  packageSection(before.package, after.package),
  ruleStatusSection(before.results, after.results),
];
