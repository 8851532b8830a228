/**
 * A woken figure's timings on the page's performance timeline, for the benchmark (bench/run.mjs, bench/profile-figure.mjs)
 * and DevTools: `fig:update:<id>` (the reader's input → the new picture in the page), `fig:render:<id>` (engine and
 * Plot) and `fig:check:<id>` (the NaN check of the picture), one of each per update. At most MEASURES_KEPT of each name
 * stay on the timeline, which the browser never empties itself: a reader moving a slider for an hour adds ~100,000.
 */
export const MEASURES_KEPT = 1000;

const counts = new Map<string, number>();

/** Adds measure `name` from `start` to `end` (performance.now() milliseconds); past MEASURES_KEPT, the older ones go first. */
export function measure(name: string, start: number, end: number = performance.now()): void {
  const n = counts.get(name) ?? 0;
  if (n >= MEASURES_KEPT) performance.clearMeasures(name);
  counts.set(name, n >= MEASURES_KEPT ? 1 : n + 1);
  performance.measure(name, { start, end });
}
