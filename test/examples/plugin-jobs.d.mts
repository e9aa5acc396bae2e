// Types of what test/examples/ci-examples.test.ts imports from plugin-jobs.mjs (plain JS, shared with scripts/test-clients.mjs).
export interface SfCommand {
  id: string;
  flags: string[];
  words: string[];
  line: string;
}
export function sfCommandsIn(script: string): SfCommand[];
export function githubExpression(value: unknown, secrets: Record<string, string>, entry: Record<string, string>): string;
