import type { Assessment, Gap, Preflight } from './assess.js';
import { remainingPercent } from './assess.js';
import { GRANT_LABELS, type Grant } from './user-permissions.js';

const mark = (held: boolean | undefined) => (held === undefined ? '?' : held ? '✔' : '✖');

const gapLine = (gap: Gap) => `  - ${gap.rules.join(', ')}: ${gap.what} needs ${gap.missing.join(' + ')}`;

/** Up-front warnings: which rules will be inconclusive and which fixes cannot be applied, and why. */
export function renderGaps(assessment: Assessment, withFixes: boolean): string {
  const lines: string[] = [];
  if (assessment.blind.length)
    lines.push('The running user lacks permissions; these rules will be inconclusive:', ...assessment.blind.map(gapLine));
  if (withFixes && assessment.unfixable.length)
    lines.push("These repairs cannot be applied with the running user's permissions:", ...assessment.unfixable.map(gapLine));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The `doctor` report: API budget, the running user's permissions, and what they mean for the audit and --fix. */
export function renderPreflight(preflight: Preflight, assessment: Assessment): string {
  const lines: string[] = [];
  const left = remainingPercent(preflight.budget);
  lines.push(
    preflight.budget
      ? `API budget: ${preflight.budget.remaining.toLocaleString('en-US')} of ${preflight.budget.max.toLocaleString('en-US')} daily requests left (${left!.toFixed(1)}%)`
      : 'API budget: unknown',
  );
  if (preflight.permissions) {
    lines.push('Running user permissions:');
    for (const grant of Object.keys(GRANT_LABELS) as Grant[]) lines.push(`  ${mark(preflight.permissions[grant])} ${GRANT_LABELS[grant]}`);
  } else {
    lines.push('Running user permissions: could not be read');
  }
  for (const problem of preflight.problems) lines.push(`Not readable: ${problem}`);
  const gaps = renderGaps(assessment, true).trimEnd();
  if (gaps) lines.push(gaps);
  else if (preflight.permissions && !preflight.problems.length)
    lines.push('All set: the audit can read everything it checks and --fix can apply every repair.');
  return `${lines.join('\n')}\n`;
}
