// Clean build of the workspace: removes every dist/, runs `tsc -b` once over the given project
// (tsconfig.build.json: the packages and the CLI; tsconfig.json: those plus the type-checked tests),
// makes the bin executable so `npx juston-audit` runs from a fresh clone, and prerenders --help
// (src/cli/prerendered-help.ts).
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const project = process.argv[2] ?? 'tsconfig.build.json';
for (const dir of ['dist', 'packages/org-snapshot/dist', 'packages/salesforce-emulator/dist', 'node_modules/.cache/tsc']) {
  rmSync(dir, { recursive: true, force: true });
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-b', project], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
chmodSync('dist/cli.js', 0o755);

const { renderHelp } = await import('../dist/cli/run-cli.js');
const { PRERENDERED_HELP_FILE, PRERENDERED_HELP_WIDTHS } = await import('../dist/cli/prerendered-help.js');
const help = {};
for (const width of PRERENDERED_HELP_WIDTHS) help[width] = await renderHelp(width);
writeFileSync(PRERENDERED_HELP_FILE, JSON.stringify(help));
