import { readFileSync } from 'node:fs';

// `juston-audit --help` as yargs renders it, written by scripts/build.mjs (renderHelp) at the widths nearly every
// run asks for: 80 when piped or on an 80-column terminal, 100 on any terminal at least that wide. Printing it
// spares loading yargs and its cold help rendering, about 50 ms of Node 20's start (npm run bench:start).
// Resolved from the package root: the same file from tsc's dist/cli/, the bundle's dist/bundle/ and, under test, src/cli/.
export const PRERENDERED_HELP_FILE = new URL('../../dist/help.json', import.meta.url);
export const PRERENDERED_HELP_WIDTHS = [80, 100];

/** The prerendered --help for WIDTH columns; undefined for other widths or when the build wrote none. */
export function prerenderedHelp(width: number): string | undefined {
  try {
    return (JSON.parse(readFileSync(PRERENDERED_HELP_FILE, 'utf8')) as Record<string, string>)[width];
  } catch {
    return undefined;
  }
}
