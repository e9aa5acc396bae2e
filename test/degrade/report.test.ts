import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';
import { collect } from '../../src/collect/collect.js';
import { serveOrg } from '../harness/emulated-org.js';
import { cleanUpAfterTest } from '../harness/cleanup.js';
import { OPTIONS } from '../report/fixtures/options.js';
import { loadSample, runFor } from '../report/fixtures/runs.js';

const validateReport = compileOnce('report.schema.json');

describe('degraded reads in the reports', () => {
  it('are listed in JSON (valid), terminal, Markdown and SARIF notifications, with the fallback and Salesforce message', async () => {
    const served = await serveOrg(await loadSample('misconfigured-org'), { strict: { noChildSubqueries: true } });
    cleanUpAfterTest(() => served.emulator.close());
    const { snapshot } = await collect(served.client());
    const run = runFor(snapshot);

    const json = JSON.parse(renderJson([run], OPTIONS)) as { runs: Array<{ degradedReads: Array<{ read: string; message: string }> }> };
    const validate = validateReport();
    expect(validate(json), describeSchemaErrors(validate.errors).join('\n')).toBe(true);
    expect(json.runs[0].degradedReads.map((d) => d.read)).toEqual(['adminUsers', 'licensedUsers', 'permissionSetUsers']);
    expect(json.runs[0].degradedReads[0].message).toMatch(/^INVALID_TYPE: Didn't understand relationship 'PermissionSetAssignments'/);

    const terminal = renderTerminal([run], { ...OPTIONS, color: false, width: 400 });
    expect(terminal).toContain('Degraded reads');
    expect(terminal).toMatch(
      /licensedUsers: read with a fallback \(child subquery PermissionSetAssignments read on its own\); Salesforce answered INVALID_TYPE/,
    );
    expect(renderMarkdown([run], OPTIONS)).toMatch(
      /#### Degraded reads\n\n- adminUsers: read with a fallback.*\n- licensedUsers: read with a fallback/,
    );

    const sarif = JSON.parse(renderSarif([run], OPTIONS)) as {
      runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }> }>;
    };
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.filter((n) => n.message.text.startsWith('Degraded read'));
    expect(notes.map((n) => n.level)).toEqual(['note', 'note', 'note']);
  });
});
