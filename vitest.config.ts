import { defineConfig } from 'vitest/config';

/** Page scans, PDFs and covers for the fixtures, rendered before any test (no binaries in the repository). */
const RENDER_PRINT_FIXTURES = 'tests/support/render-print-fixtures.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'lib',
          include: ['tests/lib/**/*.test.ts'],
          environment: 'node',
          globalSetup: [RENDER_PRINT_FIXTURES],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          environment: 'node',
          globalSetup: [RENDER_PRINT_FIXTURES],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One built site and one Chromium serve every browser test file.
          globalSetup: [RENDER_PRINT_FIXTURES, 'tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
