import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/clients needs Chromium, LibreOffice, qpdf and poppler: `npm run test:clients`.
    exclude: ['node_modules', 'dist', 'lib', 'tests/clients/**'],
    testTimeout: 60_000,
    // Every core: vitest leaves one free by default, which on a 2-core machine runs the files one at a time
    // (316 s for the suite instead of 194 s).
    maxWorkers: availableParallelism(),
    // beforeAll hooks build whole editions and packets; on a loaded 2-core machine that takes a while.
    hookTimeout: 120_000,
    // vi.stubEnv (SOURCE_DATE_EPOCH) is undone after each test: no test sees another's clock.
    unstubEnvs: true,
  },
});
