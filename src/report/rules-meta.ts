import type { RuleResult } from '../engine/types.js';
import type { RuleMeta } from '../rules/types.js';

/** Rule metadata by rule id, handed to the reporters with the results (as ESLint hands `rulesMeta` to its formatters). */
export type RulesMeta = Readonly<Partial<Record<string, RuleMeta>>>;

/** The metadata of the rules that produced `results`, taken from `rules` (the registry the audit ran). */
export function rulesMetaFor(results: readonly RuleResult[], rules: readonly { meta: RuleMeta }[]): RulesMeta {
  const ids = new Set(results.map((r) => r.ruleId));
  return Object.fromEntries(rules.filter((rule) => ids.has(rule.meta.id)).map((rule) => [rule.meta.id, rule.meta]));
}
