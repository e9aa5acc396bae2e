import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Microsoft SARIF validator (devDependency @microsoft/sarif-multitool, Linux build). Its npm
 * wrapper runs the binary through a shell, which splits `--rule-kind "Gh;Sarif"` at the `;`, so tests
 * call the binary directly.
 */
export function multitoolPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
}

const TITLE = '"title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"';

/**
 * The SARIF 2.1.0 JSON schema the Microsoft validator itself uses, read from the validator binary
 * (it is embedded there as plain JSON text; no npm package ships the final 2.1.0 schema file and the
 * tests must not download it). Finds the schema's title and takes the balanced JSON object around it.
 */
export function sarifSchema(): Record<string, unknown> {
  const bin = readFileSync(multitoolPath());
  const at = bin.indexOf(Buffer.from(TITLE));
  if (at < 0) throw new Error('SARIF 2.1.0 schema not found in the multitool binary');
  const start = bin.lastIndexOf(0x7b, at);
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < bin.length; i++) {
    const c = bin[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return JSON.parse(bin.subarray(start, i + 1).toString('utf8')) as Record<string, unknown>;
  }
  throw new Error('Unterminated SARIF schema in the multitool binary');
}
