import rule from '../../../src/rules/access/required-components.js';
import { notCollected, packageAbsent } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { addRows, clean, ids, modify, withRecords } from '../../harness/snapshots.js';

const CLASS_ID = '01p5g0000000001AAA';
/** The clean sample plus an Invoice describe and one ONB2 Apex class that only admins may run. */
const project = () =>
  withRecords(
    modify(clean(), (s) => {
      s.describe.ONB2__Invoice__c = {
        name: 'ONB2__Invoice__c',
        fields: [{ name: 'ONB2__Status__c', type: 'picklist', permissionable: true, updateable: true, calculated: false, nillable: true }],
      };
    }),
    {
      ApexClass: [{ Id: CLASS_ID, Name: 'InvoicePdfController', NamespacePrefix: 'ONB2' }],
      ApexPage: [],
      SetupEntityAccess: addRows({
        Id: '0J05g0000000900AAA',
        ParentId: ids.adminPs,
        SetupEntityId: CLASS_ID,
        SetupEntityType: 'ApexClass',
      }),
      FieldPermissions: addRows({
        Id: '01k5g0000000901AAA',
        ParentId: ids.readWritePs,
        SobjectType: 'ONB2__Invoice__c',
        Field: 'ONB2__Invoice__c.ONB2__Status__c',
        PermissionsRead: true,
        PermissionsEdit: false,
      }),
    },
  );
const invoice = { objects: [{ name: 'ONB2__Invoice__c', permissions: ['Read', 'Create', 'Edit'] }] };

ruleTester(rule, {
  valid: [
    { name: 'nothing configured', reason: 'No project-specific components are configured' },
    { name: 'Invoice Read/Create/Edit through the managed Read/Write set', snapshot: project(), options: invoice },
    {
      name: 'the Balance tab and a read-only field',
      snapshot: project(),
      options: { tabs: ['ONB2__Balance__c'], fields: [{ name: 'ONB2__Invoice__c.ONB2__Status__c', edit: false }] },
    },
    { name: 'package absent', snapshot: packageAbsent(project()), options: invoice, status: 'not-applicable' },
    {
      name: 'Apex classes configured but not collected',
      snapshot: notCollected(clean(), 'ApexClass'),
      options: { apexClasses: ['ONB2__InvoicePdfController'] },
      status: 'inconclusive',
      reason: 'records.ApexClass was not collected',
    },
  ],
  invalid: [
    {
      name: 'Delete on Invoice is missing for non-admins',
      snapshot: project(),
      options: { objects: [{ name: 'ONB2__Invoice__c', permissions: ['Read', 'Delete'] }] },
      findings: [
        {
          resourceId: ids.anna,
          message: "User 'anna.billing@acme-billing.example' lacks access to required components: ONB2__Invoice__c Delete.",
          fix: { objects: [{ sobject: 'ONB2__Invoice__c', missing: ['Delete'] }] },
        },
        { resourceId: ids.ben },
      ],
    },
    {
      name: 'an Apex class only the admin profile may run',
      snapshot: project(),
      options: { apexClasses: ['ONB2__InvoicePdfController'] },
      findings: [
        {
          resourceId: ids.anna,
          data: { gaps: 'ApexClass InvoicePdfController' },
          fix: { setupEntities: [{ type: 'ApexClass', id: CLASS_ID }] },
        },
        { resourceId: ids.ben },
      ],
    },
    {
      name: 'components that do not exist are reported once, not per user',
      snapshot: project(),
      options: {
        fields: [{ name: 'ONB2__Invoice__c.ONB2__Nope__c', edit: true }],
        visualforcePages: ['ONB2__Missing'],
        objects: [{ name: 'Custom__c', permissions: ['Read'] }],
      },
      findings: [
        { messageId: 'notFound', resourceType: 'CustomObject', resourceName: 'Custom__c' },
        { messageId: 'notFound', resourceType: 'CustomField', resourceName: 'ONB2__Invoice__c.ONB2__Nope__c' },
        { messageId: 'notFound', resourceType: 'ApexPage', message: "The required ApexPage 'ONB2__Missing' does not exist in the org." },
      ],
    },
    {
      name: 'an editable field that users may only read',
      snapshot: project(),
      options: { fields: [{ name: 'ONB2__Invoice__c.ONB2__Status__c', edit: true }] },
      findings: [
        { resourceId: ids.ada, data: { gaps: 'ONB2__Invoice__c.ONB2__Status__c edit' } },
        { resourceId: ids.anna, fix: { fields: [{ field: 'ONB2__Invoice__c.ONB2__Status__c', read: false, edit: true }] } },
        { resourceId: ids.ben },
      ],
    },
    {
      name: 'a field nobody may read',
      snapshot: withRecords(project(), { FieldPermissions: (rows) => rows.filter((r) => r.SobjectType !== 'ONB2__Invoice__c') }),
      options: { fields: [{ name: 'ONB2__Invoice__c.ONB2__Status__c', edit: true }] },
      findings: [
        { resourceId: ids.ada, data: { gaps: 'ONB2__Invoice__c.ONB2__Status__c read/edit' } },
        { resourceId: ids.anna },
        { resourceId: ids.ben },
      ],
    },
  ],
});
