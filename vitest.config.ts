import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,data,components,entrypoints}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
