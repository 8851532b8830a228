import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  angleBetween,
  angularSpread,
  bowlContour,
  bowlGradient,
  bowlLoss,
  compareBatchNoise,
  expectedAngularSpread,
  minibatchGradients,
  radiansToDegrees,
  SCHEMATIC_BOWL,
  SCHEMATIC_POINT,
  vectorLength,
} from '../../../src/engine/gradient-noise';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const bowl = { curvatureX: 1, curvatureY: 4 };

describe('the quadratic bowl f = ½(a·x² + b·y²)', () => {
  it('bowlLoss and bowlGradient at the schematic point (−1.5, 0.55): f = 1.73, ∇f = (−1.5, 2.2)', () => {
    expect(bowlLoss(bowl, SCHEMATIC_POINT)).toBeCloseTo(1.73, 12);
    const g = bowlGradient(bowl, SCHEMATIC_POINT);
    expect(g.x).toBeCloseTo(-1.5, 12);
    expect(g.y).toBeCloseTo(2.2, 12);
  });

  it('the gradient matches central finite differences of the loss anywhere', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (x, y, a) => {
        const b = { curvatureX: a, curvatureY: 2 * a + 1 };
        const h = 1e-5;
        const g = bowlGradient(b, { x, y });
        const fx = (bowlLoss(b, { x: x + h, y }) - bowlLoss(b, { x: x - h, y })) / (2 * h);
        const fy = (bowlLoss(b, { x, y: y + h }) - bowlLoss(b, { x, y: y - h })) / (2 * h);
        expect(Math.abs(fx - g.x)).toBeLessThan(1e-5 * (1 + Math.abs(g.x)));
        expect(Math.abs(fy - g.y)).toBeLessThan(1e-5 * (1 + Math.abs(g.y)));
      }),
      { seed: 3, numRuns: 100 },
    );
  });

  it('bowlContour(0.5, 4) is the ellipse through (1, 0), (0, 0.5), (−1, 0), (0, −0.5), closed', () => {
    const c = bowlContour(bowl, 0.5, 4);
    expect(c).toHaveLength(5);
    expect(c.map((p) => [+p.x.toFixed(12), +p.y.toFixed(12)])).toEqual([
      [1, 0],
      [0, 0.5],
      [-1, 0],
      [0, -0.5],
      [1, 0],
    ]);
  });

  it('every contour point lies on its level set', () => {
    for (const level of [0.1, 1, 7.5]) for (const p of bowlContour(SCHEMATIC_BOWL, level, 33)) expect(rel(bowlLoss(SCHEMATIC_BOWL, p), level)).toBeLessThan(1e-12);
  });

  it('rejects non-positive curvatures, levels and counts, and non-finite points', () => {
    expect(() => bowlLoss({ curvatureX: 0, curvatureY: 1 }, { x: 0, y: 0 })).toThrow(RangeError);
    expect(() => bowlGradient(bowl, { x: NaN, y: 0 })).toThrow(RangeError);
    expect(() => bowlContour(bowl, 0, 8)).toThrow(RangeError);
    expect(() => bowlContour(bowl, 1, 2.5)).toThrow(RangeError);
  });
});

describe('angles', () => {
  it('angleBetween((1,0), (0,1)) = π/2 and is antisymmetric', () => {
    expect(angleBetween({ x: 1, y: 0 }, { x: 0, y: 1 })).toBeCloseTo(Math.PI / 2, 14);
    expect(angleBetween({ x: 0, y: 1 }, { x: 1, y: 0 })).toBeCloseTo(-Math.PI / 2, 14);
    expect(Math.abs(angleBetween({ x: 1, y: 0 }, { x: -1, y: 0 }))).toBeCloseTo(Math.PI, 14);
  });
  it('angularSpread is the RMS angle; radiansToDegrees(π) = 180', () => {
    const e = (angle: number) => ({ gradient: { x: 0, y: 0 }, descent: { x: 1, y: 0 }, angle });
    expect(angularSpread([e(0.1), e(-0.1)])).toBeCloseTo(0.1, 14);
    expect(angularSpread([e(0.3), e(0.4)])).toBeCloseTo(Math.sqrt(0.125), 14);
    expect(() => angularSpread([])).toThrow(RangeError);
    expect(radiansToDegrees(Math.PI)).toBe(180);
  });
  it('expectedAngularSpread(B) = σ/√B: 0.5 rad at B = 4, 0.125 rad at B = 64', () => {
    expect(expectedAngularSpread(4)).toBe(0.5);
    expect(expectedAngularSpread(64)).toBe(0.125);
    expect(expectedAngularSpread(16, 2)).toBe(0.5);
  });
});

describe('seeded minibatch gradients: noise ∝ 1/√B', () => {
  it('the same seed gives the same estimates; another seed gives others', () => {
    const a = minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: 8, count: 5, seed: 42 });
    const b = minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: 8, count: 5, seed: 42 });
    const c = minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: 8, count: 5, seed: 43 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const e of a) expect(vectorLength(e.descent)).toBeCloseTo(1, 14);
  });

  it('the estimates average to the true gradient (unbiased), within 3 standard errors over 20,000 draws', () => {
    const g = bowlGradient(bowl, SCHEMATIC_POINT);
    const batchSize = 4;
    const count = 20000;
    const est = minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize, count, seed: 11 });
    const mean = est.reduce((m, e) => ({ x: m.x + e.gradient.x / count, y: m.y + e.gradient.y / count }), { x: 0, y: 0 });
    const se = vectorLength(g) / Math.sqrt(batchSize) / Math.sqrt(count);
    expect(Math.abs(mean.x - g.x)).toBeLessThan(3 * se);
    expect(Math.abs(mean.y - g.y)).toBeLessThan(3 * se);
  });

  it('the per-component noise has standard deviation σ·|g|/√B (B = 16: 0.25·|g|), within 2%', () => {
    const g = bowlGradient(bowl, SCHEMATIC_POINT);
    const est = minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: 16, count: 20000, seed: 5 });
    const sd = Math.sqrt(est.reduce((s, e) => s + (e.gradient.x - g.x) ** 2, 0) / est.length);
    expect(rel(sd, 0.25 * vectorLength(g))).toBeLessThan(0.02);
  });

  it('the angular spread shrinks like 1/√B: within 4% of σ/√B for B = 16, 64, 256, 1024 (20,000 draws each)', () => {
    for (const batchSize of [16, 64, 256, 1024]) {
      const spread = angularSpread(minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize, count: 20000, seed: batchSize }));
      expect(rel(spread, expectedAngularSpread(batchSize)), `B = ${batchSize}`).toBeLessThan(0.04);
    }
  });

  it('averaged over 200 seeds of 12 draws, quadrupling the batch halves the spread (ratio 2 ± 5%, B = 64 → 256)', () => {
    let small = 0;
    let large = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const r = compareBatchNoise(bowl, SCHEMATIC_POINT, { smallBatch: 64, largeBatch: 256, count: 12, seed });
      small += r.small.spreadDegrees;
      large += r.large.spreadDegrees;
    }
    expect(rel(small / large, 2)).toBeLessThan(0.05);
  });

  it('a larger batch never spreads more on average: the mean spread falls as B doubles from 1 to 1024 (100 seeds)', () => {
    let previous = Infinity;
    for (let b = 1; b <= 1024; b *= 2) {
      let total = 0;
      for (let seed = 1; seed <= 100; seed++) total += angularSpread(minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: b, count: 12, seed }));
      expect(total / 100, `B = ${b}`).toBeLessThan(previous);
      previous = total / 100;
    }
  });

  it('compareBatchNoise(4, 64, seed 1) gives the figure’s default: ≈27° vs ≈6.4°, ratio ≈4.2 against √16 = 4', () => {
    const r = compareBatchNoise(SCHEMATIC_BOWL, SCHEMATIC_POINT, { smallBatch: 4, largeBatch: 64, count: 12, seed: 1 });
    expect(r.small.estimates).toHaveLength(12);
    expect(r.large.estimates).toHaveLength(12);
    expect(r.small.spreadDegrees).toBeGreaterThan(r.large.spreadDegrees);
    expect(r.expectedRatio).toBe(4);
    expect(r.small.expectedSpreadDegrees).toBeCloseTo(28.648, 3);
    expect(r.loss).toBeCloseTo(1.73, 12);
    expect(rel(r.small.spreadDegrees, 27.17)).toBeLessThan(0.01);
    expect(rel(r.large.spreadDegrees, 6.45)).toBeLessThan(0.01);
  });

  it('stays finite for any batch 1…10⁶ and seed (no NaN angles)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 2 ** 31 }), (s, l, seed) => {
        const r = compareBatchNoise(SCHEMATIC_BOWL, SCHEMATIC_POINT, { smallBatch: s, largeBatch: l, count: 12, seed });
        for (const v of [r.small.spreadDegrees, r.large.spreadDegrees, r.spreadRatio, r.expectedRatio]) expect(Number.isFinite(v)).toBe(true);
      }),
      { seed: 8, numRuns: 200 },
    );
  });

  it('rejects a batch of 0, a fractional count and a non-finite seed', () => {
    expect(() => minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: 0, count: 3, seed: 1 })).toThrow(RangeError);
    expect(() => minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: 4, count: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => minibatchGradients(bowl, SCHEMATIC_POINT, { batchSize: 4, count: 3, seed: NaN })).toThrow(RangeError);
  });
});

describe('gradient-noise.ts stays pure', () => {
  it('imports only sibling engine modules; no DOM or Node APIs', () => {
    const source = readFileSync(fileURLToPath(new URL('../../../src/engine/gradient-noise.ts', import.meta.url)), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const spec of imports) expect(spec).toMatch(/^\.\//);
    expect(source).not.toMatch(/\b(document|window|process)\.|\blocalStorage\b|\brequire\(/);
  });
});
