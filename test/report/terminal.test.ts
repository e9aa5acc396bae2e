import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/report/terminal.js';
import type { FixPlan } from '../../src/fix/types.js';
import type { AuditRun } from '../../src/report/types.js';
import { stripAnsi, visibleLength, wrap } from '../../src/report/wrap.js';
import { OPTIONS } from './fixtures/options.js';
import { sampleRun } from './fixtures/runs.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

let misconfigured: AuditRun;
let clean: AuditRun;
beforeAll(async () => {
  misconfigured = await sampleRun('misconfigured-org');
  clean = await sampleRun('clean-org');
});

describe('wrap', () => {
  it('keeps every word, in order, and never exceeds the width unless a single word is longer', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9'().,>:@_-]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 10, max: 100 }), (ws, width) => {
        const lines = wrap(ws.join(' '), width, '  ', '    ');
        expect(words(lines.join(' '))).toEqual(ws);
        for (const line of lines) {
          if (visibleLength(line) > width) expect(words(line)).toHaveLength(1);
        }
      }),
    );
  });

  it('indents the first and following lines as asked', () => {
    expect(wrap('aaa bbb ccc', 9, '- ', '  ')).toEqual(['- aaa bbb', '  ccc']);
  });
});

describe('terminal report', () => {
  it('fits 80 columns and loses no word of any finding, reason or remediation', () => {
    const out = renderTerminal([misconfigured], OPTIONS);
    const lines = out.split('\n');
    const tooLong = lines.filter((l) => visibleLength(l) > 80 && words(l).length > 1);
    expect(tooLong).toEqual([]);
    const flat = words(out).join(' ');
    for (const r of misconfigured.result.results) {
      for (const f of r.findings) expect(flat).toContain(words(f.message).join(' '));
      if (r.status !== 'pass' && r.reason && r.findings.length === 0) expect(flat).toContain(words(r.reason).join(' '));
    }
    expect(flat).toContain('Setup > Security > Session Settings > Caching');
  });

  it('wraps narrower terminals without losing words', () => {
    const wide = renderTerminal([misconfigured], { ...OPTIONS, width: 200 });
    const narrow = renderTerminal([misconfigured], { ...OPTIONS, width: 50 });
    expect(words(narrow)).toEqual(words(wide));
    expect(narrow.split('\n').length).toBeGreaterThan(wide.split('\n').length);
  });

  it('has no colour codes when color is false, and has them when it is true', () => {
    expect(renderTerminal([misconfigured], OPTIONS)).not.toMatch(ANSI);
    const colored = renderTerminal([misconfigured], { ...OPTIONS, color: true });
    expect(colored).toMatch(ANSI);
    expect(stripAnsi(colored)).toBe(renderTerminal([misconfigured], OPTIONS));
  });

  it('shows a status mark per rule, findings, suppressed findings marked, the summary and what --fix repairs', () => {
    const out = renderTerminal([misconfigured], OPTIONS);
    expect(out).toContain('  ✔ Salesforce edition supports JustOn (org/edition-supported)');
    expect(out).toContain('  ✋ Login access granted to JustOn Support (support/login-access)');
    expect(out).toMatch(/✖ Secure and persistent browser caching is disabled\s+\(session\/browser-caching-disabled\) \[warning\]/);
    expect(out).toMatch(/~ User 'ben\.billing@nordwind\.example' has no ONB2 package licence\.\s+\[suppressed until 2099-12-31/);
    expect(out).toMatch(
      /Summary: 22 rules: 3 passed, 17 failed, 1 manual, 1 not applicable · 30 findings\s+\(1 suppressed\) ·\s+score 22\/100/,
    );
    expect(out).toContain('juston-audit --fix would repair 9 rules:');
    expect(out).not.toMatch(/• license\/assigned/); // all its findings are suppressed
    expect(out).not.toContain('Rules × orgs');
  });

  it('hides suppressed findings when includeSuppressed is false and says so', () => {
    const out = renderTerminal([misconfigured], { ...OPTIONS, includeSuppressed: false });
    expect(out).not.toContain('ben.billing@nordwind.example');
    expect(out).toContain('(1 suppressed finding not shown)');
  });

  it('ends with a rules × orgs matrix for several orgs', () => {
    const out = renderTerminal([clean, misconfigured], OPTIONS);
    expect(out).toContain('Rules × orgs');
    expect(out).toMatch(/session\/browser-caching-disabled\s+✔\s+✖/);
    expect(out).toContain('[2] Nordwind Handel GmbH (Full Sandbox) (00D5g0000000002AAA): score 22');
  });

  it('leaves an attached fix plan to the fix flow (src/fix/render.ts): the report still says what --fix would repair', () => {
    const plan: FixPlan = {
      format: 'juston-audit.fix-plan/v1',
      orgId: misconfigured.org.id,
      orgName: misconfigured.org.name,
      isSandbox: true,
      namespace: 'ONB2',
      fixType: 'safe',
      auditedAt: misconfigured.result.capturedAt,
      changes: [],
      manual: [],
      refusals: [],
      rules: [],
    };
    expect(renderTerminal([{ ...misconfigured, fixPlan: plan }], OPTIONS)).toBe(renderTerminal([misconfigured], OPTIONS));
  });
});
