import { connectOrg, type ConnectArgs } from '../../auth/connect-org.js';
import { OrgClient } from '../../org/index.js';
import { assessPreflight } from '../../preflight/assess.js';
import { renderPreflight } from '../../preflight/render-preflight.js';
import { runPreflight } from '../../preflight/run-preflight.js';
import type { Outcome } from '../../outcome.js';
import type { CliIO } from '../io.js';
import { clientOptions } from '../obtain-snapshot.js';

/**
 * Checks, in one API call, what an audit of this org would be able to see and fix: ok when nothing is
 * missing, incomplete when the audit would be partly blind or the permissions could not be read.
 */
export async function doctorCommand(args: ConnectArgs & { timeout?: number }, io: CliIO): Promise<Outcome> {
  const client = new OrgClient(await connectOrg(args, io.env), clientOptions(args.timeout));
  const preflight = await runPreflight(client);
  const assessment = assessPreflight(preflight);
  io.stdout.write(`Org: ${client.instanceUrl}\n${renderPreflight(preflight, assessment)}`);
  return preflight.permissions && assessment.blind.length === 0 ? 'ok' : 'incomplete';
}
