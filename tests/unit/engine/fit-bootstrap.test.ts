import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '../../../src/data/chinchilla-runs';
import { FitCancelledError, fitChinchilla } from '../../../src/engine/fit-multistart';
import { bootstrapChinchilla, createBootstrap } from '../../../src/engine/fit-bootstrap';

/** Relative error |actual/expected − 1|. */
const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe('bootstrapChinchilla (percentile intervals; Besiroglu et al. 2024, notebook cell 26)', () => {
  const center = fitChinchilla(chinchillaRuns, { grid: 'coarse' });

  it('gives 2.5–97.5 % intervals that contain the full-data fit and overlap Epoch’s reported intervals', () => {
    const result = bootstrapChinchilla(chinchillaRuns, { resamples: 200, seed: 42, center });
    expect(result.resamples).toBe(200);
    expect(result.level).toBe(0.95);
    for (const key of ['E', 'A', 'B', 'alpha', 'beta', 'allocationExponent'] as const) {
      const { lower, upper } = result.intervals[key];
      expect(lower, key).toBeLessThan(upper);
      const point = key === 'allocationExponent' ? center.allocationExponent : center.law[key];
      expect(point, key).toBeGreaterThan(lower);
      expect(point, key).toBeLessThan(upper);
      expect(result.samples[key]).toHaveLength(200);
    }
    // Epoch's 95 % intervals from 4,000 bootstraps of their final fit (notebook cell 26): a
    // different estimator (Huber likelihood with fitted scale) and other resamples, so we ask for
    // agreement of the endpoints to 5 % for E, α, β and 25 % for the long-tailed A and B.
    const epoch = {
      E: [1.769, 1.871],
      A: [285.214, 743.626],
      B: [1042.357, 5810.344],
      alpha: [0.317, 0.373],
      beta: [0.331, 0.415],
    } as const;
    for (const key of ['E', 'alpha', 'beta', 'A', 'B'] as const) {
      const tolerance = key === 'A' || key === 'B' ? 0.25 : 0.05;
      expect(relative(result.intervals[key].lower, epoch[key][0]), `${key} lower`).toBeLessThan(tolerance);
      expect(relative(result.intervals[key].upper, epoch[key][1]), `${key} upper`).toBeLessThan(tolerance);
    }
    // Hoffmann's a = 0.46 lies outside the interval for a (Besiroglu et al.'s point).
    expect(result.intervals.allocationExponent.lower).toBeGreaterThan(0.46);
  });

  it('its 11 local starts reach the same optimum per resample as the 243-point coarse grid', () => {
    const local = bootstrapChinchilla(chinchillaRuns, { resamples: 3, seed: 9, center });
    const coarse = bootstrapChinchilla(chinchillaRuns, { resamples: 3, seed: 9, center, grid: 'coarse' });
    for (let i = 0; i < 3; i++) {
      expect(relative(local.samples.objective[i], coarse.samples.objective[i])).toBeLessThan(1e-9);
      expect(relative(local.samples.alpha[i], coarse.samples.alpha[i])).toBeLessThan(1e-4);
      expect(relative(local.samples.beta[i], coarse.samples.beta[i])).toBeLessThan(1e-4);
    }
  });

  it('with scipy’s loose default tolerances most local fits stop short of the optimum (why the bootstrap tightens them)', () => {
    const loose = bootstrapChinchilla(chinchillaRuns, {
      resamples: 20,
      seed: 3,
      center,
      functionTolerance: 2.220446049250313e-9,
      gradientTolerance: 1e-5,
    });
    const tight = bootstrapChinchilla(chinchillaRuns, { resamples: 20, seed: 3, center });
    // Same resamples, so the objectives compare directly: the tight fits are never worse, and
    // most loose fits stopped well short of the resample's optimum.
    let stoppedShort = 0;
    for (let i = 0; i < 20; i++) {
      expect(tight.samples.objective[i]).toBeLessThanOrEqual(loose.samples.objective[i] * (1 + 1e-12));
      if (loose.samples.objective[i] > tight.samples.objective[i] * (1 + 1e-4)) stoppedShort++;
    }
    expect(stoppedShort).toBeGreaterThanOrEqual(10);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const first = bootstrapChinchilla(chinchillaRuns, { resamples: 20, seed: 1, center });
    const again = bootstrapChinchilla(chinchillaRuns, { resamples: 20, seed: 1, center });
    const other = bootstrapChinchilla(chinchillaRuns, { resamples: 20, seed: 2, center });
    expect(again.intervals).toEqual(first.intervals);
    expect(Array.from(other.samples.alpha)).not.toEqual(Array.from(first.samples.alpha));
  });

  it('reports progress monotonically to the total number of starts and can be cancelled', () => {
    const calls: [number, number][] = [];
    bootstrapChinchilla(chinchillaRuns, { resamples: 5, center, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toHaveLength(5 * 11); // 11 local starts per resample
    calls.forEach(([done, total], i) => {
      expect(done).toBe(i + 1);
      expect(total).toBe(55);
    });
    const signal = { aborted: false };
    expect(() =>
      bootstrapChinchilla(chinchillaRuns, {
        resamples: 50,
        center,
        signal,
        onProgress: (done) => {
          if (done === 20) signal.aborted = true;
        },
      }),
    ).toThrow(FitCancelledError);
  });

  it('counts the full-data fit’s starts in progress when no center is given', () => {
    let last: [number, number] = [0, 0];
    const result = bootstrapChinchilla(chinchillaRuns, {
      resamples: 3,
      centerGrid: 'coarse',
      onProgress: (d, t) => (last = [d, t]),
    });
    expect(last).toEqual([243 + 3 * 11, 243 + 3 * 11]);
    expect(result.fit.objective).toBe(center.objective);
  });

  it('createBootstrap stepped in chunks gives exactly the one-shot bootstrapChinchilla result', () => {
    const oneShot = bootstrapChinchilla(chinchillaRuns, { resamples: 4, seed: 11, centerGrid: 'coarse' });
    const bootstrap = createBootstrap(chinchillaRuns, { resamples: 4, seed: 11, centerGrid: 'coarse' });
    expect(bootstrap.total).toBe(243 + 4 * 11);
    expect(() => bootstrap.result()).toThrow();
    let previous = 0;
    while (!bootstrap.finished) {
      const progress = bootstrap.step({ starts: 25 });
      expect(progress.done).toBe(Math.min(previous + 25, bootstrap.total));
      previous = progress.done;
    }
    expect(bootstrap.result()).toEqual(oneShot);
    const signal = { aborted: false };
    const cancelled = createBootstrap(chinchillaRuns, { resamples: 4, center, signal });
    cancelled.step({ starts: 7 });
    signal.aborted = true;
    expect(() => cancelled.step()).toThrow(FitCancelledError);
    expect(cancelled.done).toBe(7);
  });

  it('rejects resamples < 1 and a level outside (0, 1)', () => {
    expect(() => bootstrapChinchilla(chinchillaRuns, { resamples: 0, center })).toThrow(RangeError);
    expect(() => bootstrapChinchilla(chinchillaRuns, { level: 1, center })).toThrow(RangeError);
  });
});
