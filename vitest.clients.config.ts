import { defineConfig } from 'vitest/config';

/** The real-client suite: qpdf, pdftotext, LibreOffice and Chromium open what we write. */
export default defineConfig({
  test: {
    include: ['tests/clients/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
