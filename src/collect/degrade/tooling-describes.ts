import type { DescribeResult } from '@juston-audit/org-snapshot';
import { AuditError } from '../../errors.js';
import type { OrgClient } from '../../org/index.js';
import { fromObject, selectedFields } from './soql-shape.js';

/**
 * One round of Tooling describes (`GET /tooling/sobjects/<name>/describe`, all at once) of the sObjects
 * the statements read and of each relationship name they select through, taken as its parent's name
 * (the Tooling relationships the plan selects through are named as their sObjects). A describe that
 * fails is left out: no field of that sObject is then known to be missing.
 */
export async function toolingDescribes(client: OrgClient, statements: string[]): Promise<Map<string, DescribeResult>> {
  const objects = new Set<string>();
  for (const soql of statements) {
    objects.add(fromObject(soql));
    for (const field of selectedFields(soql).filter((f) => f.includes('.'))) objects.add(field.split('.')[0]);
  }
  const describes = new Map<string, DescribeResult>();
  await Promise.all(
    [...objects].map(async (name) => {
      try {
        describes.set(name, await client.get<DescribeResult>(`/tooling/sobjects/${name}/describe`));
      } catch (error) {
        if (error instanceof AuditError) throw error;
      }
    }),
  );
  return describes;
}

/**
 * Whether the describes list a selected field. `Rel.Field`: the relationship must be one of the read
 * sObject's reference fields and its parent must list the field. Unknown without the describe.
 */
export function listedInDescribes(describes: Map<string, DescribeResult>, sobject: string, field: string): boolean {
  const own = describes.get(sobject);
  if (!own) return true;
  if (!field.includes('.')) return own.fields.some((candidate) => candidate.name === field);
  const [relationship, name] = field.split('.');
  const reference = own.fields.find((candidate) => candidate.relationshipName === relationship);
  if (!reference) return false;
  const parent = describes.get((reference.referenceTo as string[] | undefined)?.[0] ?? relationship);
  return !parent || parent.fields.some((candidate) => candidate.name === name);
}

/** The sObject a selected field belongs to: the read's own, or the parent a relationship names. */
export function ownerOf(describes: Map<string, DescribeResult>, sobject: string, field: string): string {
  if (!field.includes('.')) return sobject;
  const relationship = field.split('.')[0];
  const reference = describes.get(sobject)?.fields.find((candidate) => candidate.relationshipName === relationship);
  return (reference?.referenceTo as string[] | undefined)?.[0] ?? relationship;
}
