import { Connection } from 'jsforce';
import { afterEach } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator/server.js';
import { fakeOrgData } from './fake-org-data.js';

// jsforce sends every request through these proxies and ignores NO_PROXY.
for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) delete process.env[name];

export const API_VERSION = '60.0';

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

/** Starts an emulator on a random port over the test org data; closed after each test. */
export async function emulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const started = await startEmulator({ orgData: fakeOrgData(), ...options });
  running.push(started);
  return started;
}

/** A real jsforce Connection with the emulator's pre-issued access token. */
export function connect(emu: RunningEmulator): Connection {
  return new Connection({ instanceUrl: emu.instanceUrl, accessToken: emu.accessToken, version: API_VERSION });
}
