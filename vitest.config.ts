import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The Firefox smoke test runs on its own (`npm run test:firefox`), after a Firefox build.
    exclude: [...configDefaults.exclude, 'tests/firefox/**'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
  },
});
