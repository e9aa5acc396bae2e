import { afterAll, afterEach } from 'vitest';
import { runFileCleanups, runTestCleanups } from './harness/cleanup.js';

// jsforce sends every request through these proxies and ignores NO_PROXY.
for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) delete process.env[name];

afterEach(runTestCleanups);
afterAll(runFileCleanups);
