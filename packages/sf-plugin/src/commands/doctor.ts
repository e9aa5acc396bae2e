import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { DEFAULT_API_VERSION, loadDoctorCommand, loadTraced, type DoctorJson } from '../juston-audit.js';
import { orgLogin } from '../org-login.js';
import { runJuston } from '../run-juston.js';
import { documentOutput, sfIO } from '../sf-io.js';

/** With --json: juston-audit's `doctor --format json` document (doctor.schema.json in juston-audit). */
export type DoctorResult = DoctorJson | undefined;

export default class JustonDoctor extends SfCommand<DoctorResult> {
  public static override readonly summary = "Check the running user's permissions and the API budget before an audit.";
  public static override readonly description =
    'One API call: the daily API allowance left, the permissions the audit and --fix need, and which rules would be inconclusive without them. Exit code 0 when the audit would see everything, 3 when it would be partly blind. With --json, the result is juston-audit’s doctor JSON: apiUsage, permissions (held, missing, unknown), blind and unfixable rules, outcome.';
  public static override readonly examples = ['<%= config.bin %> <%= command.id %> --target-org prod'];
  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    'api-version': Flags.orgApiVersion({ summary: `Salesforce API version (default ${DEFAULT_API_VERSION}).` }),
    timeout: Flags.integer({ default: 120, min: 1, summary: 'Give up after this many seconds.' }),
    trace: Flags.file({ summary: 'Record every HTTP exchange with the org to FILE as HAR 1.2, secrets redacted (mode 0600).' }),
  };

  public override async run(): Promise<DoctorResult> {
    const { flags } = await this.parse(JustonDoctor);
    const json = this.jsonEnabled();
    const { io, captured } = sfIO({ json, spinner: this.spinner, confirm: (message) => this.confirm({ message }) }, 'juston doctor');
    const output = documentOutput<DoctorJson>(json, captured);
    await runJuston(async () => {
      const login = await orgLogin(flags['target-org'], flags['api-version'] ?? DEFAULT_API_VERSION);
      const [{ doctorCommand }, { traced }] = await Promise.all([loadDoctorCommand(), loadTraced()]);
      return traced(flags, io, doctorCommand)({ ...login, timeout: flags.timeout, format: output.format }, io);
    });
    return output.result();
  }
}
