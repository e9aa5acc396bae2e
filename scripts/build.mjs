// Clean build of the workspace: removes every dist/ and lib/, runs `tsc -b` once over the given project and the
// sf plugin (tsconfig.build.json: the packages and the CLI; tsconfig.json: those plus the type-checked tests), bundles
// the CLI that tsc emitted for the bin, and prerenders --help (src/cli/prerendered-help.ts).
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { SF_PLUGIN_MANIFEST, writeSfPluginManifest } from './sf-plugin-manifest.mjs';

const project = process.argv[2] ?? 'tsconfig.build.json';
const outputs = ['dist', 'packages/org-snapshot/dist', 'packages/salesforce-emulator/dist', 'packages/sf-plugin/lib', SF_PLUGIN_MANIFEST];
for (const dir of [...outputs, 'node_modules/.cache/tsc']) {
  rmSync(dir, { recursive: true, force: true });
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-b', project, 'packages/sf-plugin'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}

// Node 20 loads ES modules one file at a time at a cost of its own: `rules` loads about 55 of tsc's files, a
// bundle 10. Chunks split at the dynamic imports, so what a command loads lazily stays lazy; packages stay
// imports from node_modules. tsc's files stay for the benchmark and scripts/conformance.mjs.
await build({
  entryPoints: ['dist/cli.js'],
  outdir: 'dist/bundle',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  keepNames: true, // errors name themselves by their class (src/errors.ts)
  logLevel: 'warning',
});
// The bundle sits two levels below the package root like tsc's files (they read package.json, samples/ and the
// schemas at ../../ from import.meta.url), so the bin only imports it.
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './bundle/cli.js';\n");
chmodSync('dist/cli.js', 0o755);

const { renderHelp } = await import('../dist/cli/run-cli.js');
const { PRERENDERED_HELP_FILE, PRERENDERED_HELP_WIDTHS } = await import('../dist/cli/prerendered-help.js');
const help = {};
for (const width of PRERENDERED_HELP_WIDTHS) help[width] = await renderHelp(width);
writeFileSync(PRERENDERED_HELP_FILE, JSON.stringify(help));

await writeSfPluginManifest();
