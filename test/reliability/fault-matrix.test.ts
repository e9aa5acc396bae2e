import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultAction, FaultRule } from '@juston-audit/salesforce-emulator';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { rules } from '../../src/rules/index.js';
import { inNamespace } from '../../src/rules/shared/data.js';
import { cli, emulated, ROOMY_TIMEOUT, SAMPLE, STALL_TIMEOUT, tempDir, type Served } from '../cli/helpers.js';

/**
 * Every wire fault on every endpoint, through the whole CLI in-process over real HTTP. Each fault fires
 * once (`nth: 1`), then the org answers. Whatever happens, the run ends with 0–3, says why in at most one
 * stderr line naming the endpoint, and no rule passes on data it did not see (a passing rule's data equals
 * what a fault-free run read). A fault that stalls an answer is cut by the deadline's share for one attempt,
 * and that run ends within --timeout plus the fault-free run's own duration.
 */
const ROOMY_S = Number(ROOMY_TIMEOUT);
/** A write's attempt gets half of --timeout (a read's a third): past it the stalled write is undone. */
const STALL_S = Number(STALL_TIMEOUT);
/**
 * At most this many audits at once, the baselines included (vitest runs at most 5 tests at once; the 9 baselines
 * would all start together): audits share one thread, so more only makes each slower, and a baseline's duration, the
 * margin of its endpoint's stalled runs, is measured at the concurrency those runs see.
 */
const AUDITS_AT_ONCE = 5;
const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const CLIENT_ID = 'JUSTON_AUDIT_CI';

/** Faults after which the client waits for an answer that never completes, until the attempt's share of --timeout. */
const STALLS = new Set(['reset after the headers', 'reset in the middle of the body', 'a slow answer']);
const FAULTS: Array<[string, FaultAction]> = [
  ['reset before the answer', { kind: 'reset' }],
  ['reset after the headers', { kind: 'reset', at: 'headers' }],
  ['reset in the middle of the body', { kind: 'reset', at: 'body' }],
  ['truncated body', { kind: 'truncated-body' }],
  ['200 with an HTML page', { kind: 'html-page' }],
  ['200 with an empty body', { kind: 'empty-body' }],
  ['200 with another content type', { kind: 'wrong-content-type' }],
  ['503 with an HTML page', { kind: 'html-page', status: 503 }],
  ['a slow answer', { kind: 'delay', ms: (STALL_S * 1000) / 2 + 500 }], // longer than a read's or a write's attempt
  ['401', { kind: 'http-error', status: 401 }],
  ['403', { kind: 'http-error', status: 403 }],
];

type Login = 'token' | 'password' | 'jwt';
interface Endpoint {
  match: Omit<FaultRule, 'fault' | 'nth' | 'times'>;
  /** How stderr names it. */
  named: RegExp;
  login: Login;
  fix?: boolean;
  /** A small query page size, so the collector follows `nextRecordsUrl` with GET /query/<locator>. */
  pageSize?: number;
}

const ENDPOINTS: Record<string, Endpoint> = {
  'preflight composite (REST)': { match: { path: '/composite', writes: false }, named: /POST \/composite/, login: 'token' },
  'REST queries (collector composite)': {
    match: { path: '/composite', writes: false, request: 2 },
    named: /POST \/composite/,
    login: 'token',
  },
  'REST query pages (GET /query/<locator>)': {
    match: { path: '/query', method: 'GET' },
    named: /GET \/query/,
    login: 'token',
    pageSize: 5,
  },
  'Tooling queries (Tooling composite)': { match: { api: 'tooling' }, named: /POST \/tooling\/composite/, login: 'token' },
  'Metadata readMetadata (SOAP)': { match: { operation: 'readMetadata' }, named: /Metadata API readMetadata/, login: 'token' },
  'partner SOAP login': { match: { operation: 'login' }, named: /partner SOAP login/, login: 'password' },
  'OAuth token endpoint (JWT)': { match: { path: '/services/oauth2/token' }, named: /OAuth token endpoint/, login: 'jwt' },
  'fix: composite write': { match: { path: '/composite', writes: true }, named: /POST \/composite/, login: 'token', fix: true },
  'fix: Metadata updateMetadata': {
    match: { operation: 'updateMetadata' },
    named: /Metadata API updateMetadata/,
    login: 'token',
    fix: true,
  },
};

function loginArgs(served: Served, login: Login, dir: string): { argv: string[]; env: NodeJS.ProcessEnv } {
  const { emulator } = served;
  if (login === 'token') return { argv: ['--instance-url', emulator.instanceUrl], env: { SF_ACCESS_TOKEN: emulator.accessToken } };
  if (login === 'password')
    return { argv: ['--username', emulator.username, '--login-url', emulator.loginUrl], env: { SF_PASSWORD: emulator.password } };
  const keyFile = join(dir, 'server.key');
  writeFileSync(keyFile, keys.privateKey, { mode: 0o600 });
  return {
    argv: ['--client-id', CLIENT_ID, '--jwt-key-file', keyFile, '--username', emulator.username, '--login-url', emulator.loginUrl],
    env: {},
  };
}

let auditsRunning = 0;
const auditSlotFreed: Array<() => void> = [];

/** Runs `run` once fewer than AUDITS_AT_ONCE audits are running. */
async function inAuditSlot<T>(run: () => Promise<T>): Promise<T> {
  while (auditsRunning >= AUDITS_AT_ONCE) await new Promise<void>((resolve) => auditSlotFreed.push(resolve));
  auditsRunning += 1;
  try {
    return await run();
  } finally {
    auditsRunning -= 1;
    auditSlotFreed.shift()?.();
  }
}

async function audit(endpoint: Endpoint, faults: FaultRule[], timeoutS: number) {
  const served = await emulated(endpoint.fix ? SAMPLE.misconfigured : SAMPLE.clean, {
    faults,
    clientId: CLIENT_ID,
    jwtPublicKey: keys.publicKey,
    ...(endpoint.pageSize ? { pageSize: endpoint.pageSize } : {}),
  });
  const dir = tempDir('fault-matrix-');
  const { argv, env } = loginArgs(served, endpoint.login, dir);
  const snapshotFile = join(dir, 'snapshot.json');
  const extra = endpoint.fix ? ['--fix', '--yes'] : ['--save-snapshot', snapshotFile];
  const { result, ms } = await inAuditSlot(async () => {
    const started = Date.now();
    const result = await cli([...argv, '--format', 'json', '--timeout', String(timeoutS), ...extra], { env, cwd: dir });
    return { result, ms: Date.now() - started };
  });
  let snapshot: Snapshot | undefined;
  try {
    snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
  } catch {
    snapshot = undefined;
  }
  return { ...result, ms, served, snapshot };
}

/** The data a snapshot key names, as JSON (undefined when absent). */
function dataAt(snapshot: Snapshot, key: string): string | undefined {
  const [area, ...rest] = key.split('.');
  let node: unknown = (snapshot as unknown as Record<string, unknown>)[area!];
  for (const part of area === 'metadata' ? rest : [rest.join('.')]) node = (node as Record<string, unknown> | undefined)?.[part];
  return JSON.stringify(node);
}

/** Probe rule: records every request the endpoint matcher matches (a deny-access of nothing changes nothing). */
const probe = (endpoint: Endpoint): FaultRule => ({ ...endpoint.match, fault: { kind: 'deny-access', sobjects: [] } });
const matchedWrites = (served: Served) => served.emulator.faults.fired.filter((f) => f.kind === 'deny-access').length;

const baseline: Record<string, { snapshot?: Snapshot; writes: number; ms: number }> = {};

beforeAll(async () => {
  await Promise.all(
    Object.entries(ENDPOINTS).map(async ([name, endpoint]) => {
      const run = await audit(endpoint, [probe(endpoint)], ROOMY_S);
      expect(run.code, `${name} without faults: ${run.stderr}`).toBe(endpoint.fix ? 1 : 0); // the misconfigured sample keeps unfixable failures
      baseline[name] = { snapshot: run.snapshot, writes: matchedWrites(run.served), ms: run.ms };
    }),
  );
}, 60_000);

const CASES = Object.keys(ENDPOINTS).flatMap((endpoint) => FAULTS.map(([fault, action]) => [endpoint, fault, action] as const));

describe.concurrent('every wire fault on every endpoint (fires once, then the org answers)', () => {
  it.each(CASES)(
    '%s × %s',
    async (name, fault, action) => {
      const endpoint = ENDPOINTS[name]!;
      const rule: FaultRule = { ...endpoint.match, ...(endpoint.match.request ? {} : { nth: 1 }), times: 1, fault: action };
      const stalls = STALLS.has(fault);
      const run = await audit(endpoint, [rule, probe(endpoint)], stalls ? STALL_S : ROOMY_S);
      const context = `exit ${run.code}; stderr: ${run.stderr.split('\n').slice(-6).join('\n')}`;
      expect(
        run.served.emulator.faults.fired.some((f) => f.kind === action.kind),
        context,
      ).toBe(true);
      expect([0, 1, 2, 3], context).toContain(run.code);
      // --fix: the audit's deadline, then the writes'; past it, wrapping up takes less than a whole fault-free run
      const margin = Math.max(1_000, baseline[name]!.ms);
      if (stalls) expect(run.ms, context).toBeLessThan((endpoint.fix ? 2 : 1) * STALL_S * 1000 + margin);
      // --fix prints its plan and progress on stderr; the reason a run ended is the line the CLI prefixes with its name
      const all = run.stderr.split('\n').filter((line) => line && !line.startsWith('Snapshot written to '));
      const lines = endpoint.fix ? all.filter((line) => line.startsWith('juston-audit: ')) : all;
      expect(lines.length, context).toBeLessThanOrEqual(1);
      if (lines.length) expect(lines[0], context).toMatch(endpoint.named);
      if (endpoint.fix) {
        // never retried blindly: each write reaches the endpoint at most once, plus at most one request undoing it
        // (a write whose answer was lost, found written by a re-read, is undone with the rest of the run)
        expect(matchedWrites(run.served), context).toBeLessThanOrEqual(2 * baseline[name]!.writes);
        if (matchedWrites(run.served) > baseline[name]!.writes) expect(lines[0], context).toMatch(/were rolled back/);
        return;
      }
      if (run.code === 3 && !run.stdout) return; // the run stopped (login refused, session refused): nothing passed
      const report = JSON.parse(run.stdout) as { results: Array<{ ruleId: string; status: string }> };
      const seen = run.snapshot!;
      const expected = baseline[name]!.snapshot!;
      for (const result of report.results.filter((r) => r.status === 'pass')) {
        const meta = rules.find((r) => r.meta.id === result.ruleId)!.meta;
        for (const key of inNamespace(meta.requires, 'ONB2'))
          expect(dataAt(seen, key), `${result.ruleId} passed on ${key}; ${context}`).toBe(dataAt(expected, key));
      }
    },
    60_000,
  );
});
