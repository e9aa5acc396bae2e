import { createRule } from '../create-rule.js';
import type { FieldGap } from '../fix-data.js';
import { fromFindings, pass } from '../outcome.js';
import type { FindingDraft } from '../types.js';
import { fieldAccess, OBJECT_PERMISSIONS, objectAccess, perGrantList, setupEntityGrants, tabAccess } from '../shared/effective-access.js';
import { findApex, isEmpty, missingComponents, requireComponentData, type RequiredComponents } from '../shared/components.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';

const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };

const NOTHING_REQUIRED: RequiredComponents = { objects: [], fields: [], apexClasses: [], visualforcePages: [], tabs: [] };

export default createRule({
  meta: {
    id: 'access/required-components',
    title: 'JustOn users can access the project-specific components',
    description:
      'Project-specific objects, fields, Apex classes, Visualforce pages and tabs listed in the config are accessible to every JustOn user.',
    whyItMatters:
      'Projects extend JustOn with their own objects, fields, pages and classes; users who cannot reach them hit errors in invoice runs and custom screens.',
    severity: 'error',
    category: 'access',
    requires: [...JUSTON_USER_DATA],
    messages: {
      notFound: "The required {{type}} '{{name}}' does not exist in the org.",
      gaps: "User '{{user}}' lacks access to required components: {{gaps}}.",
    },
    schema: {
      type: 'object',
      properties: {
        objects: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'permissions'],
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1 },
              permissions: { type: 'array', items: { enum: [...OBJECT_PERMISSIONS] }, minItems: 1, uniqueItems: true },
            },
          },
        },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'edit'],
            additionalProperties: false,
            properties: { name: { type: 'string', pattern: '^[A-Za-z0-9_]+\\.[A-Za-z0-9_]+$' }, edit: { type: 'boolean' } },
          },
        },
        apexClasses: names,
        visualforcePages: names,
        tabs: names,
      },
      additionalProperties: false,
    },
    fixable: 'safe',
    remediation: {
      text: 'Add the listed objects, fields, Apex classes, Visualforce pages and tabs to your JustOn permission set and assign it to the JustOn users.',
      setupPath:
        'Setup > Users > Permission Sets > (your JustOn permission set) > Object Settings / Apex Class Access / Visualforce Page Access',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_setup_perm_set/',
  },
  defaultOptions: NOTHING_REQUIRED,
  check(snapshot, options, context) {
    if (isEmpty(options)) return pass('No project-specific components are configured.');
    requireComponentData(options, context);
    const missing = missingComponents(snapshot, options);
    const absent = new Set(missing.map(([, name]) => name));
    const findings: FindingDraft<'notFound' | 'gaps'>[] = missing.map(([type, name]) => ({
      resource: { type, name },
      messageId: 'notFound' as const,
      data: { type, name },
    }));
    const apex = (kind: 'ApexClass' | 'ApexPage', list: string[]) =>
      list
        .map((n) => findApex(snapshot, kind, n))
        .filter((r) => r !== undefined)
        .map((r) => ({ type: kind, id: r.Id, name: r.Name }));
    const entities = [...apex('ApexClass', options.apexClasses), ...apex('ApexPage', options.visualforcePages)];
    const gapsOf = perGrantList((grants) => {
      const objects = options.objects
        .filter((o) => snapshot.describe[o.name])
        .map((o) => {
          const access = objectAccess(snapshot, grants, o.name);
          return { sobject: o.name, missing: o.permissions.filter((p) => access[p].length === 0) };
        })
        .filter((o) => o.missing.length > 0);
      const fields: FieldGap[] = options.fields
        .filter((f) => !absent.has(f.name))
        .map((f) => {
          const a = fieldAccess(snapshot, grants, f.name);
          return { field: f.name, read: a.read.length === 0, edit: f.edit && a.edit.length === 0 };
        })
        .filter((g) => g.read || g.edit);
      const tabs = options.tabs
        .filter((t) => tabAccess(snapshot, grants, t).length === 0)
        .map((tab) => ({ tab, visibility: 'DefaultOn' as const }));
      const setupEntities = entities.filter((e) => setupEntityGrants(snapshot, grants, e.id).length === 0);
      const gaps = [
        ...objects.map((o) => `${o.sobject} ${o.missing.join('/')}`),
        ...fields.map((f) => `${f.field} ${f.read && f.edit ? 'read/edit' : f.read ? 'read' : 'edit'}`),
        ...tabs.map((t) => `tab ${t.tab}`),
        ...setupEntities.map((e) => `${e.type} ${e.name}`),
      ];
      return { objects, fields, tabs, setupEntities, gaps };
    });
    for (const { user, grants } of justOnUsers(snapshot, context)) {
      const { objects, fields, tabs, setupEntities, gaps } = gapsOf(grants);
      if (gaps.length === 0) continue;
      findings.push({
        resource: userResource(user),
        messageId: 'gaps',
        data: { user: user.Username, gaps: gaps.join(', ') },
        fix: {
          kind: 'user-access',
          userId: user.Id,
          objects,
          fields,
          tabs,
          setupEntities: setupEntities.map(({ type, id }) => ({ type, id })),
        },
      });
    }
    return fromFindings(findings, 'Every JustOn user can access every configured component.');
  },
});
