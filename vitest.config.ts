import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Figures are rendered with a pinned time zone so snapshot dates never drift.
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
  },
});
