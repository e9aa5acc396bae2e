import { changeText } from './render-terminal.js';
import { changeCount, type OrgDiff } from './types.js';

/** Backslash-escapes the characters Markdown would read as formatting. */
const escape = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);

/** The Markdown diff, e.g. for a CI job summary: a heading, then one list per section with changes. */
export function renderMarkdown(diff: OrgDiff): string {
  const count = changeCount(diff);
  const lines = [
    `## What changed in ${escape(diff.org.name ?? diff.org.id)} (${diff.org.id})`,
    '',
    `From ${diff.old.capturedAt} to ${diff.new.capturedAt}: ${count === 0 ? 'no changes.' : `${count} change${count === 1 ? '' : 's'}.`}`,
  ];
  for (const section of diff.sections.filter((s) => s.changes.length > 0)) {
    lines.push('', `### ${section.title}`, '', ...section.changes.map((c) => `- ${c.kind}: ${escape(changeText(c))}`));
  }
  return `${lines.join('\n')}\n`;
}
