/**
 * One measured audit, in a process of its own so its memory is not mixed with the emulator's and the
 * generator's. Loads every module first, says `ready`, then runs the task it is sent and reports. The
 * straightforward way (and the whole jsforce package it uses) is loaded only in a child forked for it
 * (`child.js straightforward`), so that our audit's memory is what the CLI's would be.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { connectWithAccessToken } from '../../dist/auth/connect.js';
import { collect, plannedCallCount } from '../../dist/collect/collect.js';
import { OrgClient } from '../../dist/org/index.js';
import { evaluate } from '../../dist/engine/index.js';
import { applyFixes, planFixes, verifyFixes } from '../../dist/fix/index.js';
import { auditRunFromResult } from '../../dist/cli/audit-run.js';
import { JUSTON_AUDIT_COMMANDS } from '../../dist/command-names.js';
import { assessPreflight } from '../../dist/preflight/assess.js';
import { checkBudget } from '../../dist/preflight/budget.js';
import { renderGaps } from '../../dist/preflight/render-preflight.js';
import { runPreflight } from '../../dist/preflight/run-preflight.js';
import { reporters } from '../../dist/report/index.js';
import type { AuditResult } from '../../dist/engine/types.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { countWaves, type RequestSpan } from './waves.js';
import type { ChildResult, ChildTask } from './protocol.js';

const spans: RequestSpan[] = [];
const open = new Map<ClientRequest, number>();
let bytesReceived = 0;
subscribe('http.client.request.start', (message) => open.set((message as { request: ClientRequest }).request, performance.now()));
subscribe('http.client.response.finish', (message) => {
  const { request, response } = message as { request: ClientRequest; response: { headers: Record<string, string | undefined> } };
  bytesReceived += Number(response.headers['content-length'] ?? 0);
  const start = open.get(request);
  if (start === undefined) return;
  open.delete(request);
  spans.push({ start, end: performance.now(), label: `${request.method} ${request.path.slice(0, 80)}` });
});

async function run(task: ChildTask): Promise<ChildResult> {
  let sampled = process.memoryUsage().rss;
  const phases: Record<string, number> = {};
  let mark = performance.now();
  // Per phase: its duration, and the highest RSS sampled while it ran (MB).
  let phasePeak = 0;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    sampled = Math.max(sampled, rss);
    phasePeak = Math.max(phasePeak, rss);
  };
  const phase = (name: string) => {
    sample();
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    phases[`${name.replace(/Ms$/, '')}PeakRssMb`] = Math.round(phasePeak / 2 ** 20);
    mark = now;
    phasePeak = 0;
  };
  const sampler = setInterval(() => sample(), 5);
  const started = performance.now();
  spans.length = 0;
  bytesReceived = 0;
  const connection = connectWithAccessToken({ instanceUrl: task.instanceUrl, accessToken: task.accessToken, apiVersion: task.apiVersion });
  let snapshot: Snapshot;
  let collector: ChildResult['collector'];
  if (task.way === 'straightforward') {
    snapshot = await straightforward!.collectStraightforward(connection);
  } else {
    // As the CLI does (src/cli/obtain-snapshot.ts): the preflight call, the budget check, then the collection.
    const client = new OrgClient(connection);
    const preflight = await runPreflight(client);
    checkBudget(preflight, 1 + plannedCallCount(), { minApiRemainingPercent: 5 });
    renderGaps(assessPreflight(preflight), task.way === 'fix');
    phase('preflightMs');
    const collected = await collect(client, {}, { callBudget: task.callBudget });
    snapshot = collected.snapshot;
    collector = { apiCalls: client.apiCalls, waves: collected.stats.waves + 1, plan: collected.stats.plan };
  }
  phase('collectMs');
  const result = evaluate(snapshot, {});
  phase('evaluateMs');
  const report = reporters.terminal([auditRunFromResult(result, snapshot, { instanceUrl: task.instanceUrl })], {
    color: false,
    width: 100,
    commands: JUSTON_AUDIT_COMMANDS,
  });
  phase('renderMs');
  const wallMs = performance.now() - started;
  const auditSpans = spans.length;
  const auditBytes = bytesReceived;
  const timelineWaves = countWaves(spans);

  let fix: ChildResult['fix'];
  if (task.way === 'fix') {
    const plan = planFixes(result, snapshot, { fixType: 'review' });
    phase('planMs');
    await signal('applyStart');
    const outcome = await applyFixes(connection, plan, { snapshot, journalDir: task.journalDir!, orgId: result.orgId });
    await signal('applyEnd');
    const applyMs = Math.round(performance.now() - mark);
    phase('applyMs');
    const verified = await verifyFixes(connection, plan, {}, outcome);
    const verifyMs = Math.round(performance.now() - mark);
    phase('verifyMs');
    fix = {
      changes: plan.changes.length,
      status: outcome.status,
      writes: outcome.apiCalls.writes,
      reads: outcome.apiCalls.reads,
      applyMs,
      verifyMs,
      verified: verified.verified,
      notVerified: verified.notVerified,
      failed: verified.failed,
    };
  }
  clearInterval(sampler);
  sample();
  return {
    way: task.way,
    wallMs: Math.round(wallMs),
    phases,
    requests: auditSpans,
    bytesReceived: auditBytes,
    timeline: spans
      .slice(0, 60)
      .map((span) => ({ label: span.label ?? '', start: Math.round(span.start - started), end: Math.round(span.end - started) })),
    timelineWaves,
    ...(collector ? { collector } : {}),
    peakRssMb: Math.round(Math.max(sampled, process.resourceUsage().maxRSS * 1024) / 2 ** 20),
    sampledRssMb: Math.round(sampled / 2 ** 20),
    verdicts: verdicts(result),
    reportChars: report.length,
    ...(fix ? { fix } : {}),
  };
}

function verdicts(result: AuditResult): Record<string, string> {
  return Object.fromEntries(result.results.map((r) => [r.ruleId, `${r.status} (${r.findings.length})`]));
}

/** Tells the parent (which counts the emulator's calls) where a phase begins or ends, and waits for its nod. */
function signal(name: string): Promise<void> {
  return new Promise((resolve) => {
    process.once('message', () => resolve());
    process.send!({ mark: name });
  });
}

const straightforward = process.argv[2] === 'straightforward' ? await import('./straightforward.js') : undefined;
process.once('message', (task: ChildTask) => {
  run(task).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: Error) => process.send!({ ok: false, error: error.stack ?? String(error) }, () => process.exit(1)),
  );
});
process.send!('ready');
