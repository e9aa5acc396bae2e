import type { Snapshot, SnapshotKey } from '@juston-audit/org-snapshot';
import type { FixData } from './fix-data.js';

export type Severity = 'error' | 'warning' | 'note';
export type Status = 'pass' | 'fail' | 'manual' | 'inconclusive' | 'not-applicable';
export type Fixable = 'safe' | 'review' | 'manual' | null;
export type Category = 'org' | 'package' | 'session' | 'connected-app' | 'platform' | 'access' | 'license' | 'install' | 'support' | 'jobs';

/** The org component a finding is about. `id` is the Salesforce Id when there is one. */
export interface ResourceRef {
  type: string;
  id?: string;
  name: string;
}

/** A minimal JSON Schema (draft-07) shape for rule options. */
type JsonSchema = { [key: string]: unknown };

export interface RuleMeta<M extends string = string> {
  /** `<folder>/<file>`; stable forever. */
  id: string;
  title: string;
  description: string;
  whyItMatters: string;
  severity: Severity;
  category: Category;
  /**
   * Snapshot data the rule reads; missing or unreadable data makes the rule inconclusive. `{namespace}`
   * stands for the configured package namespace.
   */
  requires: readonly SnapshotKey[];
  /**
   * Data the rule needs only in some cases and asks for at run time with `context.require` (e.g. the External
   * Client Apps, when the org has no JustOn Platform connected app): unreadable, it makes only those cases inconclusive.
   */
  conditionallyRequires?: readonly SnapshotKey[];
  /** False for rules that apply whether or not the package is installed. Default true (false for a preparation step). */
  needsPackage?: boolean;
  /**
   * 'preparation': a step of the guide's "Preparing JustOn Installation". Evaluated whether or not the package is
   * installed; with the package absent, these steps decide "Ready to install JustOn".
   */
  phase?: 'preparation';
  /** The JustOn versions the rule applies to (dotted, compared numerically with the installed version); absent = all. */
  appliesTo?: VersionRange;
  /** messageId → template with `{{placeholders}}`. */
  messages: Record<M, string>;
  /** Options schema (an object schema with `default`s); absent = no options. */
  schema?: JsonSchema;
  fixable: Fixable;
  remediation: { text: string; setupPath: string; steps?: readonly string[] };
  /** Documentation URL (JustOn or Salesforce). */
  docsUrl: string;
  /** True for manual rules a person confirms with a dated attestation in the config. */
  attestable?: boolean;
}

/** What a rule reports about one resource. The engine adds message, fingerprint and suppression. */
export interface FindingDraft<M extends string = string> {
  resource: ResourceRef;
  messageId: M;
  data?: Record<string, string | number>;
  /** At most this severe (e.g. a trial licence is a warning in an error rule). */
  severity?: Severity;
  /** What a fix planner needs, as data. Only allowed when `meta.fixable` is not null. */
  fix?: FixData;
}

/** A resource that passed, with the grant that makes it pass (e.g. "via permission set X"). */
export interface Evidence {
  resource: ResourceRef;
  detail: string;
}

export interface RuleOutcome<M extends string = string> {
  status: Status;
  reason?: string;
  findings: FindingDraft<M>[];
  evidence?: Evidence[];
}

export interface VersionRange {
  /** Lowest version the rule applies to (inclusive), e.g. "2.101". */
  minVersion?: string;
  /** Highest version the rule applies to (inclusive, at the precision given: "2.106" includes 2.106.0.1). */
  maxVersion?: string;
}

/** Settings every rule may read, resolved from the config. */
export interface RuleContext {
  now: Date;
  namespace: string;
  connectedAppName: string;
  userSelection: UserSelection;
  /** Username of the platform integration user the config names (JustOn Configuration › Global Configuration), if any. */
  platformIntegrationUser?: string;
  /** The attestation the config holds for this rule, if any. */
  attestation?: Attestation;
  /** Throws MissingDataError when any key is unreadable or was not collected. */
  require(...keys: SnapshotKey[]): void;
}

export interface UserSelection {
  /** Users holding a licence of the package. */
  byLicence: boolean;
  /** Users assigned a permission set (or group) of the package namespace. */
  byNamespacePermissionSets: boolean;
  /** Users assigned any of these permission sets / groups (API names). */
  permissionSets: string[];
  /** Users with any of these profiles (names). */
  profiles: string[];
  /** Usernames always included / excluded. */
  include: string[];
  exclude: string[];
}

export interface Attestation {
  by: string;
  date: string;
  expires: string;
  note?: string;
}

export interface Rule<O = unknown, M extends string = string> {
  meta: RuleMeta<M>;
  /** Options after schema defaults were applied. */
  defaultOptions: O;
  check: (snapshot: Snapshot, options: O, context: RuleContext) => RuleOutcome<M>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;
