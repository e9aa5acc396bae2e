import { createRule } from '../create-rule.js';
import { fromFindings, inconclusive, notApplicable } from '../outcome.js';
import type { Evidence, FindingDraft } from '../types.js';
import { describeGrants, fieldAccess, perGrantList } from '../shared/effective-access.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';

const FIELD = 'Task.Type';

export default createRule({
  meta: {
    id: 'access/task-type-field',
    title: 'JustOn users can read and edit Task.Type',
    description: 'Every JustOn user can read and edit the Type field of Task (checked when describe says the field is permissionable).',
    whyItMatters:
      'JustOn records dunning and e-mail activities as tasks with a Type; users without field access on Task.Type hit errors when JustOn creates or shows these activities.',
    severity: 'error',
    category: 'access',
    requires: ['describe.Task', 'records.FieldPermissions', ...JUSTON_USER_DATA],
    messages: {
      missing: "User '{{user}}' cannot {{what}} {{field}}.",
    },
    fixable: 'safe',
    remediation: {
      text: 'In your JustOn permission set, give Read and Edit access to the Type field of Task and assign the permission set to the JustOn users.',
      setupPath:
        'Setup > Users > Permission Sets > (your JustOn permission set) > Object Settings > Tasks > Edit > Field Permissions > Type',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_setup_perm_set/',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const describe = snapshot.describe.Task;
    if (!describe) return inconclusive('There is no describe result for Task; Task always exists, so it was not collected.');
    const type = describe.fields.find((f) => f.name === 'Type');
    if (!type) return inconclusive('The Task describe has no Type field.');
    if (!type.permissionable) return notApplicable('Task.Type is not controlled by field-level security in this org.');
    const editable = type.updateable;
    const users = justOnUsers(snapshot, context);
    const findings: FindingDraft<'missing'>[] = [];
    const evidence: Evidence[] = [];
    const accessOf = perGrantList((grants) => {
      const access = fieldAccess(snapshot, grants, FIELD);
      return {
        read: access.read.length === 0,
        edit: editable && access.edit.length === 0,
        detail: `via ${describeGrants([...access.read, ...access.edit])}`,
      };
    });
    for (const { user, grants } of users) {
      const { read, edit, detail } = accessOf(grants);
      if (!read && !edit) {
        evidence.push({ resource: userResource(user), detail });
        continue;
      }
      findings.push({
        resource: userResource(user),
        messageId: 'missing',
        data: { user: user.Username, what: read ? (edit ? 'read or edit' : 'read') : 'edit', field: FIELD },
        fix: { kind: 'user-access', userId: user.Id, objects: [], fields: [{ field: FIELD, read, edit }], tabs: [], setupEntities: [] },
      });
    }
    return fromFindings(findings, `All ${users.length} JustOn users can read and edit ${FIELD}.`, evidence);
  },
});
