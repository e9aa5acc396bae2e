import { connectOrg } from '../../src/auth/connect-org.js';
import { OrgClient, type OrgClientOptions } from '../../src/org/index.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { cleanUpAfterTest } from '../harness/cleanup.js';
import { API_VERSION, serveOrg, type EmulatorOptions } from '../harness/emulated-org.js';
import { clean } from '../harness/snapshots.js';

/** Small real delays: every retry path runs over HTTP in milliseconds, not jsforce's 15.5 s. */
export const FAST: OrgClientOptions = { baseDelayMs: 2, maxDelayMs: 10, requestTimeoutMs: 400, timeoutMs: 10_000 };

/** The clean sample org (or `org`) on the emulator; closed after the test. */
export async function served(options: EmulatorOptions = {}, org: Snapshot = clean()) {
  const s = await serveOrg(org, options);
  cleanUpAfterTest(() => s.emulator.close());
  return { ...s, fastClient: (extra: OrgClientOptions = {}) => new OrgClient(s.connection(), { ...FAST, ...extra }) };
}

/** A connection made by SOAP login: jsforce holds a refresh delegate (it logs in again on 401). */
export function loginConnection(emulator: { loginUrl: string; username: string; password: string }): ReturnType<typeof connectOrg> {
  return connectOrg({ loginUrl: emulator.loginUrl, username: emulator.username, password: emulator.password, apiVersion: API_VERSION }, {});
}

export const USERS_QUERY = `/query?q=${encodeURIComponent('SELECT Id FROM User')}`;

/** What a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

/** Request trail as `METHOD path status`, locators and versions normalised. */
export const trail = (requests: Array<{ method: string; path: string; status: number }>): string[] =>
  requests.map(
    (r) =>
      `${r.method} ${r.path
        .split('?')[0]!
        .replace(/\/services\/data\/v[\d.]+/, '')
        .replace(/01g\w+-\d+/, 'LOC')} ${r.status}`,
  );
