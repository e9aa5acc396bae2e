import { describe, expect, it } from 'vitest';
import { collect } from '../../src/collect/collect.js';
import { evaluate } from '../../src/engine/index.js';
import { AuthError, CollectError } from '../../src/errors.js';
import { rules } from '../../src/rules/index.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { clean, misconfigured } from '../harness/snapshots.js';
import { rejection, served } from './support.js';

const withoutTime = (s: Snapshot) => ({ ...s, capturedAt: 'ignored' });
const statuses = (snapshot: Snapshot) => Object.fromEntries(evaluate(snapshot).results.map((r) => [r.ruleId, r.status]));
const needing = (key: string) =>
  rules
    .filter((r) => r.meta.requires.includes(key as never))
    .map((r) => r.meta.id)
    .sort();

describe('partial failure: what could not be read makes exactly its rules inconclusive', () => {
  it.each([
    ['clean', clean],
    ['misconfigured', misconfigured],
  ])(
    'INSUFFICIENT_ACCESS on SetupEntityAccess (%s org): the connected-app rules are inconclusive, the rest unchanged',
    async (_name, org) => {
      const baseline = await served({}, org());
      const { snapshot: full } = await collect(baseline.fastClient());
      const denied = await served({ faults: [{ fault: { kind: 'deny-access', sobjects: ['SetupEntityAccess'] } }] }, org());
      const { snapshot } = await collect(denied.fastClient());

      expect(snapshot.unreadable).toEqual({ 'records.SetupEntityAccess': 'INSUFFICIENT_ACCESS: insufficient access rights on object id' });
      const affected = needing('records.SetupEntityAccess');
      expect(affected).toEqual(expect.arrayContaining(['connected-app/profiles-authorized', 'connected-app/users-authorized']));
      const result = evaluate(snapshot);
      const before = statuses(full);
      for (const r of result.results) {
        if (affected.includes(r.ruleId)) {
          expect(r.status, r.ruleId).toBe('inconclusive');
          expect(r.reason, r.ruleId).toContain(
            'records.SetupEntityAccess could not be read (INSUFFICIENT_ACCESS: insufficient access rights on object id)',
          );
        } else {
          expect(r.status, r.ruleId).toBe(before[r.ruleId]);
        }
      }
      expect(
        result.results
          .filter((r) => r.status === 'inconclusive')
          .map((r) => r.ruleId)
          .sort(),
      ).toEqual(affected.filter((id) => before[id] !== 'not-applicable'));
    },
  );

  it('transient faults on every kind of read are retried away: the snapshot equals a fault-free one', async () => {
    const baseline = await served({ pageSize: 2 });
    const { snapshot: expected } = await collect(baseline.fastClient());
    const faulty = await served({
      pageSize: 2,
      faults: [
        { path: '/composite', nth: 1, fault: { kind: 'http-error', status: 503 } },
        { path: '/composite', nth: 3, fault: { kind: 'reset' } },
        { path: '/tooling/composite', nth: 1, fault: { kind: 'truncated-body' } },
        { path: '/query', nth: 1, fault: { kind: 'http-error', status: 500 } }, // a later page
        { operation: 'readMetadata', nth: 1, fault: { kind: 'malformed-body' } },
        { operation: 'readMetadata', nth: 2, fault: { kind: 'delay', ms: 3_000 } },
      ],
    });
    const { snapshot, stats } = await collect(faulty.fastClient({ requestTimeoutMs: 300 }));
    expect(faulty.emulator.faults.fired.map((f) => f.kind).sort()).toEqual([
      'delay',
      'http-error',
      'http-error',
      'malformed-body',
      'reset',
      'truncated-body',
    ]);
    expect(snapshot.unreadable).toBeUndefined();
    expect(withoutTime(snapshot)).toEqual(withoutTime(expected));
    expect(stats.apiCalls).toBeGreaterThan(6);
  });

  it('a read that keeps failing is recorded with its reason; the audit still reports everything else', async () => {
    // The Tooling queries travel in one Tooling composite request: when it keeps failing, all three are unread.
    const { fastClient } = await served({ faults: [{ path: '/tooling/composite', fault: { kind: 'http-error', status: 503 } }] });
    const { snapshot } = await collect(fastClient());
    const why =
      'SERVER_UNAVAILABLE: Server temporarily unavailable. Please try again later. (HTTP 503) on POST /tooling/composite (gave up after 4 attempts)';
    const unread = [
      'tooling.FlowDefinition',
      'tooling.InstalledSubscriberPackage',
      'tooling.RemoteProxy',
      'tooling.SubscriberPackage',
      'tooling.SubscriberPackageVersion',
    ];
    expect(snapshot.unreadable).toEqual(Object.fromEntries(unread.map((key) => [key, why])));
    const result = evaluate(snapshot);
    const remote = result.results.find((r) => r.ruleId === 'install/remote-sites-active')!;
    expect([remote.status, remote.reason]).toEqual([
      'inconclusive',
      expect.stringContaining('tooling.RemoteProxy could not be read (SERVER_UNAVAILABLE'),
    ]);
    const inconclusive = result.results.filter((r) => r.status === 'inconclusive').map((r) => r.ruleId);
    for (const id of inconclusive)
      expect(
        unread.some((key) => needing(key).includes(id)),
        id,
      ).toBe(true);
    expect(result.results.filter((r) => r.status === 'pass').length).toBeGreaterThan(0);
  });
});

describe('whole-run failures are typed errors with a one-line message', () => {
  it.each([
    [
      'an expired session with an access token',
      { fault: { kind: 'session-expired' as const } },
      AuthError,
      /^the org refused the session \(INVALID_SESSION_ID\)/,
    ],
    ['the daily API limit', { fault: { kind: 'limit-exceeded' as const } }, CollectError, /^the org's daily API request limit is used up/],
  ])('%s', async (_name, fault, type, message) => {
    const { fastClient } = await served({ faults: [fault] });
    const error = await rejection(collect(fastClient()));
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n|\bat \w+ \(/);
  });

  it('an org that stops answering mid-run', async () => {
    const { emulator, fastClient } = await served({ faults: [{ request: 2, fault: { kind: 'reset' } }] });
    emulator.faults.add({ fault: { kind: 'delay', ms: 5_000 } });
    const error = await rejection(collect(fastClient({ timeoutMs: 600, requestTimeoutMs: 200 })));
    expect(error).toBeInstanceOf(CollectError);
    expect(error.message).toMatch(
      /^could not finish reading http:\S+ within the 0\.6 s deadline \(--timeout\); last failure: (TIMEOUT|ECONNRESET)/,
    );
  });
});
