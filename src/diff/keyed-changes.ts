import type { Change } from './types.js';

/**
 * The changes between two keyed maps of values: keys only in `after` are added (with their value), keys
 * only in `before` removed (with theirs), keys in both with a different value changed. An empty value is
 * left out. Sorted by subject for stable output.
 */
export function keyedChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Change[] {
  const changes: Change[] = [];
  for (const [subject, value] of after) {
    const old = before.get(subject);
    if (old === undefined) changes.push({ kind: 'added', subject, ...(value ? { after: value } : {}) });
    else if (old !== value) changes.push({ kind: 'changed', subject, before: old, after: value });
  }
  for (const [subject, old] of before) {
    if (!after.has(subject)) changes.push({ kind: 'removed', subject, ...(old ? { before: old } : {}) });
  }
  return changes.sort((a, b) => a.subject.localeCompare(b.subject));
}

/** keyedChanges over two sets of keys (added and removed only); `subject` names a key for people. */
export const setChanges = (before: Iterable<string>, after: Iterable<string>, subject = (key: string) => key): Change[] =>
  keyedChanges(new Map([...before].map((k) => [subject(k), ''])), new Map([...after].map((k) => [subject(k), ''])));
