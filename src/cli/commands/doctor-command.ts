import { connectOrg, type ConnectArgs } from '../../auth/connect-org.js';
import { OrgClient } from '../../org/index.js';
import { assessPreflight } from '../../preflight/assess.js';
import { doctorJson, doctorOutcome } from '../../preflight/doctor-json.js';
import { renderPreflight } from '../../preflight/render-preflight.js';
import { runPreflight } from '../../preflight/run-preflight.js';
import type { Outcome } from '../../outcome.js';
import type { CliIO } from '../io.js';
import { clientOptions } from '../obtain-snapshot.js';

export interface DoctorArgs extends ConnectArgs {
  timeout?: number;
  /** terminal (default) or json (doctor.schema.json). */
  format?: 'terminal' | 'json';
}

/**
 * Checks, in one API call, what an audit of this org would be able to see and fix: ok when nothing is
 * missing, incomplete when the audit would be partly blind or the permissions could not be read.
 */
export async function doctorCommand(args: DoctorArgs, io: CliIO): Promise<Outcome> {
  const client = new OrgClient(await connectOrg(args, io.env), clientOptions(args.timeout));
  const json = args.format === 'json';
  const preflight = await runPreflight(client, { withOrganization: json });
  const assessment = assessPreflight(preflight);
  if (json) io.stdout.write(`${JSON.stringify(doctorJson(client.instanceUrl, preflight, assessment), null, 2)}\n`);
  else io.stdout.write(`Org: ${client.instanceUrl}\n${renderPreflight(preflight, assessment)}`);
  return doctorOutcome(preflight, assessment);
}
