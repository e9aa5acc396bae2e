import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  bundleDependencies: string[];
};

let files: string[];
beforeAll(async () => {
  if (!existsSync(join(root, 'dist/cli.js'))) throw new Error("dist/ is missing: run 'npm run build' first ('npm test' does)");
  // --ignore-scripts: list what would be packed from the dist/ built before the tests, without rebuilding it.
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { cwd: root, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, out, err) => (error ? reject(new Error(`npm pack failed: ${err}`)) : resolve(out)),
    );
  });
  const [packed] = JSON.parse(stdout) as Array<{ name: string; version: string; files: Array<{ path: string }> }>;
  expect(packed.name).toBe(pkg.name);
  files = packed.files.map((f) => f.path);
}, 90_000);

/** Every dist file the bin loads, following static and dynamic relative imports; bare specifiers apart. */
function importGraph(entry: string): { local: Set<string>; bare: Set<string> } {
  const local = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (local.has(file)) return;
    local.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of source.matchAll(
      /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    )) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.')) visit(normalize(join(dirname(file), spec)));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { local, bare };
}

/** The JSON Schemas of every JSON the tool reads or writes, shipped beside the bin. */
const SCHEMAS = ['snapshot', 'rules', 'report', 'doctor', 'rollback', 'diff'].map((name) => `${name}.schema.json`);

describe('npm pack (what `npx juston-audit` gets)', () => {
  it('package.json: the bin is dist/cli.js, `files` names what ships, and Node 20 is required', () => {
    expect(pkg.bin).toEqual({ 'juston-audit': 'dist/cli.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/bundle', 'dist/help.json', 'samples', ...SCHEMAS, 'README.md']));
    expect(pkg.engines.node).toMatch(/20/);
  });

  it('the built bin is executable, so `npx juston-audit` runs it from a fresh clone', () => {
    expect(statSync(join(root, pkg.bin['juston-audit'])).mode & 0o111).toBe(0o111);
  });

  it('holds the bin, the sample orgs, the six schemas, README and package.json', () => {
    for (const path of [
      'dist/cli.js',
      'samples/clean-org.json',
      'samples/misconfigured-org.json',
      ...SCHEMAS,
      'README.md',
      'package.json',
    ]) {
      expect(files, path).toContain(path);
    }
    expect(readFileSync(join(root, 'dist/cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('holds every module the bin loads, and every package it imports is a runtime dependency', () => {
    const { local, bare } = importGraph('dist/cli.js');
    expect(local.size).toBeGreaterThan(20);
    for (const file of local) expect(files, `${file} is loaded by the bin`).toContain(file);
    // The bin loads tsc's output bundled (scripts/build.mjs); the unbundled modules stay home.
    expect(files.filter((path) => path.startsWith('dist/') && !local.has(path))).toEqual(['dist/help.json']);
    // Files read at run time beside the code: package.json (version), the snapshot schema, the samples (--demo), --help.
    for (const file of ['package.json', 'snapshot.schema.json', 'samples/misconfigured-org.json', 'dist/help.json'])
      expect(files).toContain(file);
    const builtins = new Set(builtinModules);
    for (const spec of bare) {
      if (spec.startsWith('node:') || builtins.has(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      expect(pkg.dependencies, `'${spec}' is imported by dist/ but is not in dependencies`).toHaveProperty([name]);
    }
  });

  it('bundles the emulator and the snapshot contract as built packages, with no emulator code in the CLI itself', () => {
    for (const name of ['@juston-audit/salesforce-emulator', '@juston-audit/org-snapshot']) {
      expect(pkg.bundleDependencies).toContain(name);
      expect(files).toContain(`node_modules/${name}/dist/index.js`);
      expect(files).toContain(`node_modules/${name}/package.json`);
    }
    expect(
      files.filter((path) => path.startsWith('node_modules/@juston-audit/') && !/\/(dist\/.*\.js|package\.json|README\.md)$/.test(path)),
    ).toEqual([]);
    expect(files.filter((path) => /^dist\/(emulator|samples)\//.test(path))).toEqual([]);
  });

  it('holds no tests, no TypeScript sources, no journals, snapshots of real orgs or anything secret-looking', () => {
    const allowedRoots =
      /^(dist\/|samples\/|node_modules\/|README\.md$|package\.json$|LICENSE|(snapshot|rules|report|doctor|rollback|diff)\.schema\.json$)/;
    for (const path of files) expect(path, 'outside dist/, samples/, the bundled packages and the root documents').toMatch(allowedRoots);
    // Third-party packages bundled with the emulator ship as their authors publish them.
    const ours = files.filter((path) => !path.startsWith('node_modules/') || path.startsWith('node_modules/@juston-audit/'));
    for (const path of ours) {
      expect(path).not.toMatch(/(^|\/)(test|tests|__tests__)\//);
      expect(path).not.toMatch(/\.(test|spec)\.[cm]?[jt]s$/);
      expect(path).not.toMatch(/^dist\/.*\.d\.ts$|\.tsbuildinfo$/);
      expect(path).not.toMatch(/(?<!\.d)\.ts$/);
      expect(path).not.toMatch(/\.juston-audit|journal-.*\.json$/);
      expect(path).not.toMatch(
        /(\.(pem|key|p12|pfx|crt|jks)|(^|\/)\.env.*|(^|\/)id_rsa.*|\.npmrc|(^|\/)(credentials|secrets?|auth)\.(json|ya?ml|txt))$/i,
      );
      expect(path).not.toMatch(/(^|\/)(scratch|tmp)[-/]/);
    }
    // The only JSON data shipped is the sample orgs, and they hold no session id or key.
    for (const path of files.filter((p) => p.startsWith('samples/'))) {
      const text = readFileSync(join(root, path), 'utf8');
      expect(text, path).not.toMatch(/\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]+/);
      expect(text, path).not.toMatch(/-----BEGIN/);
    }
  });
});
