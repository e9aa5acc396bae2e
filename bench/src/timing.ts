import type { ServeSnapshotOptions, ServerTiming } from '@juston-audit/salesforce-emulator';

/**
 * The emulator's two ways of timing its answers: `flat`, the same latency before every response whatever
 * it holds (the old model), and `server`, a round trip plus server time per subrequest and per thousand
 * rows, a composite request's subrequests one after another (packages/salesforce-emulator/src/http/server-time.ts).
 */
export type ModelName = 'flat' | 'server';

export const MODEL_NAMES: readonly ModelName[] = ['flat', 'server'];

/** The emulator options that select a model. */
export function emulatorTiming(
  model: ModelName,
  latencyMs: number,
  timing: ServerTiming,
): Pick<ServeSnapshotOptions, 'latencyMs' | 'timing'> {
  return model === 'flat' ? { latencyMs } : { timing };
}

export function describeModel(model: ModelName, latencyMs: number, timing: ServerTiming): string {
  if (model === 'flat') return `flat ${latencyMs} ms per request`;
  return `server time: ${timing.roundTripMs} ms round trip + ${timing.perSubrequestMs} ms per (sub)request + ${timing.perThousandRowsMs} ms per 1,000 rows`;
}

/**
 * How the collection may split its reads, compared under each model: the fewest calls
 * Salesforce's composite limits allow, the collector's own budget (what the CLI does), and as many calls
 * as its estimates say help. Values are `collect()`'s call budget; undefined keeps its default.
 */
export type SplitName = 'fewest' | 'planned' | 'unbounded';

export const SPLITS: Record<SplitName, number | undefined> = { fewest: 0, planned: undefined, unbounded: 1000 };

export const SPLIT_NAMES = Object.keys(SPLITS) as SplitName[];
