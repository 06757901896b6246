import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built extension in real Chromium. Run through `npm run test:e2e`, which
 * builds .output/chrome-mv3 and .output/firefox-mv2 first. One file at a time: each launches a browser.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
