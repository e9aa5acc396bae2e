import { UsageError } from '../errors.js';
import { compareToBaseline, type BaselineFinding, type BaselineRun } from '../report/baseline.js';
import type { AuditRun } from '../report/types.js';
import { compileOnce, describeSchemaErrors, schemaViolation } from '../support/json-schema.js';
import { readUserJson } from '../support/read-user-file.js';

const validateReport = compileOnce('report.schema.json');

/** The earlier JSON report given as `--baseline FILE`: its audited runs, one per org. */
export interface BaselineReport {
  path: string;
  runs: BaselineRun[];
}

interface ReportRun {
  org: { id: string; name: string };
  capturedAt: string;
  results: Array<{ ruleId: string; findings: Array<Omit<BaselineFinding, 'ruleId'>> }>;
  error?: string;
}

/** Reads and validates `--baseline FILE` against report.schema.json; runs that could not be audited are left out. */
export function readBaseline(path: string): BaselineReport {
  const data = readUserJson(path, '--baseline');
  const validate = validateReport();
  if (!validate(data)) throw schemaViolation(`--baseline ${path}`, describeSchemaErrors(validate.errors));
  const runs = (data as { runs: ReportRun[] }).runs.filter((run) => !run.error);
  return {
    path,
    runs: runs.map((run) => ({
      orgId: run.org.id,
      orgName: run.org.name,
      capturedAt: run.capturedAt,
      findings: run.results.flatMap((r) =>
        r.findings.map((f) => ({
          ruleId: r.ruleId,
          message: f.message,
          severity: f.severity,
          resource: f.resource,
          fingerprint: f.fingerprint,
        })),
      ),
    })),
  };
}

/**
 * The run compared with the same org's run in the baseline. A baseline of another org is a usage error:
 * its fingerprints can never match, so every finding would look new.
 */
export function withBaseline(run: AuditRun, baseline: BaselineReport): AuditRun {
  if (run.error) return run;
  const match = baseline.runs.find((b) => b.orgId === run.org.id);
  if (!match) {
    const orgs = baseline.runs.map((b) => `${b.orgName} (${b.orgId})`).join(', ') || 'no audited org';
    throw new UsageError(
      `--baseline ${baseline.path} is a report of ${orgs}, not of ${run.org.name} (${run.org.id}); use an earlier report of the same org`,
    );
  }
  return { ...run, baseline: compareToBaseline(run.result, match) };
}
