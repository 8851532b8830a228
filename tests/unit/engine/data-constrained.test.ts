import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chinchillaLoss, computeOptimal } from '../../../src/engine/chinchilla';
import {
  MUENNIGHOFF2023,
  MUENNIGHOFF2023_FIT_RANGE,
  checkDataConstrainedLaw,
  dataConstrainedLoss,
  dataConstrainedLossFloor,
  dataConstrainedOptimum,
  effectiveData,
  effectiveParams,
  uniqueParams,
  type DataConstrainedLaw,
} from '../../../src/engine/data-constrained';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const law = MUENNIGHOFF2023;
const log10Tokens = fc.double({ min: 6, max: 14, noNaN: true });
const log10Epochs = fc.double({ min: -3, max: 4, noNaN: true });

describe('MUENNIGHOFF2023 (datablations README "Parametric Fit"; paper derivation appendix)', () => {
  it('is the README list a, b, e, alpha, beta, rd_star, rn_star = [6.255414, 7.3049974, 0.6254804, 0.3526596, 0.3526596, 15.387756, 5.309743] with A, B, E = exp', () => {
    expect(Math.log(law.A)).toBeCloseTo(6.255414, 12);
    expect(Math.log(law.B)).toBeCloseTo(7.3049974, 12);
    expect(Math.log(law.E)).toBeCloseTo(0.6254804, 12);
    expect(law.alpha).toBe(0.3526596);
    expect(law.beta).toBe(0.3526596);
    expect(law.rdStar).toBe(15.387756);
    expect(law.rnStar).toBe(5.309743);
  });
  it('rounds to the paper eq:finvals: A 521, B 1488, E 1.87, α = β 0.35, R_N* 5.3, R_D* 15.4, U_N = 0.051·U_D', () => {
    expect(Math.round(law.A)).toBe(521);
    expect(Math.round(law.B)).toBe(1488);
    expect(law.E.toFixed(2)).toBe('1.87');
    expect(law.alpha.toFixed(2)).toBe('0.35');
    expect(law.rnStar.toFixed(1)).toBe('5.3');
    expect(law.rdStar.toFixed(1)).toBe('15.4');
    expect((uniqueParams(1e9) / 1e9).toFixed(3)).toBe('0.051');
  });
  it('paper table of fit variants, row eq:fin: R_D* 15.3878, R_N* 5.3097', () => {
    expect(law.rdStar.toFixed(4)).toBe('15.3878');
    expect(law.rnStar.toFixed(4)).toBe('5.3097');
  });
  it('is LAWS.muennighoff2023, exported from the engine index (issue 16), and its Chinchilla part is the fresh-data law', async () => {
    const engine = await import('../../../src/engine/index');
    expect(engine.LAWS.muennighoff2023).toBe(law);
    expect(engine.MUENNIGHOFF2023).toBe(law);
    expect(engine.LAWS.muennighoff2023.rdStar).toBe(15.387756);
    expect(engine.dataConstrainedLoss(1e9, 2e10, 2e10, engine.LAWS.muennighoff2023)).toBe(dataConstrainedLoss(1e9, 2e10, 2e10));
    expect(chinchillaLoss(engine.LAWS.muennighoff2023, 1e9, 2e10)).toBe(dataConstrainedLoss(1e9, 2e10, 2e10));
  });
  it('fit range from the paper appendix: 7M–9B parameters, 1–500 epochs', () => {
    expect(MUENNIGHOFF2023_FIT_RANGE).toEqual({ minParams: 7e6, maxParams: 9e9, minEpochs: 1, maxEpochs: 500 });
  });
  it('checkDataConstrainedLaw rejects non-positive repetition constants', () => {
    expect(checkDataConstrainedLaw(law)).toBe(law);
    expect(() => checkDataConstrainedLaw({ ...law, rdStar: 0 })).toThrow(RangeError);
    expect(() => checkDataConstrainedLaw({ ...law, rnStar: Number.NaN })).toThrow(RangeError);
  });
});

describe('effectiveData (paper eq:dterm)', () => {
  // The appendix's toy example: U = 1, R_D* = 3 (δ = 0.25).
  const toy: DataConstrainedLaw = { ...law, rdStar: 3 };
  it('paper appendix worked example: U = 1, R_D* = 3, R_D = 4 (5 epochs) → D′ = 3.21', () => {
    expect(effectiveData(5, 1, toy).toFixed(2)).toBe('3.21');
  });
  it('paper appendix worked example: R_D = 100 → D′ = 3.99 (printed truncated; 4 − 3e^(−100/3)), never above U + R_D*·U = 4', () => {
    expect(Math.floor(effectiveData(101, 1, toy) * 100) / 100).toBe(3.99);
    expect(effectiveData(101, 1, toy)).toBeLessThan(4);
    expect(effectiveData(1e6, 1, toy)).toBeLessThanOrEqual(4);
  });
  it('no repetition: D′ = D exactly; more unique tokens than trained on counts only those seen', () => {
    expect(effectiveData(3e11, 3e11)).toBe(3e11);
    expect(effectiveData(3e11, 1e13)).toBe(3e11);
  });
  it('property: D′ ≤ D, D′ ≥ U_D, and D′ < U_D·(1 + R_D*)', () => {
    fc.assert(
      fc.property(log10Tokens, log10Epochs, (lu, le) => {
        const u = 10 ** lu;
        const d = u * 10 ** le;
        const dEff = effectiveData(d, u);
        const seen = Math.min(u, d);
        expect(dEff).toBeLessThanOrEqual(d * (1 + 1e-12));
        expect(dEff).toBeGreaterThanOrEqual(seen * (1 - 1e-12));
        expect(dEff).toBeLessThanOrEqual(seen * (1 + law.rdStar) * (1 + 1e-12));
      }),
    );
  });
  it('property: D′ → D as repetitions → 0 (relative gap ≤ R_D/(2·R_D*))', () => {
    fc.assert(
      fc.property(log10Tokens, fc.double({ min: 1e-9, max: 1e-2, noNaN: true }), (lu, rd) => {
        const u = 10 ** lu;
        const d = u * (1 + rd);
        const gap = 1 - effectiveData(d, u) / d;
        expect(gap).toBeGreaterThanOrEqual(-1e-12);
        expect(gap).toBeLessThanOrEqual(rd / (2 * law.rdStar) + 1e-12);
      }),
    );
  });
  it('property: D′ grows with total tokens at fixed U_D and with U_D at fixed D', () => {
    fc.assert(
      fc.property(log10Tokens, log10Epochs, fc.double({ min: 1.001, max: 10, noNaN: true }), (lu, le, k) => {
        const u = 10 ** lu;
        const d = u * 10 ** le;
        expect(effectiveData(d * k, u)).toBeGreaterThanOrEqual(effectiveData(d, u));
        expect(effectiveData(d, u * k)).toBeGreaterThanOrEqual(effectiveData(d, u) * (1 - 1e-12));
      }),
    );
  });
  it('rejects non-positive inputs', () => {
    expect(() => effectiveData(0, 1)).toThrow(RangeError);
    expect(() => effectiveData(1, -1)).toThrow(RangeError);
  });
});

describe('effective parameters (paper eq:fin, eq:optunud; README D_to_N)', () => {
  it('uniqueParams = (U·G)^(β/α)·G is the Chinchilla-optimal N for D_opt = U (same law, eq:optunud)', () => {
    const opt = computeOptimal(law, 1e21);
    expect(rel(uniqueParams(opt.tokens), opt.params)).toBeLessThan(1e-12);
  });
  it('N ≤ U_N: N′ = N; above U_N, N′ < N and N′ < U_N·(1 + R_N*)', () => {
    const un = uniqueParams(25e9);
    expect(effectiveParams(un / 2, 25e9)).toBe(un / 2);
    const nEff = effectiveParams(8.67e9, 25e9);
    expect(nEff).toBeLessThan(8.67e9);
    expect(nEff).toBeLessThan(un * (1 + law.rnStar));
  });
  it('property: N′ ≤ N, N′ grows with N and with U_D', () => {
    fc.assert(
      fc.property(fc.double({ min: 6, max: 13, noNaN: true }), log10Tokens, fc.double({ min: 1.001, max: 10, noNaN: true }), (ln, lu, k) => {
        const n = 10 ** ln;
        const u = 10 ** lu;
        expect(effectiveParams(n, u)).toBeLessThanOrEqual(n * (1 + 1e-12));
        expect(effectiveParams(n * k, u)).toBeGreaterThanOrEqual(effectiveParams(n, u));
        expect(effectiveParams(n, u * k)).toBeGreaterThanOrEqual(effectiveParams(n, u) * (1 - 1e-12));
      }),
    );
  });
});

describe('dataConstrainedLoss (paper eq:fin; README scaling_law)', () => {
  it('README "Models in Figure 1 (right)": (6.34e9, 242e9, 25e9) → 2.2256440889984477, (8.67e9, 178e9, 25e9) → 2.2269634075087867', () => {
    expect(rel(dataConstrainedLoss(6.34e9, 242e9, 25e9), 2.2256440889984477)).toBeLessThan(1e-13);
    expect(rel(dataConstrainedLoss(8.67e9, 178e9, 25e9), 2.2269634075087867)).toBeLessThan(1e-13);
    // "This one is better": the smaller model trained for more epochs.
    expect(dataConstrainedLoss(6.34e9, 242e9, 25e9)).toBeLessThan(dataConstrainedLoss(8.67e9, 178e9, 25e9));
  });
  it('equals the Chinchilla form of the same constants with fresh data and N ≤ U_N (paper: eq:fin generalises eq:cc)', () => {
    const d = 2e11;
    const n = uniqueParams(d) * 0.8;
    expect(rel(dataConstrainedLoss(n, d, d), chinchillaLoss(law, n, d))).toBeLessThan(1e-14);
    expect(rel(dataConstrainedLoss(n, d, 1e14), chinchillaLoss(law, n, d))).toBeLessThan(1e-14);
  });
  it('property: never below the fresh-data loss, non-increasing in tokens, parameters and unique tokens', () => {
    fc.assert(
      fc.property(fc.double({ min: 7, max: 12, noNaN: true }), log10Tokens, log10Epochs, fc.double({ min: 1.001, max: 10, noNaN: true }), (ln, lu, le, k) => {
        const n = 10 ** ln;
        const u = 10 ** lu;
        const d = u * 10 ** le;
        const l = dataConstrainedLoss(n, d, u);
        expect(l).toBeGreaterThanOrEqual(chinchillaLoss(law, n, d) * (1 - 1e-14));
        expect(dataConstrainedLoss(n, d * k, u)).toBeLessThanOrEqual(l * (1 + 1e-14));
        expect(dataConstrainedLoss(n * k, d, u)).toBeLessThanOrEqual(l * (1 + 1e-14));
        expect(dataConstrainedLoss(n, d, u * k)).toBeLessThanOrEqual(l * (1 + 1e-14));
        expect(l).toBeGreaterThan(law.E);
      }),
    );
  });
});

describe('dataConstrainedLossFloor (paper eq:fin with both decay terms saturated)', () => {
  it('is E + A/(U_N·(1 + R_N*))^α + B/(U_D·(1 + R_D*))^β: 25e9 unique tokens → 2.156 nats', () => {
    const u = 25e9;
    const expected = law.E + law.A / (uniqueParams(u) * (1 + law.rnStar)) ** law.alpha + law.B / (u * (1 + law.rdStar)) ** law.beta;
    expect(rel(dataConstrainedLossFloor(u), expected)).toBeLessThan(1e-14);
    expect(dataConstrainedLossFloor(u).toFixed(3)).toBe('2.156');
  });
  it('property: no (N, D) goes below it, and enormous N and D reach it', () => {
    fc.assert(
      fc.property(fc.double({ min: 6, max: 14, noNaN: true }), log10Tokens, log10Epochs, (ln, lu, le) => {
        const u = 10 ** lu;
        const floor = dataConstrainedLossFloor(u);
        expect(dataConstrainedLoss(10 ** ln, u * 10 ** le, u)).toBeGreaterThanOrEqual(floor * (1 - 1e-14));
        expect(rel(dataConstrainedLoss(uniqueParams(u) * 1e4, u * 1e4, u), floor)).toBeLessThan(1e-12);
      }),
    );
  });
  it('the optimum approaches it as compute grows at fixed unique tokens (1e22 → 1e24 → 1e26 FLOPs, 25e9 unique)', () => {
    const gaps = [1e22, 1e24, 1e26].map((c) => dataConstrainedOptimum(c, 25e9).loss - dataConstrainedLossFloor(25e9));
    expect(gaps[0]).toBeGreaterThan(gaps[1]);
    expect(gaps[1]).toBeGreaterThanOrEqual(gaps[2]);
    expect(gaps[1]).toBeLessThan(1e-4);
    expect(gaps[2]).toBeGreaterThanOrEqual(-1e-12);
  });
  it('rejects non-positive unique tokens', () => {
    expect(() => dataConstrainedLossFloor(0)).toThrow(RangeError);
  });
});

describe('dataConstrainedOptimum (README optimal_allocation)', () => {
  /** The README's grid search, transcribed: 500 factors in linspace(1.0001, 3), each applied both ways. */
  function readmeGrid(flops: number, uBase: number) {
    const { params: nBase, tokens: dBase } = computeOptimal(law, flops);
    let best = { loss: Infinity, tokens: 0, params: 0 };
    for (let j = 0; j < 500; j++) {
      const i = 1.0001 + ((3 - 1.0001) * j) / 499;
      for (const [d, n] of [
        [dBase * i, nBase / i],
        [dBase / i, nBase * i],
      ]) {
        const l = dataConstrainedLoss(n, d, Math.min(uBase, d));
        if (l < best.loss) best = { loss: l, tokens: d, params: n };
      }
    }
    return best;
  }
  it('README grid transcribed on our loss reproduces its printout at 1e22 FLOPs, 25e9 unique: 237336955477.55075 tokens, 9.49347821910203 epochs, 7022364735.879969 parameters', () => {
    const g = readmeGrid(1e22, 25e9);
    expect(rel(g.tokens, 237336955477.55075)).toBeLessThan(1e-9);
    expect(rel(g.tokens / 25e9, 9.49347821910203)).toBeLessThan(1e-9);
    expect(rel(g.params, 7022364735.879969)).toBeLessThan(1e-9);
  });
  it('the refined search lands within 0.1 % of the README optimum and is at least as good', () => {
    const g = readmeGrid(1e22, 25e9);
    const o = dataConstrainedOptimum(1e22, 25e9);
    expect(rel(o.tokens, 237336955477.55075)).toBeLessThan(1e-3);
    expect(rel(o.params, 7022364735.879969)).toBeLessThan(1e-3);
    expect(o.epochs.toFixed(1)).toBe('9.5');
    expect(o.loss).toBeLessThanOrEqual(g.loss);
    expect(rel(6 * o.params * o.tokens, 1e22)).toBeLessThan(1e-12);
    expect(o.loss).toBe(dataConstrainedLoss(o.params, o.tokens, 25e9));
  });
  it('unlimited unique data → the law’s Chinchilla optimum (no repetition, no excess parameters)', () => {
    const o = dataConstrainedOptimum(1e22, 1e16);
    expect(rel(o.params, o.chinchilla.params)).toBeLessThan(1e-6);
    expect(rel(o.tokens, o.chinchilla.tokens)).toBeLessThan(1e-6);
    expect(o.epochs).toBeLessThan(1);
  });
  it('property: the optimum is no worse than the Chinchilla allocation or nearby points on the same budget', () => {
    fc.assert(
      fc.property(fc.double({ min: 18, max: 25, noNaN: true }), fc.double({ min: 8, max: 13, noNaN: true }), (lc, lu) => {
        const c = 10 ** lc;
        const u = 10 ** lu;
        const o = dataConstrainedOptimum(c, u);
        expect(o.loss).toBeLessThanOrEqual(dataConstrainedLoss(o.chinchilla.params, o.chinchilla.tokens, u) + 1e-12);
        for (const k of [0.98, 1.02]) expect(o.loss).toBeLessThanOrEqual(dataConstrainedLoss(o.params / k, o.tokens * k, u) + 1e-12);
        expect(rel(6 * o.params * o.tokens, c)).toBeLessThan(1e-12);
      }),
      { numRuns: 25 },
    );
  });
  it('property: the coarse-to-fine search is no worse than a single fine grid of 8001 points (0.23 % in D) from 1e-4× to 1e4× the Chinchilla tokens', () => {
    fc.assert(
      fc.property(fc.double({ min: 15, max: 27, noNaN: true }), fc.double({ min: 8, max: 14, noNaN: true }), (lc, lu) => {
        const c = 10 ** lc;
        const u = 10 ** lu;
        const o = dataConstrainedOptimum(c, u);
        const { params: n0, tokens: d0 } = computeOptimal(law, c);
        let gridBest = Infinity;
        for (let i = 0; i < 8001; i++) {
          const x = Math.log(1e4) * (-1 + i / 4000);
          gridBest = Math.min(gridBest, dataConstrainedLoss(n0 * Math.exp(-x), d0 * Math.exp(x), u));
        }
        expect(o.loss).toBeLessThanOrEqual(gridBest + 1e-13);
      }),
      { numRuns: 40 },
    );
  });
  it('rejects non-positive budgets', () => {
    expect(() => dataConstrainedOptimum(0, 1e9)).toThrow(RangeError);
    expect(() => dataConstrainedOptimum(1e21, 0)).toThrow(RangeError);
  });
});
