import { describe as vDescribe, expect, it as vIt } from 'vitest';
import { ajv } from '../../src/support/json-schema.js';
import { DEFAULT_CONNECTED_APP, DEFAULT_NAMESPACE, DEFAULT_USER_SELECTION } from '../../src/config/types.js';
import { toFindings } from '../../src/engine/findings.js';
import { runRule } from '../../src/engine/run-rule.js';
import { resolveOptions } from '../../src/engine/settings.js';
import { packageState } from '../../src/rules/shared/package.js';
import type { AnyRule, Attestation, Severity, Status, UserSelection } from '../../src/rules/types.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { clean } from './snapshots.js';

interface CaseSettings {
  now?: string;
  namespace?: string;
  connectedAppName?: string;
  userSelection?: Partial<UserSelection>;
  platformIntegrationUser?: string;
  attestation?: Attestation;
}
interface ExpectedFinding {
  messageId?: string;
  resourceType?: string;
  resourceId?: string;
  resourceName?: string;
  message?: string | RegExp;
  severity?: Severity;
  fix?: unknown;
  data?: Record<string, string | number>;
}
interface BaseCase {
  name: string;
  snapshot?: Snapshot;
  options?: Record<string, unknown>;
  settings?: CaseSettings;
  reason?: string | RegExp;
}
export interface ValidCase extends BaseCase {
  status?: Exclude<Status, 'fail'>;
  evidence?: number;
}
export interface InvalidCase extends BaseCase {
  status?: 'fail' | 'manual';
  findings: ExpectedFinding[];
}

const CASE_KEYS = ['name', 'snapshot', 'options', 'settings', 'reason', 'status'];
const VALID_KEYS = new Set([...CASE_KEYS, 'evidence']);
const INVALID_KEYS = new Set([...CASE_KEYS, 'findings']);
const FINDING_KEYS = new Set(['messageId', 'resourceType', 'resourceId', 'resourceName', 'message', 'severity', 'fix', 'data']);

/** Throws when the rule's metadata is incomplete or inconsistent. */
export function checkMeta(rule: AnyRule): void {
  const m = rule.meta;
  const problems: string[] = [];
  if (!/^[a-z-]+\/[a-z-]+$/.test(m.id ?? '')) problems.push('id must be <folder>/<file> in kebab-case');
  for (const k of ['title', 'description', 'whyItMatters', 'category', 'docsUrl'] as const) if (!m[k]) problems.push(`missing ${k}`);
  if (!['error', 'warning', 'note'].includes(m.severity)) problems.push('severity must be error|warning|note');
  if (!Array.isArray(m.requires)) problems.push('missing requires');
  if (!('fixable' in m) || !['safe', 'review', 'manual', null].includes(m.fixable))
    problems.push('fixable must be safe|review|manual|null');
  if (!m.remediation?.text || !m.remediation?.setupPath) problems.push('remediation needs text and setupPath');
  if (m.docsUrl && !m.docsUrl.startsWith('https://')) problems.push('docsUrl must be https');
  if (!m.messages || Object.keys(m.messages).length === 0) problems.push('no messages');
  if (m.schema && !ajv.validate(m.schema, rule.defaultOptions)) problems.push('defaultOptions do not match schema');
  if (!m.schema && Object.keys(rule.defaultOptions ?? {}).length > 0) problems.push('defaultOptions without schema');
  if (problems.length) throw new Error(`Rule ${m.id ?? '?'} has incomplete metadata: ${problems.join('; ')}`);
}

/** Throws on unknown keys, duplicate names, findings on valid cases or invalid cases without findings. */
export function checkCases(cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const names = new Set<string>();
  const check = (c: object, allowed: Set<string>, kind: string) => {
    const name = (c as BaseCase).name;
    if (!name) throw new Error(`A ${kind} case has no name`);
    if (names.has(name)) throw new Error(`Duplicate case name '${name}'`);
    names.add(name);
    const unknown = Object.keys(c).filter((k) => !allowed.has(k));
    if (unknown.length) throw new Error(`Case '${name}' has unknown keys: ${unknown.join(', ')}`);
  };
  cases.valid.forEach((c) => check(c, VALID_KEYS, 'valid'));
  cases.invalid.forEach((c) => {
    check(c, INVALID_KEYS, 'invalid');
    if (!Array.isArray(c.findings) || c.findings.length === 0) throw new Error(`Invalid case '${c.name}' needs at least one finding`);
    c.findings.forEach((f) => {
      const unknown = Object.keys(f).filter((k) => !FINDING_KEYS.has(k));
      if (unknown.length) throw new Error(`Case '${c.name}' has a finding with unknown keys: ${unknown.join(', ')}`);
    });
  });
}

/**
 * Every status the rule can reach must be reached by a case: pass; inconclusive when it requires data;
 * not-applicable when it needs the package; and at least one invalid case (fail or manual).
 */
export function checkStatusCoverage(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const reached = new Set<Status>([...cases.valid.map((c) => c.status ?? 'pass'), ...cases.invalid.map((c) => c.status ?? 'fail')]);
  const needed: Status[] = ['pass'];
  if (rule.meta.requires.length > 0) needed.push('inconclusive');
  if (rule.meta.needsPackage !== false) needed.push('not-applicable');
  const missing = needed.filter((st) => !reached.has(st));
  if (cases.invalid.length === 0) missing.push('fail' as Status);
  if (missing.length) throw new Error(`Rule ${rule.meta.id}: no case reaches ${missing.join(', ')}`);
}

/** Runs one case through the engine's runRule, checking the rule does not modify the snapshot. */
export function runCase(rule: AnyRule, c: BaseCase) {
  const snapshot = c.snapshot ?? clean();
  const before = JSON.stringify(snapshot);
  const options = resolveOptions(rule, c.options);
  const s = c.settings ?? {};
  const namespace = s.namespace ?? DEFAULT_NAMESPACE;
  const base = {
    now: new Date(s.now ?? snapshot.capturedAt),
    namespace,
    connectedAppName: s.connectedAppName ?? DEFAULT_CONNECTED_APP,
    userSelection: { ...DEFAULT_USER_SELECTION, ...s.userSelection },
    ...(s.platformIntegrationUser ? { platformIntegrationUser: s.platformIntegrationUser } : {}),
    ...(s.attestation ? { attestation: s.attestation } : {}),
  };
  const result = runRule(rule, snapshot, options, base, packageState(snapshot, namespace));
  if (JSON.stringify(snapshot) !== before) throw new Error(`Rule ${rule.meta.id} modified its input snapshot`);
  return { ...result, findings: toFindings(rule, rule.meta.severity, result.outcome.findings, 'ORG') };
}

function expectReason(reason: string | undefined, want: string | RegExp | undefined) {
  if (want === undefined) return;
  if (typeof want === 'string') expect(reason).toContain(want);
  else expect(reason).toMatch(want);
}

/** ESLint RuleTester in spirit: `valid` cases end without findings, `invalid` ones with the expected findings. */
export function ruleTester(
  rule: AnyRule,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
  hooks = { describe: vDescribe, it: vIt },
): void {
  checkMeta(rule);
  checkCases(cases);
  checkStatusCoverage(rule, cases);
  hooks.describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      hooks.it(`valid: ${c.name}`, () => {
        const r = runCase(rule, c);
        expect(r.error, r.outcome.reason).toBeUndefined();
        expect({ status: r.outcome.status, findings: r.findings.map((f) => f.message) }).toEqual({
          status: c.status ?? 'pass',
          findings: [],
        });
        expectReason(r.outcome.reason, c.reason);
        if (c.evidence !== undefined) expect(r.outcome.evidence ?? []).toHaveLength(c.evidence);
      });
    }
    for (const c of cases.invalid) {
      hooks.it(`invalid: ${c.name}`, () => {
        const r = runCase(rule, c);
        expect(r.error, r.outcome.reason).toBeUndefined();
        expect(r.outcome.status).toBe(c.status ?? 'fail');
        expect(
          r.findings.map((f) => f.message),
          'finding count',
        ).toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => {
          const got = r.findings[i];
          const { message, resourceType, resourceId, resourceName, ...rest } = want;
          expect(got).toMatchObject({
            ...rest,
            resource: {
              ...(resourceType && { type: resourceType }),
              ...(resourceId && { id: resourceId }),
              ...(resourceName && { name: resourceName }),
            },
          });
          if (typeof message === 'string') expect(got.message).toBe(message);
          else if (message) expect(got.message).toMatch(message);
        });
        expectReason(r.outcome.reason, c.reason);
      });
    }
  });
}
