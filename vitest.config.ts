import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'lib'],
    testTimeout: 60_000,
    // beforeAll hooks build whole editions and packets; on a loaded 2-core machine that takes a while.
    hookTimeout: 120_000,
  },
});
