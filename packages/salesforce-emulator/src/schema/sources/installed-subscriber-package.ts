import type { ObjectSource } from './object-source.js';

export const installedSubscriberPackageSource: ObjectSource = {
  object: 'InstalledSubscriberPackage',
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.216.0.api_tooling.meta/api_tooling/tooling_api_objects_installedsubscriberpackage.htm',
    apiVersion: '44.0',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    SubscriberPackageId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['SubscriberPackage'],
      relationshipName: 'SubscriberPackage',
    },
    SubscriberPackageVersionId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['SubscriberPackageVersion'],
      relationshipName: 'SubscriberPackageVersion',
    },
    MinPackageVersionId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['SubscriberPackageVersion'],
      relationshipName: 'MinPackageVersion',
    },
  },
};
