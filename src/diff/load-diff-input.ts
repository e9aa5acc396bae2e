import { SNAPSHOT_FORMAT, type Snapshot } from '@juston-audit/org-snapshot';
import { UsageError } from '../errors.js';
import { parseSnapshot } from '../snapshot/load-snapshot.js';
import { compileOnce, describeSchemaErrors, schemaViolation } from '../support/json-schema.js';
import { readUserJson } from '../support/read-user-file.js';
import type { ReportRun } from './diff-reports.js';

const validateReport = compileOnce('report.schema.json');

/** An input of `diff`: a snapshot, or the one audited org of a JSON report. */
export type DiffInput =
  | { kind: 'snapshot'; path: string; org: { id: string; name: string | null }; capturedAt: string; snapshot: Snapshot }
  | { kind: 'report'; path: string; org: { id: string; name: string | null }; capturedAt: string; run: ReportRun };

/**
 * Reads a snapshot or a JSON report, told apart by the snapshot's `format`; anything else is checked
 * against report.schema.json, so a malformed file gets that validator's message naming the file and JSON path.
 */
export function loadDiffInput(path: string): DiffInput {
  const document = readUserJson(path, 'diff input');
  if ((document as { format?: unknown } | null)?.format === SNAPSHOT_FORMAT) {
    const snapshot = parseSnapshot(document, path);
    const org = snapshot.records.Organization?.[0];
    return {
      kind: 'snapshot',
      path,
      org: { id: String(org?.Id ?? 'unknown-org'), name: typeof org?.Name === 'string' ? org.Name : null },
      capturedAt: snapshot.capturedAt,
      snapshot,
    };
  }
  const validate = validateReport();
  if (!validate(document)) throw schemaViolation(`report ${path}`, describeSchemaErrors(validate.errors));
  const runs = (document as { runs: Array<ReportRun & { error?: string }> }).runs;
  if (runs.length !== 1 || runs[0].error) {
    throw new UsageError(
      `diff: report ${path} must hold exactly one audited org (it has ${runs.length} runs${runs[0]?.error ? ', failed' : ''})`,
    );
  }
  const run = runs[0];
  // Only the Id and name, as from a snapshot: the report's org also holds its edition and instance URL.
  return { kind: 'report', path, org: { id: run.org.id, name: run.org.name }, capturedAt: run.capturedAt, run };
}
