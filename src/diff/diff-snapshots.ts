import type { Snapshot } from '@juston-audit/org-snapshot';
import { resolveConfig } from '../engine/settings.js';
import { evaluate } from '../engine/index.js';
import { rules } from '../rules/index.js';
import type { RuleContext } from '../rules/types.js';
import { fieldPermissionSection, objectPermissionSection, tabSettingSection } from './component-permissions.js';
import { justOnAccessSection, licenceSection } from './juston-users.js';
import { packageSection } from './package-version.js';
import { assignmentSection, permissionSetSection } from './permission-sets.js';
import { ruleStatusSection } from './rule-status.js';
import { settingsSection } from './settings.js';
import { setupEntityAccessSection } from './setup-entity-access.js';
import type { DiffSection } from './types.js';

/** The context the rules see for a snapshot, with the default config: who counts as a JustOn user is then the same as in an audit. */
function defaultContext(snapshot: Snapshot): RuleContext {
  const resolved = resolveConfig({}, rules);
  return {
    now: new Date(snapshot.capturedAt),
    namespace: resolved.namespace,
    connectedAppName: resolved.connectedAppName,
    userSelection: resolved.userSelection,
    require: () => {},
  };
}

/** Every section of what changed between two snapshots of one org, in report order. Pure. */
export function diffSnapshots(before: Snapshot, after: Snapshot): DiffSection[] {
  const [old, now] = [evaluate(before), evaluate(after)];
  const namespace = defaultContext(before).namespace;
  return [
    packageSection(old.package, now.package),
    justOnAccessSection(before, after, defaultContext),
    licenceSection(before, after, namespace),
    permissionSetSection(before, after),
    assignmentSection(before, after),
    objectPermissionSection(before, after),
    fieldPermissionSection(before, after),
    tabSettingSection(before, after),
    setupEntityAccessSection(before, after),
    settingsSection(before, after),
    ruleStatusSection(old.results, now.results),
  ];
}
