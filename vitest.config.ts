import { defineConfig } from 'vitest/config';

// Two projects: unit tests are pure and fast; integration tests (*.itg.test.ts) drive the real
// Docker engine, buildx, registry and HTTP, so they run one file at a time on this 2-core box.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: ['__tests__/**/*.itg.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['__tests__/**/*.itg.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['__tests__/support/global-setup.ts'],
        },
      },
    ],
  },
});
