import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, emulated, fakeSf, liveArgs, liveEnv, tempDir } from '../cli/helpers.js';

const planSection = (html: string) => /<section class="fix-plan" id="fix-plan">.*?<\/section>/s.exec(html)?.[0];

describe('--fix --dry-run with an HTML report, through the CLI against the emulated misconfigured org', () => {
  it('--output x.html carries the plan the terminal shows, and nothing is written to the org', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const before = org.orgData.toSnapshot();
    const dir = tempDir();
    const file = join(dir, 'audit.html');
    const json = join(dir, 'audit.json');
    const result = await cli([...liveArgs(org), '--fix', '--dry-run', '--output', file, '--output', json], { env: liveEnv(org), cwd: dir });
    expect(result.code).toBe(1);
    expect(org.orgData.toSnapshot()).toEqual(before);
    expect(result.stderr).toContain(`html report written to ${file}`);
    expect(result.stdout).toMatch(/Fix plan for Nordwind Handel GmbH \(Full Sandbox\)/);
    const plan = JSON.parse(readFileSync(json, 'utf8')).runs[0].fixPlan;
    const section = planSection(readFileSync(file, 'utf8'))!;
    expect(section).toContain(`Changes (${plan.changes.length}), in write order`);
    expect(section).toContain('fix type safe');
    for (const change of plan.changes) expect(section).toContain(`<code>${change.id}</code>`);
    expect(section).toContain('<code>enableS1EncryptedStoragePref2</code>: true → false');
    expect(section.match(/<ol>/g)).toHaveLength(plan.manual.length);
    expect(section).toContain('<h3>Not fixed</h3>');
    expect(result.stdout + result.stderr + section).not.toContain(org.emulator.accessToken);
  });

  it('--format html puts the page alone on stdout and the plan text on stderr', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const result = await cli([...liveArgs(org), '--fix', '--dry-run', '--format', 'html'], { env: liveEnv(org) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout.trimEnd()).toMatch(/<\/html>$/);
    expect(planSection(result.stdout)).toBeDefined();
    expect(result.stderr).toMatch(/Fix plan for Nordwind Handel GmbH/);
  });

  it('without --fix the page has no plan', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const result = await cli([...liveArgs(org), '--format', 'html'], { env: liveEnv(org) });
    expect(result.code).toBe(1);
    expect(planSection(result.stdout)).toBeUndefined();
  });
});

describe('several orgs with an HTML report, through the CLI (-o a -o b, stand-in sf on PATH)', () => {
  it('the page has the rules × orgs matrix, one section per org, each cell linked to a rule block of its org', async () => {
    const [acme, nordwind] = await Promise.all([emulated('samples/clean-org.json'), emulated('samples/misconfigured-org.json')]);
    const file = join(tempDir(), 'audit.html');
    const result = await cli(['-o', 'acme', '-o', 'gone', '-o', 'nordwind', '--output', file], { env: fakeSf({ acme, nordwind }) });
    expect(result.code).toBe(3);
    const html = readFileSync(file, 'utf8');
    const matrix = /<section class="matrix" id="matrix">.*?<\/section>/s.exec(html)![0];
    expect(matrix.match(/<th scope="col">/g)).toHaveLength(4);
    const row = /<tr><th scope="row"><code>org\/production-install<\/code>.*?<\/tr>/.exec(matrix)![0];
    expect([...row.matchAll(/<td class="status-([a-z-]+)"><a href="#([^"]+)">/g)].map((m) => [m[1], m[2]])).toEqual([
      ['pass', 'org-1/org/production-install'],
      ['error', 'org-2'],
      ['fail', 'org-3/org/production-install'],
    ]);
    for (const id of ['org-1', 'org-2', 'org-3', 'org-1/org/production-install', 'org-3/org/production-install'])
      expect(html).toContain(` id="${id}"`);
    expect(html).not.toContain(acme.emulator.accessToken);
    expect(html).not.toContain(nordwind.emulator.accessToken);
  });
});
