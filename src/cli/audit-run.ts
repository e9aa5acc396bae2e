import type { CollectStats } from '../collect/collect.js';
import type { AuditConfig } from '../config/types.js';
import { evaluate, type AuditResult } from '../engine/index.js';
import { rulesMetaFor } from '../report/rules-meta.js';
import type { AuditRun, OrgInfo } from '../report/types.js';
import { rules } from '../rules/index.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { TOOL } from './tool-info.js';

function orgInfo(snapshot: Snapshot, instanceUrl?: string): OrgInfo {
  const org = snapshot.records.Organization?.[0] ?? {};
  return {
    id: typeof org.Id === 'string' ? org.Id : 'unknown-org',
    name: typeof org.Name === 'string' ? org.Name : 'unknown org',
    edition: typeof org.OrganizationType === 'string' ? org.OrganizationType : 'unknown',
    isSandbox: org.IsSandbox === true,
    ...(instanceUrl ? { instanceUrl } : {}),
  };
}

/** Evaluates the rules over one org's snapshot and adds what the reports show about the run. */
export function auditRun(snapshot: Snapshot, config: AuditConfig, context: RunContext): AuditRun {
  return auditRunFromResult(evaluate(snapshot, config, context.now ? { now: context.now } : {}), snapshot, context);
}

interface RunContext {
  stats?: CollectStats;
  instanceUrl?: string;
  apiVersion?: string;
  now?: Date;
}

export function auditRunFromResult(result: AuditResult, snapshot: Snapshot, context: RunContext): AuditRun {
  return {
    result,
    rulesMeta: rulesMetaFor(result.results, rules),
    org: orgInfo(snapshot, context.instanceUrl),
    tool: TOOL,
    ...(context.stats ? { stats: { apiCalls: context.stats.apiCalls, durationMs: context.stats.durationMs } } : {}),
    ...(context.apiVersion ? { apiVersion: context.apiVersion } : {}),
  };
}
