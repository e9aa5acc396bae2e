import type { Severity, Status } from '../engine/types.js';
import type { Category } from '../rules/types.js';

/** Severity, status and level tables in one place, shared by every reporter. */

export const STATUS_ORDER: readonly Status[] = ['pass', 'fail', 'inconclusive', 'manual', 'not-applicable'];

export const STATUS_MARK: Record<Status, string> = {
  pass: '✔',
  fail: '✖',
  inconclusive: '?',
  manual: '✋',
  'not-applicable': '–',
};

export const STATUS_LABEL: Record<Status, string> = {
  pass: 'passed',
  fail: 'failed',
  inconclusive: 'inconclusive',
  manual: 'manual',
  'not-applicable': 'not applicable',
};

/** SARIF result/rule level: our severities are SARIF's levels already. */
export const sarifLevel = (severity: Severity): 'error' | 'warning' | 'note' => severity;

/**
 * GitHub security-severity, well inside each band (Checkov's values): error → high (8.9),
 * warning → medium (6.9), note → low (3.9).
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.9', warning: '6.9', note: '3.9' };

/** Categories whose rules protect access or the session: tagged `security` in SARIF. */
const SECURITY_CATEGORIES: ReadonlySet<string> = new Set<Category>(['session', 'connected-app', 'platform', 'install', 'support']);

export function isSecurityCategory(category: string): boolean {
  return SECURITY_CATEGORIES.has(category);
}

const CATEGORY_LABEL: Record<string, string> = {
  org: 'Org',
  package: 'Package',
  session: 'Session settings',
  'connected-app': 'Connected app',
  platform: 'Platform integration',
  access: 'User access',
  license: 'Licences',
  install: 'Installation',
  support: 'Support',
  jobs: 'JustOn jobs',
};

export const categoryLabel = (category: string): string => CATEGORY_LABEL[category] ?? category;
