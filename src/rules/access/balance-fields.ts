import { createRule } from '../create-rule.js';
import type { FieldGap } from '../fix-data.js';
import { fromFindings, inconclusive } from '../outcome.js';
import type { Evidence, FindingDraft } from '../types.js';
import { describeGrants, fieldAccess, perGrantList } from '../shared/effective-access.js';
import { NAMESPACE } from '../shared/data.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';

export default createRule({
  meta: {
    id: 'access/balance-fields',
    title: 'JustOn users can read and edit the Balance fields',
    description:
      'Every JustOn user can read every permissionable field of ONB2__Balance__c and edit the updateable ones (field list from describe).',
    whyItMatters:
      'Field-level security hides Balance amounts, dates and links from users who lack it; JustOn processes then fail or show incomplete balances. The shipped permission sets cannot grant these fields.',
    severity: 'error',
    category: 'access',
    requires: [`describe.${NAMESPACE}__Balance__c`, 'records.FieldPermissions', 'records.ObjectPermissions', ...JUSTON_USER_DATA],
    messages: {
      gaps: "User '{{user}}' lacks field access on {{object}}: {{gaps}}.",
    },
    fixable: 'safe',
    remediation: {
      text: 'In your Balance permission set, give Read access to every Balance field and Edit access to the editable ones, then assign the permission set to the JustOn users.',
      setupPath: 'Setup > Users > Permission Sets > (your Balance permission set) > Object Settings > Balances > Edit > Field Permissions',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_setup_perm_set/',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const object = `${context.namespace}__Balance__c`;
    const describe = snapshot.describe[object];
    if (!describe) return inconclusive(`${object} does not exist in the org (no describe result); its fields cannot be checked.`);
    const fields = describe.fields
      .filter((f) => f.permissionable)
      .map((f) => ({ field: `${object}.${f.name}`, editable: f.updateable && !f.calculated }));
    const users = justOnUsers(snapshot, context);
    const findings: FindingDraft<'gaps'>[] = [];
    const evidence: Evidence[] = [];
    const accessOf = perGrantList((grants) => {
      const gaps: FieldGap[] = [];
      const via = new Set<string>();
      for (const f of fields) {
        const access = fieldAccess(snapshot, grants, f.field);
        const read = access.read.length === 0;
        const edit = f.editable && access.edit.length === 0;
        if (read || edit) gaps.push({ field: f.field, read, edit });
        via.add(describeGrants([...access.read, ...access.edit]));
      }
      const names = (pick: (g: FieldGap) => boolean) => gaps.filter(pick).map((g) => g.field.split('.')[1]);
      const text = [
        ['read', names((g) => g.read)],
        ['edit', names((g) => g.edit)],
      ]
        .filter(([, n]) => n.length > 0)
        .map(([what, n]) => `cannot ${what} ${(n as string[]).join(', ')}`)
        .join('; ');
      return { gaps, text, detail: `${fields.length} fields via ${[...via].filter(Boolean).join(', ')}` };
    });
    for (const { user, grants } of users) {
      const { gaps, text, detail } = accessOf(grants);
      if (gaps.length === 0) {
        evidence.push({ resource: userResource(user), detail });
        continue;
      }
      findings.push({
        resource: userResource(user),
        messageId: 'gaps',
        data: { user: user.Username, object, gaps: text },
        fix: { kind: 'user-access', userId: user.Id, objects: [], fields: gaps, tabs: [], setupEntities: [] },
      });
    }
    return fromFindings(
      findings,
      `All ${users.length} JustOn users can read ${fields.length} Balance fields and edit the editable ones.`,
      evidence,
    );
  },
});
