import type { Finding, RuleResult } from '../engine/types.js';
import { baselineState, type BaselineFinding } from './baseline.js';
import { degradedReadLine } from './degraded-reads.js';
import { sarifLevel } from './levels.js';
import { ruleDescriptor } from './sarif-rules.js';
import { indexSfdxProject, type MetadataIndex, syntheticUri } from './sfdx-project.js';
import type { AuditRun, Reporter, ReportOptions } from './types.js';
import { packageLabel, readinessDetail, readinessLine, readinessStep, sentence, visibleFindings } from './view.js';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our own partialFingerprints key: the full engine fingerprint (sha256 hex). */
const FINGERPRINT_KEY = 'justonAuditFingerprint/v1';
const REGION = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
const INFORMATION_URI = 'https://www.npmjs.com/package/juston-audit';

const byRuleAndResource = (a: { ruleId: string; key: string }, b: { ruleId: string; key: string }) =>
  a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

function sarifResult(run: AuditRun, r: RuleResult, ruleIndex: number, f: Finding, index: MetadataIndex | undefined) {
  const uri = index?.find(f.resource.type, f.resource.name) ?? syntheticUri(run.org.id, f.resource.type, f.resource.name);
  return {
    ruleId: r.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: sentence(f.message) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri }, region: REGION },
        logicalLocations: [{ name: f.resource.name, fullyQualifiedName: `${run.org.id}/${f.resource.key}`, kind: 'resource' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${f.fingerprint.slice(0, 16)}:1`, [FINGERPRINT_KEY]: f.fingerprint },
    ...(run.baseline ? { baselineState: baselineState(run.baseline, f) } : {}),
    ...(f.suppressed && f.suppression
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.suppression.reason }] }
      : {}),
    properties: {
      orgId: run.org.id,
      resourceType: f.resource.type,
      resourceName: f.resource.name,
      ...(f.resource.id ? { resourceId: f.resource.id } : {}),
      ...(f.suppression?.expired ? { suppressionExpired: f.suppression.expires } : {}),
    },
  };
}

/**
 * A baseline finding that is gone (fixed): SARIF 2.1.0 §3.27.24 lists it as a result with baselineState
 * absent. kind pass and level none (§3.27.9, §3.27.10): the rule was evaluated and the problem is no longer there.
 */
function absentResult(run: AuditRun, ruleIndex: number, f: BaselineFinding, index: MetadataIndex | undefined) {
  const uri = index?.find(f.resource.type, f.resource.name) ?? syntheticUri(run.org.id, f.resource.type, f.resource.name);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    kind: 'pass',
    level: 'none',
    message: { text: sentence(`Fixed since the baseline: ${f.message}`) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri }, region: REGION },
        logicalLocations: [{ name: f.resource.name, fullyQualifiedName: `${run.org.id}/${f.resource.key}`, kind: 'resource' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${f.fingerprint.slice(0, 16)}:1`, [FINGERPRINT_KEY]: f.fingerprint },
    baselineState: 'absent',
    properties: {
      orgId: run.org.id,
      resourceType: f.resource.type,
      resourceName: f.resource.name,
      ...(f.resource.id ? { resourceId: f.resource.id } : {}),
    },
  };
}

interface Notification {
  level: string;
  message: { text: string };
  associatedRule?: { id: string; index: number };
}

/**
 * Inconclusive rules, degraded reads and a failed audit become tool notifications: GitHub shows them on the
 * tool status page, not as alerts.
 */
function invocation(run: AuditRun, ruleIndex: Map<string, number>) {
  const readiness = run.error ? undefined : run.result.readiness;
  const notifications: Notification[] = run.error
    ? [{ level: 'error', message: { text: sentence(`The audit could not complete: ${run.error}`) } }]
    : run.result.results
        .filter((r) => r.status === 'inconclusive')
        .map((r) => ({
          level: r.error ? 'error' : 'warning',
          message: { text: sentence(`${r.ruleId} is inconclusive: ${r.reason ?? 'no reason given'}`) },
          associatedRule: { id: r.ruleId, index: ruleIndex.get(r.ruleId)! },
        }));
  // For an org without JustOn the run leads with whether it is ready to install.
  if (readiness) {
    const steps = readiness.failing.map(readinessStep).join('; ');
    notifications.unshift({
      level: readiness.ready ? 'note' : 'warning',
      message: { text: sentence(`${readinessLine(readiness)}: ${readinessDetail(readiness)}${steps ? ` ${steps}` : ''}`) },
    });
  }
  for (const degraded of run.error ? [] : (run.result.degradedReads ?? [])) {
    notifications.push({
      level: degraded.recovered ? 'note' : 'warning',
      message: { text: sentence(`Degraded read ${degradedReadLine(degraded)}`) },
    });
  }
  return { executionSuccessful: !run.error, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) };
}

function sarifRun(run: AuditRun, options: ReportOptions, index: MetadataIndex | undefined) {
  const rules = run.result.results;
  const ruleIndex = new Map(rules.map((r, i) => [r.ruleId, i]));
  const present = rules
    .filter((r) => r.status === 'fail')
    .flatMap((r) =>
      visibleFindings(r, options).map((f) => ({
        ruleId: r.ruleId,
        key: f.resource.key,
        value: sarifResult(run, r, ruleIndex.get(r.ruleId)!, f, index),
      })),
    );
  const absent = (run.baseline?.absent ?? []).map((f) => ({
    ruleId: f.ruleId,
    key: f.resource.key,
    value: absentResult(run, ruleIndex.get(f.ruleId)!, f, index),
  }));
  const results = [...present, ...absent].sort(byRuleAndResource).map((x) => x.value);
  return {
    tool: {
      driver: {
        name: run.tool.name,
        semanticVersion: run.tool.version,
        version: run.tool.version,
        informationUri: INFORMATION_URI,
        rules: rules.map((r) => ruleDescriptor(r, run.rulesMeta[r.ruleId], options.commands)),
      },
    },
    automationDetails: { id: `juston-audit/${run.org.id}/` },
    invocations: [invocation(run, ruleIndex)],
    results,
    properties: {
      orgId: run.org.id,
      orgName: run.org.name,
      edition: run.org.edition,
      isSandbox: run.org.isSandbox,
      ...(run.org.instanceUrl ? { instanceUrl: run.org.instanceUrl } : {}),
      ...(run.apiVersion ? { apiVersion: run.apiVersion } : {}),
      ...(run.error ? {} : { justOn: packageLabel(run.result) }),
      ...(run.result.readiness ? { readyToInstall: run.result.readiness.ready, readiness: run.result.readiness } : {}),
      capturedAt: run.result.capturedAt,
      evaluatedAt: run.result.evaluatedAt,
      ...(run.stats ? { apiCalls: run.stats.apiCalls, durationMs: run.stats.durationMs } : {}),
      score: run.result.summary.score,
      /** Every rule's status, including those that produce no SARIF result (pass, manual, not-applicable, inconclusive). */
      ruleStatus: Object.fromEntries(rules.map((r) => [r.ruleId, r.status])),
      ...(options.configPath ? { configPath: options.configPath } : {}),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning (STYLE.md §2): one run per org with its own automation id.
 * Only failing findings become results (suppressed ones carry `suppressions`); pass, manual and
 * not-applicable rules produce none, inconclusive rules become tool execution notifications, and every
 * rule's status is in `run.properties.ruleStatus`.
 */
export const renderSarif: Reporter = (runs, options) => {
  const index = options.sfdxProject ? indexSfdxProject(options.sfdxProject) : undefined;
  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: runs.map((run) => sarifRun(run, options, index)) };
  return `${JSON.stringify(log, null, 2)}\n`;
};
