import { beforeAll, describe, it } from 'vitest';
import { failedRun } from '../../src/report/failed-run.js';
import { reporters } from '../../src/report/index.js';
import type { AuditRun, ReportFormat } from '../../src/report/types.js';
import { expectGolden } from './golden.js';
import { OPTIONS, SFDX_PROJECT } from './fixtures/options.js';
import { loadSample, NOW, runFor, sampleRun, TOOL } from './fixtures/runs.js';
import { notReadyToInstall } from '../harness/generations.js';
import { withTypicalBaseline } from './fixtures/baseline.js';

// HTML has no golden file: test/report/html*.test.ts check its content in a real browser.
const EXT: Record<Exclude<ReportFormat, 'html'>, string> = {
  terminal: 'terminal.txt',
  json: 'json',
  sarif: 'sarif',
  junit: 'junit.xml',
  markdown: 'md',
};

let clean: AuditRun;
let misconfigured: AuditRun;
let broken: AuditRun;
let notInstalled: AuditRun;

beforeAll(async () => {
  clean = await sampleRun('clean-org');
  misconfigured = await sampleRun('misconfigured-org');
  notInstalled = runFor(notReadyToInstall(await loadSample('clean-org')));
  broken = failedRun(
    { id: '00D5g0000000009AAA', name: 'Broken Org', edition: 'Unknown', isSandbox: false },
    'INVALID_SESSION_ID: Session expired or invalid',
    TOOL,
    NOW,
  );
});

describe('golden files (regenerate with UPDATE_GOLDEN=1 npx vitest run test/report)', () => {
  for (const format of Object.keys(EXT) as Array<keyof typeof EXT>) {
    it(`${format}: clean sample org`, () => expectGolden(`clean-org.${EXT[format]}`, reporters[format]([clean], OPTIONS)));
    it(`${format}: misconfigured sample org`, () =>
      expectGolden(`misconfigured-org.${EXT[format]}`, reporters[format]([misconfigured], OPTIONS)));
    it(`${format}: an org before installation, not ready`, () =>
      expectGolden(`not-installed-org.${EXT[format]}`, reporters[format]([notInstalled], OPTIONS)));
    // JUnit has no notion of a baseline: its output does not change.
    if (format !== 'junit')
      it(`${format}: misconfigured sample org against a baseline (one finding new, one fixed)`, () =>
        expectGolden(`misconfigured-org.baseline.${EXT[format]}`, reporters[format]([withTypicalBaseline(misconfigured)], OPTIONS)));
    it(`${format}: three orgs, one of which could not be audited`, () =>
      expectGolden(`multi-org.${EXT[format]}`, reporters[format]([clean, misconfigured, broken], OPTIONS)));
  }
  it('sarif: misconfigured sample org with a Salesforce DX project', () =>
    expectGolden('misconfigured-org.sfdx.sarif', reporters.sarif([misconfigured], { ...OPTIONS, sfdxProject: SFDX_PROJECT })));
});
