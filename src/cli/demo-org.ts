import { existsSync } from 'node:fs';
import { serveSnapshot } from '@juston-audit/salesforce-emulator';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { samplePath } from './sample-orgs.js';

/**
 * Starts the emulator on 127.0.0.1 with the bundled misconfigured sample org, for `--demo`. The sample's
 * dates move to today (the emulator's shiftDatesTo): the demo collects live, at the current time, and a
 * failure "in the last 7 days" or a trial "expiring in 12 days" stays so whenever the demo runs.
 */
export async function startDemoOrg(latencyMs = 0) {
  const misconfigured = samplePath('misconfigured-org');
  const snapshot = await loadSnapshot(existsSync(misconfigured) ? misconfigured : samplePath('clean-org'));
  return (await serveSnapshot(snapshot, { latencyMs, shiftDatesTo: new Date() })).emulator;
}
