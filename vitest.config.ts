import { defineConfig } from 'vitest/config';

/** Tests that start child processes (the built bin, npm, the SARIF validator, CI example scripts, headless Chromium). */
const SPAWNING = [
  'test/cli/binary*.test.ts',
  'test/examples/ci-examples.test.ts',
  'test/package/*.test.ts',
  'test/report/sarif.test.ts',
  'test/report/html-browser.test.ts',
];

// In-process tests share a module cache per worker thread (no isolation): jsforce and the SOQL parser load once
// per worker instead of once per file. Hooks that undo what a test started live in each project's setup file.
// Tests that spawn processes run in forks, where a worker shut down at the end cannot cut a child's pipe.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'threads',
    isolate: false,
    // Vitest's default on a 2-core machine is one worker.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['test/**/*.test.ts', 'packages/sf-plugin/test/**/*.test.ts'],
          exclude: SPAWNING,
          setupFiles: ['test/setup.ts'],
        },
      },
      { extends: true, test: { name: 'processes', include: SPAWNING, pool: 'forks', setupFiles: ['test/setup.ts'] } },
      {
        extends: true,
        test: {
          name: 'emulator',
          include: ['packages/salesforce-emulator/test/**/*.test.ts'],
          setupFiles: ['packages/salesforce-emulator/test/setup.ts'],
        },
      },
    ],
  },
});
