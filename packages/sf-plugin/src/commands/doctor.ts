import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { DEFAULT_API_VERSION, loadDoctorCommand, loadTraced, type Outcome } from '../juston-audit.js';
import { orgLogin } from '../org-login.js';
import { runJuston } from '../run-juston.js';
import { sfIO, type TextResult } from '../sf-io.js';

export type DoctorResult = TextResult<Outcome>;

export default class JustonDoctor extends SfCommand<DoctorResult> {
  public static override readonly summary = "Check the running user's permissions and the API budget before an audit.";
  public static override readonly description =
    'One API call: the daily API allowance left, the permissions the audit and --fix need, and which rules would be inconclusive without them. Exit code 0 when the audit would see everything, 3 when it would be partly blind.';
  public static override readonly examples = ['<%= config.bin %> <%= command.id %> --target-org prod'];
  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    'api-version': Flags.orgApiVersion({ summary: `Salesforce API version (default ${DEFAULT_API_VERSION}).` }),
    timeout: Flags.integer({ default: 120, min: 1, summary: 'Give up after this many seconds.' }),
    trace: Flags.file({ summary: 'Record every HTTP exchange with the org to FILE as HAR 1.2, secrets redacted (mode 0600).' }),
  };

  public override async run(): Promise<DoctorResult> {
    const { flags } = await this.parse(JustonDoctor);
    const { io, captured } = sfIO(
      { json: this.jsonEnabled(), spinner: this.spinner, confirm: (message) => this.confirm({ message }) },
      'juston doctor',
    );
    let outcome: Outcome = 'ok';
    await runJuston(async () => {
      const login = await orgLogin(flags['target-org'], flags['api-version'] ?? DEFAULT_API_VERSION);
      const [{ doctorCommand }, { traced }] = await Promise.all([loadDoctorCommand(), loadTraced()]);
      outcome = await traced(flags, io, doctorCommand)({ ...login, timeout: flags.timeout }, io);
      return outcome;
    });
    return { outcome, output: captured() };
  }
}
