import { createRule } from '../create-rule.js';
import { fromFindings } from '../outcome.js';
import type { FindingDraft } from '../types.js';
import { records } from '../shared/sobjects.js';

export default createRule({
  meta: {
    id: 'install/admins-only',
    title: 'JustOn was installed for admins only',
    description:
      'No non-admin profile grants object access to JustOn objects; such grants are a sign the package was installed for all users instead of for admins only.',
    whyItMatters:
      'Installing for all users gives every profile access to billing data. JustOn asks to install for admins only and grant access deliberately with permission sets.',
    severity: 'warning',
    category: 'install',
    requires: ['records.ObjectPermissions', 'records.PermissionSet', 'records.Profile'],
    messages: {
      profileGrants:
        "Profile '{{profile}}' grants access to {{count}} {{namespace}} object(s) ({{objects}}); this suggests the package was installed for all users.",
    },
    schema: {
      type: 'object',
      properties: { allowedProfiles: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
      additionalProperties: false,
    },
    fixable: null,
    remediation: {
      text: 'Remove the JustOn object permissions from non-admin profiles (Object Settings of each profile) and grant access through permission sets instead. List profiles that must keep access in the rule option allowedProfiles.',
      setupPath: 'Setup > Users > Profiles > (profile) > Object Settings > (JustOn object) > Edit',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_install/',
  },
  defaultOptions: { allowedProfiles: [] as string[] },
  check(snapshot, options, context) {
    const prefix = `${context.namespace.toLowerCase()}__`;
    const profiles = new Map(records(snapshot, 'Profile').map((p) => [p.Id, p.Name]));
    const findings: FindingDraft<'profileGrants'>[] = [];
    for (const ps of records(snapshot, 'PermissionSet')) {
      if (!ps.IsOwnedByProfile || ps.PermissionsModifyAllData || !ps.ProfileId) continue;
      const name = profiles.get(ps.ProfileId) ?? ps.Label;
      if (options.allowedProfiles.includes(name)) continue;
      const objects = records(snapshot, 'ObjectPermissions')
        .filter((r) => r.ParentId === ps.Id && r.SobjectType.toLowerCase().startsWith(prefix) && r.PermissionsRead)
        .map((r) => r.SobjectType)
        .sort();
      if (objects.length === 0) continue;
      findings.push({
        resource: { type: 'Profile', id: ps.ProfileId, name },
        messageId: 'profileGrants',
        data: { profile: name, count: objects.length, namespace: context.namespace, objects: objects.join(', ') },
      });
    }
    return fromFindings(findings, `Only admin profiles grant access to ${context.namespace} objects.`);
  },
});
