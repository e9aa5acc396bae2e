import { existsSync } from 'node:fs';
import { createOrgData } from '../emulator/create-org-data.js';
import { startEmulator } from '../emulator/server.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { samplePath } from './sample-orgs.js';

/** Starts the emulator on 127.0.0.1 with the bundled misconfigured sample org, for `--demo`. */
export async function startDemoOrg(latencyMs = 0) {
  const misconfigured = samplePath('misconfigured-org');
  const snapshot = await loadSnapshot(existsSync(misconfigured) ? misconfigured : samplePath('clean-org'));
  return startEmulator({ orgData: createOrgData(snapshot), port: 0, latencyMs });
}
