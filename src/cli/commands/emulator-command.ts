import { serveSnapshot } from '@juston-audit/salesforce-emulator';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import type { CliIO } from '../io.js';
import type { Outcome } from '../../outcome.js';
import { emulatorJwtClient, type EmulatorJwtArgs } from './emulator-jwt-client.js';

export interface EmulatorArgs extends EmulatorJwtArgs {
  org: string;
  port: number;
  latencyMs: number;
}

/** Serves a snapshot as a live org on 127.0.0.1 until SIGINT/SIGTERM; prints one JSON line when ready. */
export async function emulatorCommand(args: EmulatorArgs, io: CliIO, stopSignal: Promise<unknown> = waitForSignal()): Promise<Outcome> {
  const snapshot = await loadSnapshot(args.org);
  const jwt = await emulatorJwtClient(args);
  try {
    const { emulator } = await serveSnapshot(snapshot, {
      port: args.port,
      latencyMs: args.latencyMs,
      clientId: jwt?.clientId ?? args.clientId,
      jwtPublicKey: jwt?.jwtPublicKey,
    });
    const { instanceUrl, loginUrl, accessToken, username, password } = emulator;
    // The emulator's own throwaway credentials: printing them is how a user connects to it. A generated
    // private key is never printed, only the path of its file.
    const client = { clientId: jwt?.clientId ?? args.clientId, jwtKeyFile: jwt?.jwtKeyFile };
    io.stdout.write(`${JSON.stringify({ instanceUrl, accessToken, loginUrl, username, password, ...client })}\n`);
    await stopSignal;
    await emulator.close();
  } finally {
    await jwt?.discard();
  }
  return 'ok';
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
