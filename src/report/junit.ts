import type { RuleResult } from '../engine/types.js';
import type { AuditRun, Reporter, ReportOptions } from './types.js';
import { packageLabel, readinessDetail, readinessLine, readinessStep, resourceLabel, visibleFindings } from './view.js';
import { attrs, xmlEscape } from './xml.js';

function findingText(run: AuditRun, r: RuleResult, options: ReportOptions): string {
  const meta = run.rulesMeta[r.ruleId];
  const lines = visibleFindings(r, options).map(
    (f) =>
      `${f.suppressed ? '[suppressed] ' : ''}${f.message} (${resourceLabel(f)})${f.suppression && f.suppressed ? ` — ${f.suppression.reason}` : ''}`,
  );
  if (meta) lines.push('', `Fix: ${meta.remediation.text}`, `Setup: ${meta.remediation.setupPath}`, `Docs: ${meta.docsUrl}`);
  return lines.join('\n');
}

function testcase(run: AuditRun, r: RuleResult, options: ReportOptions): string {
  const open = `    <testcase${attrs({ classname: r.category, name: `${r.ruleId}: ${r.title}`, time: '0' })}`;
  const reason = r.reason ?? '';
  switch (r.status) {
    case 'fail': {
      const body = xmlEscape(findingText(run, r, options));
      if (r.failingSeverity === null) return `${open}>\n      <system-out>${body}</system-out>\n    </testcase>`;
      const n = r.findings.filter((f) => !f.suppressed).length;
      const message = `${n} ${n === 1 ? 'finding' : 'findings'}: ${r.findings.find((f) => !f.suppressed)?.message ?? ''}`;
      return `${open}>\n      <failure${attrs({ message, type: r.failingSeverity })}>${body}</failure>\n    </testcase>`;
    }
    case 'inconclusive':
      return `${open}>\n      <error${attrs({ message: reason, type: 'inconclusive' })}>${xmlEscape(r.error ?? reason)}</error>\n    </testcase>`;
    case 'manual':
    case 'not-applicable':
      return `${open}>\n      <skipped${attrs({ message: `${r.status}: ${reason}` })}/>\n    </testcase>`;
    default:
      return `${open}/>`;
  }
}

/** For an org without JustOn, the first test case: "Ready to install JustOn", failing with the open preparation steps. */
function readinessCase(run: AuditRun): string | undefined {
  const readiness = run.result.readiness;
  if (!readiness) return undefined;
  const open = `    <testcase${attrs({ classname: 'readiness', name: readinessLine(readiness), time: '0' })}`;
  if (readiness.ready) return `${open}/>`;
  const body = xmlEscape([readinessDetail(readiness), ...readiness.failing.map((step) => `- ${readinessStep(step)}`)].join('\n'));
  return `${open}>\n      <failure${attrs({ message: readinessDetail(readiness), type: 'readiness' })}>${body}</failure>\n    </testcase>`;
}

function testsuite(run: AuditRun, options: ReportOptions, timestamp: string): string {
  const results = run.result.results;
  const count = (pred: (r: RuleResult) => boolean) => results.filter(pred).length;
  const readiness = run.error ? undefined : readinessCase(run);
  const cases = run.error
    ? [
        `    <testcase${attrs({ classname: run.org.id, name: 'audit' })}>\n      <error${attrs({ message: run.error, type: 'audit-error' })}/>\n    </testcase>`,
      ]
    : [...(readiness ? [readiness] : []), ...results.map((r) => testcase(run, r, options))];
  const extra = readiness ? 1 : 0;
  const notReady = run.result.readiness?.ready === false ? 1 : 0;
  const props = {
    orgId: run.org.id,
    orgName: run.org.name,
    edition: run.org.edition,
    isSandbox: String(run.org.isSandbox),
    instanceUrl: run.org.instanceUrl,
    apiVersion: run.apiVersion,
    score: run.error ? undefined : String(run.result.summary.score),
    justOn: run.error ? undefined : packageLabel(run.result),
    readyToInstall: run.result.readiness ? (run.result.readiness.ready ? 'yes' : 'no') : undefined,
    toolVersion: run.tool.version,
  };
  const properties = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([name, value]) => `      <property${attrs({ name, value })}/>`)
    .join('\n');
  const head = attrs({
    name: `juston-audit ${run.org.name} (${run.org.id})`,
    tests: run.error ? 1 : results.length + extra,
    failures: count((r) => r.status === 'fail' && r.failingSeverity !== null) + notReady,
    errors: run.error ? 1 : count((r) => r.status === 'inconclusive'),
    skipped: count((r) => r.status === 'manual' || r.status === 'not-applicable'),
    time: run.stats ? (run.stats.durationMs / 1000).toFixed(3) : '0',
    timestamp,
  });
  return `  <testsuite${head}>\n    <properties>\n${properties}\n    </properties>\n${cases.join('\n')}\n  </testsuite>`;
}

/**
 * JUnit XML: one testsuite per org, one testcase per rule (led, for an org without JustOn, by "Ready to install
 * JustOn"). fail → <failure> (or a passing case with the
 * suppressed findings in <system-out> when all are suppressed), inconclusive → <error>, manual and
 * not-applicable → <skipped>.
 */
export const renderJunit: Reporter = (runs, options) => {
  const timestamp = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, '');
  const suites = runs.map((run) => testsuite(run, options, timestamp));
  const total = (f: (run: AuditRun) => number) => runs.reduce((n, run) => n + f(run), 0);
  const head = attrs({
    name: 'juston-audit',
    tests: total((r) => (r.error ? 1 : r.result.results.length + (r.result.readiness ? 1 : 0))),
    failures: total(
      (r) =>
        r.result.results.filter((x) => x.status === 'fail' && x.failingSeverity !== null).length +
        (r.result.readiness?.ready === false ? 1 : 0),
    ),
    errors: total((r) => (r.error ? 1 : r.result.results.filter((x) => x.status === 'inconclusive').length)),
    skipped: total((r) => r.result.results.filter((x) => x.status === 'manual' || x.status === 'not-applicable').length),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${head}>\n${suites.join('\n')}\n</testsuites>\n`;
};
