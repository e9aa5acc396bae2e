import { createRule } from '../create-rule.js';
import type { ObjectPermission } from '../fix-data.js';
import { fromFindings } from '../outcome.js';
import type { Evidence, FindingDraft } from '../types.js';
import { describeGrants, OBJECT_PERMISSIONS, objectAccess, perGrantList } from '../shared/effective-access.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';

export default createRule({
  meta: {
    id: 'access/balance-object',
    title: 'JustOn users can read, create and edit Balance records',
    description:
      'Every JustOn user has the required object permissions (default Read, Create, Edit) on ONB2__Balance__c through their profile, permission sets or groups.',
    whyItMatters:
      'Because of a Salesforce defect the permission sets shipped with JustOn cannot grant access to Balance; without your own permission set, users cannot see or book balances and invoice/payment processing breaks.',
    severity: 'error',
    category: 'access',
    requires: ['records.ObjectPermissions', ...JUSTON_USER_DATA],
    messages: {
      missing: "User '{{user}}' lacks {{missing}} on {{object}}{{has}}.",
    },
    schema: {
      type: 'object',
      properties: {
        permissions: { type: 'array', items: { enum: [...OBJECT_PERMISSIONS] }, minItems: 1, uniqueItems: true },
      },
      additionalProperties: false,
    },
    fixable: 'safe',
    remediation: {
      text: 'Create a permission set (e.g. JustOn Balance Access) with Read, Create and Edit on the Balance object and assign it to the JustOn users.',
      setupPath: 'Setup > Users > Permission Sets > New > Object Settings > Balances > Edit',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_setup_perm_set/',
  },
  defaultOptions: { permissions: ['Read', 'Create', 'Edit'] as ObjectPermission[] },
  check(snapshot, options, context) {
    const object = `${context.namespace}__Balance__c`;
    const users = justOnUsers(snapshot, context);
    const findings: FindingDraft<'missing'>[] = [];
    const evidence: Evidence[] = [];
    const accessOf = perGrantList((grants) => {
      const access = objectAccess(snapshot, grants, object);
      const missing = options.permissions.filter((p) => access[p].length === 0);
      const held = options.permissions.filter((p) => access[p].length > 0);
      const via = describeGrants(held.flatMap((p) => access[p]));
      return { missing, detail: `${held.join(', ')} via ${via}`, has: held.length ? ` (has ${held.join(', ')} via ${via})` : '' };
    });
    for (const { user, grants } of users) {
      const { missing, detail, has } = accessOf(grants);
      if (missing.length === 0) {
        evidence.push({ resource: userResource(user), detail });
        continue;
      }
      findings.push({
        resource: userResource(user),
        messageId: 'missing',
        data: { user: user.Username, missing: missing.join(', '), object, has },
        fix: { kind: 'user-access', userId: user.Id, objects: [{ sobject: object, missing }], fields: [], tabs: [], setupEntities: [] },
      });
    }
    return fromFindings(findings, `All ${users.length} JustOn users have ${options.permissions.join(', ')} on ${object}.`, evidence);
  },
});
