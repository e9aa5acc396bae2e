import { beforeAll, describe, expect, it } from 'vitest';
import { MARKDOWN_FINDINGS_PER_RULE, md, renderMarkdown } from '../../src/report/markdown.js';
import type { AuditRun } from '../../src/report/types.js';
import { OPTIONS } from './fixtures/options.js';
import { sampleRun } from './fixtures/runs.js';

let misconfigured: AuditRun;
let clean: AuditRun;
beforeAll(async () => {
  misconfigured = await sampleRun('misconfigured-org');
  clean = await sampleRun('clean-org');
});

describe('Markdown summary', () => {
  it('has a heading with org and score, a status table and the failing rules', () => {
    const out = renderMarkdown([misconfigured], OPTIONS);
    expect(out.split('\n')[0]).toBe('## JustOn audit: Nordwind Handel GmbH (Full Sandbox): score 22/100');
    expect(out).toContain('| ✖ failed | 17 |');
    expect(out).toContain('| ✋ manual | 1 |');
    expect(out).toContain('**✖ Secure and persistent browser caching is disabled** (`session/browser-caching-disabled`, warning)');
    expect(out).toContain('**Setup:** Setup > Security > Session Settings > Caching');
    expect(out).not.toContain('Rules × orgs');
  });

  it(`lists at most ${MARKDOWN_FINDINGS_PER_RULE} findings per rule, then "and M more"`, () => {
    const run = structuredClone(misconfigured);
    const rule = run.result.results.find((r) => r.ruleId === 'access/balance-object')!;
    const template = rule.findings[0];
    rule.findings = Array.from({ length: 8 }, (_, i) => ({ ...template, message: `Finding number ${i + 1}.` }));
    const out = renderMarkdown([run], OPTIONS);
    expect(out).toContain('- Finding number 5.');
    expect(out).not.toContain('- Finding number 6.');
    expect(out).toContain('- … and 3 more');
  });

  it('ends with a rules × orgs matrix for several orgs', () => {
    const out = renderMarkdown([clean, misconfigured], OPTIONS);
    expect(out.split('\n')[0]).toBe('## JustOn audit: 2 orgs');
    expect(out).toContain('### Acme Billing GmbH: score 100/100');
    expect(out).toContain('| Rule | Acme Billing GmbH | Nordwind Handel GmbH (Full Sandbox) |');
    expect(out).toContain('| `session/browser-caching-disabled` | ✔ | ✖ |');
  });

  it('escapes table and markup characters', () => {
    expect(md('a|b *c* `d` <e> [f]')).toBe('a\\|b \\*c\\* \\`d\\` \\<e> \\[f\\]');
    expect(md('ONB2__Balance__c _x')).toBe('ONB2__Balance__c \\_x');
  });
});
