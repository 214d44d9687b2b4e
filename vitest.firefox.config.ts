import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: the Firefox smoke test only, after `wxt build -b firefox` and
// `scripts/ensure-firefox`. In the normal unit run the test skips itself (it needs COMMITTEE_LENS_FIREFOX).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    env: { COMMITTEE_LENS_FIREFOX: '1' },
    testTimeout: 60_000,
    hookTimeout: 45_000,
    fileParallelism: false,
  },
});
