import {
  type AuditConfig,
  DEFAULT_CONNECTED_APP,
  DEFAULT_NAMESPACE,
  DEFAULT_USER_SELECTION,
  type RuleSetting,
  type Suppression,
} from '../config/types.js';
import { InputError } from '../errors.js';
import { describeSchemaErrors, schemaViolation, validatorFor } from '../support/json-schema.js';
import type { AnyRule, Attestation, Severity, UserSelection } from '../rules/types.js';

interface ResolvedRule {
  rule: AnyRule;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  namespace: string;
  connectedAppName: string;
  userSelection: UserSelection;
  platformIntegrationUser?: string;
  attestations: Record<string, Attestation>;
  suppressions: Suppression[];
  rules: ResolvedRule[];
  off: string[];
}

const setting = (v: RuleSetting | string | undefined): RuleSetting =>
  typeof v === 'string' ? { severity: v as RuleSetting['severity'] } : (v ?? {});

/** Options = the rule's defaults with the user's options merged over them key by key, then validated. */
export function resolveOptions(rule: AnyRule, user: Record<string, unknown> | undefined): Record<string, unknown> {
  const options = { ...(rule.defaultOptions as Record<string, unknown>), ...(user ?? {}) };
  if (!rule.meta.schema) {
    if (user && Object.keys(user).length > 0) throw new InputError(`Rule ${rule.meta.id} takes no options.`);
    return options;
  }
  // A rule's own defaults need no check at audit time (the rule tests validate them against the schema).
  if (!user || Object.keys(user).length === 0) return options;
  const validate = validatorFor(rule.meta.schema);
  if (!validate(options)) {
    throw schemaViolation(
      `options for rule ${rule.meta.id}`,
      describeSchemaErrors(validate.errors, `/rules/${rule.meta.id.replace('/', '~1')}/options`),
    );
  }
  return options;
}

/** Applies defaults to a (validated) config for the given rule registry. */
export function resolveConfig(config: AuditConfig, registry: readonly AnyRule[]): ResolvedConfig {
  const rules: ResolvedRule[] = [];
  const off: string[] = [];
  for (const rule of registry) {
    const s = setting(config.rules?.[rule.meta.id]);
    if (s.severity === 'off') {
      off.push(rule.meta.id);
      continue;
    }
    rules.push({ rule, severity: s.severity ?? rule.meta.severity, options: resolveOptions(rule, s.options) });
  }
  return {
    namespace: config.namespace ?? DEFAULT_NAMESPACE,
    connectedAppName: config.connectedAppName ?? DEFAULT_CONNECTED_APP,
    userSelection: { ...DEFAULT_USER_SELECTION, ...(config.justOnUsers ?? {}) },
    ...(config.platformIntegrationUser ? { platformIntegrationUser: config.platformIntegrationUser } : {}),
    attestations: config.attestations ?? {},
    suppressions: config.suppressions ?? [],
    rules,
    off,
  };
}
