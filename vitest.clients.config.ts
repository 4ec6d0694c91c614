import { defineConfig } from 'vitest/config';

/** The real-client suite: qpdf, pdftotext, LibreOffice and Chromium open what we write. */
export default defineConfig({
  test: {
    include: ['tests/clients/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // vi.stubEnv (SOURCE_DATE_EPOCH) is undone after each test: no test sees another's clock.
    unstubEnvs: true,
  },
});
