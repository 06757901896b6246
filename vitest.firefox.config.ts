import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built extension in real Firefox (Debian's firefox-esr, driven over WebDriver
 * BiDi by puppeteer-core). Run through `npm run test:firefox`, which builds .output/firefox-mv2-e2e
 * first. One file at a time: each launches a browser.
 */
export default defineConfig({
  test: {
    name: 'firefox',
    reporters: ['default', ['json', { outputFile: 'test-results/firefox.json' }]],
    environment: 'node',
    include: ['test/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
