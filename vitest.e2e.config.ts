import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium (and Firefox ESR). One file at a
// time: a browser per file is all that two cores carry.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
