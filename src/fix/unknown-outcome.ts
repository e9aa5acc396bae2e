import { isCompositeRef, type OrgClient, resolveRefs, sameId } from '../org/index.js';
import { naturalKey, valuesEqual } from './conflicts.js';
import { type LiveState, readLive } from './live.js';
import type { PlannedChange } from './types.js';

type Row = Record<string, unknown>;

/** What a re-read shows of a lost write request: nothing of it, all of it (with the records it created), or neither. */
export type LostRequest = { written: false } | { written: true; recordIds: Map<string, string> };

/**
 * After a write request that failed as a whole (no answer, a cut answer, an error page): what the org holds of
 * it. The fixer's requests are allOrNone, so the org wrote all of their changes or none. Settled only when
 * every change looks written, or none does; anything else (someone else's edits meanwhile, a re-read that
 * fails) leaves it unknown (undefined). `ids`: the records earlier requests created, by change id.
 */
export async function settleLostRequest(
  client: OrgClient,
  changes: PlannedChange[],
  ids: ReadonlyMap<string, string>,
): Promise<LostRequest | undefined> {
  try {
    const known = new Map(ids);
    let live = await readLive(client, changes, known);
    const setsFound = changes.filter((c) => c.sobject === 'PermissionSet' && c.operation === 'sobject.create');
    for (const c of setsFound) {
      const id = liveRecord(c, live)?.Id;
      if (typeof id === 'string') known.set(c.id, id);
    }
    // records under a permission set the same request created are found once its Id is known
    if (setsFound.some((c) => known.has(c.id))) live = await readLive(client, changes, known);
    const now = changes.map((c) => resolved(c, known));
    if (now.every((c) => Object.values(c.after).some(isCompositeRef))) return undefined; // nothing the re-read can check
    const found = now.map((c) => [c, liveRecord(c, live)] as const);
    const written = found.filter(([c, row]) => row && (c.operation === 'sobject.create' || valuesEqual(row, c.after)));
    if (written.length === 0) return { written: false };
    if (written.length < changes.length) return undefined;
    return { written: true, recordIds: new Map(found.map(([c, row]) => [c.id, String(row!.Id)])) };
  } catch {
    return undefined;
  }
}

/** The change with references to records already created replaced by their Ids. */
function resolved(c: PlannedChange, ids: ReadonlyMap<string, string>): PlannedChange {
  const after = Object.fromEntries(Object.entries(c.after).map(([k, v]) => [k, typeof v === 'string' ? resolveRefs(v, ids) : v]));
  return { ...c, after };
}

/** The live record a change updates, or the one its create would be: by Id, by name, or by what makes it unique. */
function liveRecord(c: PlannedChange, live: LiveState): Row | undefined {
  if (c.operation === 'sobject.update') return (live.rows[c.sobject] ?? []).find((r) => sameId(r.Id, c.target.id));
  if (c.sobject === 'PermissionSet') {
    const name = String(c.after.Name).toLowerCase();
    return live.permissionSets.find((ps) => String(ps.Name).toLowerCase() === name && (ps.NamespacePrefix ?? null) === null);
  }
  if (Object.values(c.after).some(isCompositeRef)) return undefined;
  const key = naturalKey(c.sobject, c.after);
  return (live.rows[c.sobject] ?? []).find((r) => naturalKey(c.sobject, r) === key);
}
