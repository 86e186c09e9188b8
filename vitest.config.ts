import { defineConfig } from 'vitest/config';

// Timeouts for a 2-core machine under load: builds of the real documents (Typst, docx) can take a
// few seconds each when other work runs beside the suite. A test that hangs still fails.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
