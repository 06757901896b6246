import { defineConfig } from 'vitest/config';

/**
 * Unit tests. Test tiers match runtimes: `*.test.ts` run in plain Node (the analyzer, the manifest),
 * `*.test.tsx` render Preact views in happy-dom. Browser tests in test/e2e have their own config
 * (vitest.e2e.config.ts) because they need a build and a real Chromium; so do the Firefox ones in
 * test/e2e-firefox (vitest.firefox.config.ts).
 */
/**
 * WXT's storage helper (lib/storage/items.ts) reaches the browser through `@wxt-dev/browser`.
 * Processed by Vite rather than loaded by Node, its imports go through vitest's module graph, so a
 * test's `vi.mock('@wxt-dev/browser', ...)` hands it the fake browser as well.
 */
const server = { deps: { inline: [/@wxt-dev\/storage/, /wxt\/dist\/utils\/storage/] } };

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one plain "N passed, N failed" line for CI.
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    // A timeout catches a hang, not slowness: on a 2-core machine with both cores busy, tests that
    // parse every platform fixture or render the review page took 5–10 s (vitest's default is 5 s).
    // Speed is measured by the benchmarks, never by a test's timeout.
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          server,
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/e2e-firefox/**'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'happy-dom',
          server,
          include: ['test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/e2e-firefox/**'],
        },
      },
    ],
  },
});
