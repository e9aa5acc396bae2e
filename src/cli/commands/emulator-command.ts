import { serveSnapshot, type ServerTiming } from '@juston-audit/salesforce-emulator';
import { UsageError } from '../../errors.js';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import type { CliIO } from '../io.js';
import type { Outcome } from '../../outcome.js';
import { emulatorJwtClient, type EmulatorJwtArgs } from './emulator-jwt-client.js';

export interface EmulatorArgs extends EmulatorJwtArgs {
  org: string;
  port: number;
  latencyMs?: number;
  /** The server-time flags: `--server-time`, or any of the numbers, answers in that model. */
  timing?: { serverTime?: boolean; roundTripMs?: number; perSubrequestMs?: number; perThousandRowsMs?: number };
}

/** Serves a snapshot as a live org on 127.0.0.1 until SIGINT/SIGTERM; prints one JSON line when ready. */
export async function emulatorCommand(args: EmulatorArgs, io: CliIO, stopSignal: Promise<unknown> = waitForSignal()): Promise<Outcome> {
  const timing = serverTiming(args);
  const snapshot = await loadSnapshot(args.org);
  const jwt = await emulatorJwtClient(args);
  try {
    // Dates move to today, as in --demo: what was last week at the capture is last week when served.
    const { emulator } = await serveSnapshot(snapshot, {
      port: args.port,
      ...(timing ? { timing } : { latencyMs: args.latencyMs ?? 0 }),
      shiftDatesTo: new Date(),
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

const TIMING_FLAGS = {
  roundTripMs: '--round-trip-ms',
  perSubrequestMs: '--per-subrequest-ms',
  perThousandRowsMs: '--per-thousand-rows-ms',
};

/** The server-time model's settings when a server-time flag is given (the rest take the emulator's defaults). */
function serverTiming({ latencyMs, timing = {} }: EmulatorArgs): Partial<ServerTiming> | undefined {
  const { serverTime, ...numbers } = timing;
  const given = Object.entries(numbers).filter(([, value]) => value !== undefined) as Array<[keyof ServerTiming, number]>;
  if (!serverTime && given.length === 0) return undefined;
  if (latencyMs !== undefined) throw new UsageError('--latency-ms and the server-time flags are two timing models: give one');
  for (const [key, value] of given) {
    if (!Number.isFinite(value) || value < 0) throw new UsageError(`${TIMING_FLAGS[key]}: expected a number of milliseconds ≥ 0`);
  }
  return Object.fromEntries(given);
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
