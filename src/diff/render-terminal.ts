import { changeCount, type Change, type OrgDiff } from './types.js';

const MARK: Record<Change['kind'], string> = { added: '+', removed: '-', changed: '~' };

/** "subject: value" (just the subject when it has no value) or "subject: old → new". */
export function changeText(change: Change): string {
  const value = change.kind === 'changed' ? `${change.before} → ${change.after}` : (change.after ?? change.before);
  return `${change.subject}${value === undefined ? '' : `: ${value}`}`;
}

/** The plain-text diff: a header, then each section with changes and its lines. */
export function renderTerminal(diff: OrgDiff): string {
  const count = changeCount(diff);
  const lines = [
    `${diff.org.name ?? diff.org.id} (${diff.org.id}): ${diff.old.capturedAt} → ${diff.new.capturedAt}`,
    count === 0 ? 'No changes.' : `${count} change${count === 1 ? '' : 's'}:`,
  ];
  for (const section of diff.sections.filter((s) => s.changes.length > 0)) {
    lines.push('', `${section.title}:`, ...section.changes.map((c) => `  ${MARK[c.kind]} ${changeText(c)}`));
  }
  return `${lines.join('\n')}\n`;
}
