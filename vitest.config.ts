import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Figures are rendered with a pinned time zone so snapshot dates never drift.
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    // Worker threads, and test files in a worker share its module cache (Plot, linkedom, the figures load once per worker,
    // not once per file): 68 s instead of 144 s for the whole suite on 2 cores (2026-12-04), same 1,352 tests passing.
    // The price: a test file must not change shared module state. None does: no vi.mock, vi.stubGlobal or fake timers,
    // no globals written (a test that needs them goes in its own project with isolate: true).
    pool: 'threads',
    isolate: false,
    // One worker per core. Vitest's default for a run is one fewer, for the main process, which here only collects
    // results: on 2 cores that is one worker, and the unit tests took 122 s instead of 70 s (2026-12-06).
    maxWorkers: availableParallelism(),
    minWorkers: availableParallelism(),
  },
});
