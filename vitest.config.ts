import { defineConfig } from 'vitest/config';

// Test tiers: unit, pallets, rpc, ui run under Node (ui under jsdom); e2e drives Debian Chromium.
export default defineConfig({
  test: {
    globals: true,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
