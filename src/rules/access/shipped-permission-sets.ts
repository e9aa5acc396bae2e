import { createRule } from '../create-rule.js';
import { fromFindings, inconclusive } from '../outcome.js';
import type { Evidence, FindingDraft } from '../types.js';
import type { FixData } from '../fix-data.js';
import { perGrantList } from '../shared/effective-access.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';
import { heldShippedSets, SHIPPED, shippedPermissionSets, type ShippedNames } from '../shared/shipped-permission-sets.js';

const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const LABELS = SHIPPED.map((s) => `'${s.label}'`).join(', ');

export default createRule({
  meta: {
    id: 'access/shipped-permission-sets',
    title: "Every JustOn user holds one of JustOn's shipped permission sets",
    description: `Each JustOn user holds JustOn Read Only, JustOn Read/Write or JustOn Full Access (managed permission sets of the package namespace, directly or in a permission set group), and JustOn Full Access only together with JustOn Read/Write. The sets are recognised by their documented labels (${LABELS}); their API names are not documented, so the options readOnlyNames, readWriteNames and fullAccessNames add the API names that count as each. When none is found the rule is inconclusive, never a guess.`,
    whyItMatters:
      "JustOn's shipped permission sets grant its own objects: a licensed user without any of them cannot work with JustOn, and JustOn Full Access is only valid together with Read/Write. Integration or guest users that need none can be left out with justOnUsers.exclude.",
    severity: 'error',
    category: 'access',
    requires: [...JUSTON_USER_DATA, 'records.PermissionSetGroupComponent'],
    messages: {
      none: "User '{{user}}' holds none of JustOn's permission sets ({{labels}}) and cannot work with JustOn's objects.",
      fullAccessAlone:
        "User '{{user}}' holds JustOn Full Access ({{via}}) without JustOn Read/Write; Full Access is only valid together with Read/Write.",
    },
    schema: {
      type: 'object',
      properties: {
        readOnlyNames: { ...names, description: 'API names that count as JustOn Read Only (besides its label).' },
        readWriteNames: { ...names, description: 'API names that count as JustOn Read/Write (besides its label).' },
        fullAccessNames: { ...names, description: 'API names that count as JustOn Full Access (besides its label).' },
      },
      additionalProperties: false,
    },
    fixable: 'review',
    remediation: {
      text: 'Assign JustOn Read/Write to the user (JustOn Read Only for users who only look; JustOn Full Access only on top of Read/Write). The fix assigns JustOn Read/Write, never Full Access, and is a reviewed fix: confirm each user really works with JustOn.',
      setupPath: 'Setup > Users > Permission Sets > JustOn Read/Write > Manage Assignments > Add Assignment',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_setup_perm_set/',
  },
  defaultOptions: { readOnlyNames: [] as string[], readWriteNames: [] as string[], fullAccessNames: [] as string[] },
  check(snapshot, options, context) {
    const configured: ShippedNames = {
      readOnly: options.readOnlyNames,
      readWrite: options.readWriteNames,
      fullAccess: options.fullAccessNames,
    };
    const shipped = shippedPermissionSets(snapshot, context.namespace, configured);
    if (shipped.size === 0) {
      return inconclusive(
        `No ${context.namespace} permission set is labelled ${LABELS} or named in the options readOnlyNames, readWriteNames, fullAccessNames: JustOn's shipped permission sets cannot be recognised.`,
      );
    }
    const readWrite = [...shipped.values()].find((s) => s.role === 'readWrite')?.set;
    const users = justOnUsers(snapshot, context);
    const findings: FindingDraft<'none' | 'fullAccessAlone'>[] = [];
    const evidence: Evidence[] = [];
    const heldOf = perGrantList((grants) => {
      const held = heldShippedSets(snapshot, grants, shipped);
      return { held, detail: `holds ${[...held.values()].flat().join(', ')}` };
    });
    for (const { user, grants } of users) {
      const { held, detail } = heldOf(grants);
      const fix: FixData = readWrite
        ? { kind: 'permission-set-assignment', userId: user.Id, permissionSetId: readWrite.Id, permissionSetName: readWrite.Label }
        : {
            kind: 'manual',
            steps: [
              `Setup > Users > Users > ${user.Username} > Permission Set Assignments > Edit Assignments.`,
              'Add JustOn Read/Write and click Save.',
            ],
          };
      const resource = userResource(user);
      if (held.size === 0) {
        findings.push({ resource, messageId: 'none', data: { user: user.Username, labels: LABELS }, fix });
      } else if (held.has('fullAccess') && !held.has('readWrite')) {
        findings.push({
          resource,
          messageId: 'fullAccessAlone',
          data: { user: user.Username, via: held.get('fullAccess')!.join(', ') },
          fix,
        });
      } else {
        evidence.push({ resource, detail });
      }
    }
    return fromFindings(findings, `All ${users.length} JustOn users hold a JustOn permission set.`, evidence);
  },
});
