/**
 * Kept so that imports of './engine/fit' elsewhere keep working while issue 14 splits the fit by topic:
 * the objective is in ./fit-kernel.ts, the multi-start fit in ./fit-multistart.ts, the bootstrap in ./fit-bootstrap.ts.
 * TODO(issue 14): src/components/tools/fit-worker.ts and FitRunsPanel.tsx import from those; then delete this file.
 */
export { COARSE_GRID, HOFFMANN_GRID, createFitter, FitCancelledError, type GridAxes } from './fit-multistart';
export { createBootstrap } from './fit-bootstrap';
export type { TrainingRun } from './fit-kernel';
