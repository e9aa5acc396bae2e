import type { Attestation, Severity, UserSelection } from '../rules/types.js';

type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

/** One suppression: matching findings stay in results, marked suppressed, until `expires`. */
export interface Suppression {
  rule: string;
  /** Glob (`*`) over `Type/Id` or `Type/Name` of the finding's resource, or a fingerprint; absent = every finding of the rule. */
  resource?: string;
  reason: string;
  /** ISO date (suppresses through that day, UTC) or date-time. */
  expires?: string;
}

/** The content of juston-audit.config.json, as validated by rules.schema.json. Everything is optional. */
export interface AuditConfig {
  $schema?: string;
  namespace?: string;
  connectedAppName?: string;
  /** Username of the platform integration user chosen in JustOn Configuration › Global Configuration. */
  platformIntegrationUser?: string;
  justOnUsers?: Partial<UserSelection>;
  rules?: Record<string, SeveritySetting | RuleSetting>;
  attestations?: Record<string, Attestation>;
  suppressions?: Suppression[];
}

export const DEFAULT_NAMESPACE = 'ONB2';
export const DEFAULT_CONNECTED_APP = 'JustOn Platform';
export const DEFAULT_USER_SELECTION: UserSelection = {
  byLicence: true,
  byNamespacePermissionSets: true,
  permissionSets: [],
  profiles: [],
  include: [],
  exclude: [],
};
