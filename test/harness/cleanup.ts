/**
 * What harness helpers must undo (close an emulator, remove a temp dir); `test/setup.ts` runs it after
 * each test or each file. Test files share one module cache per worker (no isolation), so a helper
 * module cannot register its own hooks: they would attach to the first file that imported it.
 */
type Cleanup = () => unknown;

const afterTest: Cleanup[] = [];
const afterFile: Cleanup[] = [];

export const cleanUpAfterTest = (cleanup: Cleanup): void => void afterTest.push(cleanup);
export const cleanUpAfterFile = (cleanup: Cleanup): void => void afterFile.push(cleanup);

async function runAll(cleanups: Cleanup[]): Promise<void> {
  await Promise.all(cleanups.splice(0).map(async (cleanup) => cleanup()));
}

export const runTestCleanups = (): Promise<void> => runAll(afterTest);
export const runFileCleanups = (): Promise<void> => runAll(afterFile);
