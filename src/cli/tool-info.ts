import { readFileSync } from 'node:fs';

/** The tool's name and version, from the package.json shipped beside dist/. */
export const TOOL = {
  name: 'juston-audit' as const,
  version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
};
