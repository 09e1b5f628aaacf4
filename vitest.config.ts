import { defineConfig } from 'vitest/config';

/**
 * Three tiers, one runner: `unit` (pure code, beside the source), `integration` (a real server
 * on a temporary SQLite file with real sockets) and `e2e` (the built app in Debian's Chromium).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One browser at a time on a 2-core machine keeps timings stable.
          fileParallelism: false,
        },
      },
    ],
  },
});
