import type { FieldType } from '../types.js';

/** A describe result checked into a public repository (the Salesforce VS Code extension's SOQL metadata cache). */
interface DescribeCapture {
  repo: string;
  path: string;
  commit: string;
}

/** A Salesforce reference page, the edition read and, when the page was read in a copy, where. */
interface ReferencePage {
  page: string;
  apiVersion: string;
  readIn?: string;
}

interface SourcedField {
  type: FieldType;
  filterable: boolean;
  createable: boolean;
  updateable: boolean;
  nillable: boolean;
  referenceTo?: string[];
  relationshipName?: string | null;
}

/**
 * What Salesforce says about one standard object: which fields exist and their type, filterable and
 * nillable from a describe capture (or the reference page where there is none), createable and
 * updateable from the reference page's Create and Update properties. Properties that neither settles
 * are listed in `unsettled` (the values given are the emulator's) and in the README as [unverified].
 */
export interface ObjectSource {
  object: string;
  describe?: DescribeCapture;
  reference: ReferencePage;
  fields: Record<string, SourcedField>;
  unsettled?: { properties: Array<keyof SourcedField>; fields: string[] };
}

/**
 * CreatedDate, CreatedById, LastModifiedDate, LastModifiedById and SystemModstamp as every capture that
 * lists all five describes them: set by the system, filterable, never writable or null. Objects whose capture
 * lacks some of them list their own.
 */
export const AUDIT_FIELDS: Record<string, SourcedField> = {
  CreatedDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  CreatedById: {
    type: 'reference',
    filterable: true,
    createable: false,
    updateable: false,
    nillable: false,
    referenceTo: ['User'],
    relationshipName: 'CreatedBy',
  },
  LastModifiedDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  LastModifiedById: {
    type: 'reference',
    filterable: true,
    createable: false,
    updateable: false,
    nillable: false,
    referenceTo: ['User'],
    relationshipName: 'LastModifiedBy',
  },
  SystemModstamp: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
};
