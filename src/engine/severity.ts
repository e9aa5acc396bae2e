import type { Severity } from './types.js';

/** The one severity order: note < warning < error. */
const SEVERITY_RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

/** Whether `severity` is `threshold` or worse. */
export const isAtLeast = (severity: Severity, threshold: Severity): boolean => SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];

/** The milder of two severities. */
export const milder = (a: Severity, b: Severity): Severity => (SEVERITY_RANK[a] < SEVERITY_RANK[b] ? a : b);

/** The worst of several severities (at least one). */
export const worst = (severities: readonly Severity[]): Severity =>
  severities.reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a));
