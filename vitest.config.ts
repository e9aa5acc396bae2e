import { defineConfig } from 'vitest/config';

// Test files share a module cache per worker thread (no isolation): jsforce and the SOQL parser load once per
// worker instead of once per file. Hooks that undo what a test started live in each project's setup file.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'threads',
    isolate: false,
    projects: [
      { extends: true, test: { name: 'cli', include: ['test/**/*.test.ts'], setupFiles: ['test/setup.ts'] } },
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
