import { defineConfig } from 'vitest/config';

/** End-to-end tests: the real UI in Debian's Chromium through the bridge. Run by `npm run test:e2e`. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/results-e2e.json' },
  },
});
