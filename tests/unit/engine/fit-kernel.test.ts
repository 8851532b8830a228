import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '../../../src/data/chinchilla-runs';
import { allocationExponent, createChinchillaObjective, HOFFMANN_HUBER_DELTA, huberLoss, logSumExp, type TrainingRun } from '../../../src/engine/fit-kernel';
import { createRandom } from '../../../src/engine/random';

/** Relative error |actual/expected − 1|. */
const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/** Hoffmann et al. 2022 unrounded Approach-3 law (TeX source, as used by Epoch's `true_params`). */
const HOFFMANN = { E: 1.69337, A: 406.401, B: 410.723, alpha: 0.33917084, beta: 0.2849083 };
const hoffmannLoss = (N: number, D: number) => HOFFMANN.E + HOFFMANN.A / N ** HOFFMANN.alpha + HOFFMANN.B / D ** HOFFMANN.beta;

/** The straightforward eq-(11) objective, for checking the fast kernel. */
function referenceObjective(runs: readonly TrainingRun[], x: number[], delta = 1e-3): number {
  const [a, b, e, alpha, beta] = x;
  let sum = 0;
  for (const r of runs) {
    const lse = logSumExp([a - alpha * Math.log(r.params), b - beta * Math.log(r.tokens), e]);
    sum += huberLoss(lse - Math.log(r.loss), delta);
  }
  return sum;
}

describe('src/data/chinchilla-runs.ts (Epoch AI extraction of Hoffmann Fig. 4)', () => {
  it('has the 240 runs Besiroglu et al. 2024 fit ("Our sample size is 240")', () => {
    expect(chinchillaRuns).toHaveLength(240);
  });

  it('matches the CSV to 8 significant digits with Epoch’s filtering: tokens = FLOP/(6N), the 5 highest-loss rows dropped', () => {
    const csv = readFileSync(fileURLToPath(new URL('../../../src/data/chinchilla-fig4-epoch.csv', import.meta.url)), 'utf8');
    const [header, ...lines] = csv.trim().split('\n');
    const columns = header.split(',');
    const column = (name: string) => columns.indexOf(name);
    const rows = lines.map((line) => {
      const cells = line.split(',');
      const params = Number(cells[column('Model Size')]);
      return { params, tokens: Number(cells[column('Training FLOP')]) / (6.0 * params), loss: Number(cells[column('loss')]) };
    });
    expect(rows).toHaveLength(245);
    const cutoff = rows.map((r) => r.loss).sort((p, q) => q - p)[4];
    const kept = rows.filter((r) => r.loss < cutoff);
    // Rounded to 8 significant digits (src/data/README.md): never further than 5 parts in 10⁸ from the CSV's value.
    const digits = (x: number) => Number(x.toPrecision(8));
    expect(kept.map((r) => ({ params: digits(r.params), tokens: digits(r.tokens), loss: digits(r.loss) }))).toEqual(chinchillaRuns);
    for (const [i, r] of kept.entries()) {
      for (const key of ['params', 'tokens', 'loss'] as const) expect(relative(chinchillaRuns[i][key], r[key]), `row ${i} ${key}`).toBeLessThanOrEqual(5e-8);
    }
    // The runs span Hoffmann's range: ~57M–16B parameters (abstract: "70 million to over 16 billion").
    const params = chinchillaRuns.map((r) => r.params);
    expect(Math.min(...params)).toBeGreaterThan(5e7);
    expect(Math.max(...params)).toBeLessThan(1.7e10);
  });
});

describe('huberLoss and logSumExp (Hoffmann eq 11)', () => {
  it('huberLoss(r, δ = 1e-3) is r²/2 inside |r| ≤ δ and δ(|r| − δ/2) outside (Huber 1964)', () => {
    expect(huberLoss(0.0005)).toBeCloseTo(1.25e-7, 20);
    expect(huberLoss(-0.0005)).toBeCloseTo(1.25e-7, 20);
    expect(relative(huberLoss(0.01), 9.5e-6)).toBeLessThan(1e-12);
    expect(relative(huberLoss(-0.01), 9.5e-6)).toBeLessThan(1e-12);
    expect(huberLoss(1e-3)).toBe(5e-7); // both branches agree at |r| = δ
    expect(huberLoss(0)).toBe(0);
    expect(huberLoss(2, 10)).toBe(2); // large δ: plain squared loss / 2
    expect(huberLoss(NaN)).toBeNaN();
    expect(HOFFMANN_HUBER_DELTA).toBe(1e-3);
  });

  it('logSumExp is stable for huge, tiny and mixed arguments', () => {
    expect(relative(logSumExp([1000, 1000]), 1000 + Math.LN2)).toBeLessThan(1e-15);
    expect(relative(logSumExp([-1000, -1000, -1000]), -1000 + Math.log(3))).toBeLessThan(1e-15);
    expect(logSumExp([0, -Infinity])).toBe(0);
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([1, Infinity])).toBe(Infinity);
    expect(logSumExp([1, NaN])).toBeNaN();
  });

  it('logSumExp of Hoffmann’s unrounded terms at 70B params, 1.4T tokens is ln(1.9208 nats) (Chinchilla size, Table 1)', () => {
    const lse = logSumExp([Math.log(HOFFMANN.A) - HOFFMANN.alpha * Math.log(70e9), Math.log(HOFFMANN.B) - HOFFMANN.beta * Math.log(1.4e12), Math.log(HOFFMANN.E)]);
    expect(relative(Math.exp(lse), hoffmannLoss(70e9, 1.4e12))).toBeLessThan(1e-14);
    expect(relative(Math.exp(lse), 1.9208)).toBeLessThan(1e-4);
  });

  it('allocationExponent(Hoffmann unrounded) = 0.4565, printed as "a = 0.46" (eq 4)', () => {
    expect(relative(allocationExponent(HOFFMANN), 0.4565)).toBeLessThan(1e-3);
  });
});

describe('createChinchillaObjective (Hoffmann App. D.2, eq 11)', () => {
  const objective = createChinchillaObjective(chinchillaRuns);
  const random = createRandom(2024);
  // Points near the optimum (fast path) and far from it (a, b up to 25: stable fallback path).
  const points: number[][] = [
    [6.1692, 7.6702, 0.5973, 0.3473, 0.3672],
    [0, 0, -1, 0, 0],
    [25, 25, 1, 2, 2],
    [25, 0, -1, 0, 2],
    [40, 40, 0.5, -1, -1], // terms ~e^60: overflow of the direct sum, handled by the fallback
    ...Array.from({ length: 20 }, () => [random.uniform(0, 25), random.uniform(0, 25), random.uniform(-1, 1), random.uniform(0, 2), random.uniform(0, 2)]),
  ];

  it('equals the straightforward LSE + Huber sum to 1e-12 relative at 25 points', () => {
    const gradient = new Float64Array(5);
    for (const x of points) {
      const value = objective(Float64Array.from(x), gradient);
      expect(relative(value, referenceObjective(chinchillaRuns, x)), `at ${x}`).toBeLessThan(1e-12);
    }
  });

  it('has an analytic gradient that matches central differences', () => {
    const gradient = new Float64Array(5);
    const scratch = new Float64Array(5);
    for (const x of points.slice(0, 12)) {
      objective(Float64Array.from(x), gradient);
      for (let k = 0; k < 5; k++) {
        // A small step: a larger one straddles Huber kinks (|r| = δ) of some runs.
        const h = 1e-8;
        const plus = Float64Array.from(x);
        const minus = Float64Array.from(x);
        plus[k] += h;
        minus[k] -= h;
        const numeric = (objective(plus, scratch) - objective(minus, scratch)) / (2 * h);
        // Relative to the component, floored at 1e-3 of the largest one (rounding in f(x ± h)).
        const scale = Math.max(Math.abs(gradient[k]), 1e-3 * Math.max(...gradient.map(Math.abs)));
        expect(Math.abs(gradient[k] - numeric) / scale, `∂f/∂x${k} at ${x}`).toBeLessThan(1e-4);
      }
    }
  });

  it('rejects a non-positive δ and runs with non-positive or missing values', () => {
    expect(() => createChinchillaObjective(chinchillaRuns, { delta: 0 })).toThrow(RangeError);
    expect(() => createChinchillaObjective([])).toThrow(RangeError);
    expect(() => createChinchillaObjective([{ params: 1e9, tokens: 2e10, loss: -1 }])).toThrow(RangeError);
    expect(() => createChinchillaObjective([{ params: 0, tokens: 2e10, loss: 2 }])).toThrow(RangeError);
    expect(() => createChinchillaObjective([{ params: 1e9, tokens: NaN, loss: 2 }])).toThrow(RangeError);
    expect(() => createChinchillaObjective([{ params: 1e9, tokens: Infinity, loss: 2 }])).toThrow(RangeError);
  });
});
