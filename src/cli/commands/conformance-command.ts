import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AuditError, UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';
import { samplePath } from '../sample-orgs.js';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import { describeSchemaErrors, schemaViolation, validatorFor } from '../../support/json-schema.js';
import { readUserJson } from '../../support/read-user-file.js';
import type { Har } from '../../trace/har.js';
import { HAR_SCHEMA } from '../../trace/har-schema.js';
import { type Difference, replayTrace } from '../../trace/replay-trace.js';

const USAGE = `Usage: npm run conformance -- FILE.har [--org SNAPSHOT.json]

Replays the requests of a --trace file against the emulator serving SNAPSHOT (default: the misconfigured
sample org) and lists where the emulator's status or body shape (JSON keys, XML element names; not values)
differs from what the org answered. Exit 0: no difference; 1: differences; 2: bad input.`;

/** `npm run conformance -- FILE.har [--org SNAPSHOT]`: the exit code (0 alike, 1 differences, 2 bad input). */
export async function conformance(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { org: { type: 'string' }, help: { type: 'boolean' } },
    });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`name one trace file\n${USAGE}`);
    const harPath = resolve(io.cwd, positionals[0]);
    const har = loadHar(harPath);
    const snapshot = await loadSnapshot(values.org ? resolve(io.cwd, values.org) : samplePath('misconfigured-org'));
    const { serveSnapshot } = await import('@juston-audit/salesforce-emulator');
    const { emulator } = await serveSnapshot(snapshot);
    try {
      const { replayed, differences } = await replayTrace(har, emulator);
      io.stdout.write(differences.map(renderDifference).join(''));
      io.stdout.write(
        differences.length === 0
          ? `All ${replayed} replayed exchange(s) answer alike (status and body shape).\n`
          : `${differences.length} of ${replayed} replayed exchange(s) differ.\n`,
      );
      return differences.length === 0 ? 0 : 1;
    } finally {
      await emulator.close();
    }
  } catch (error) {
    if (!(error instanceof AuditError) && !(error instanceof TypeError && 'code' in error)) throw error;
    io.stderr.write(`conformance: ${error.message}\n`);
    return 2;
  }
}

function loadHar(path: string): Har {
  const document = readUserJson(path, 'trace');
  const validate = validatorFor(HAR_SCHEMA);
  if (!validate(document)) throw schemaViolation(`trace ${path}`, describeSchemaErrors(validate.errors));
  return document as Har;
}

function renderDifference(difference: Difference): string {
  const lines = [`#${difference.entry} ${difference.request}`];
  if (difference.status) lines.push(`  status: org ${difference.status.org}, emulator ${difference.status.emulator}`);
  for (const path of difference.onlyInOrg) lines.push(`  only in the org's answer: ${path}`);
  for (const path of difference.onlyInEmulator) lines.push(`  only in the emulator's answer: ${path}`);
  return `${lines.join('\n')}\n`;
}
