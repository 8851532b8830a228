import { describe, expect, it } from 'vitest';
import { createMinimizer, minimize, type Objective, type StepInfo } from '../../../src/engine/lbfgs';

/** |actual − expected| ≤ tolerance · max(|expected|, 1): relative, or absolute near zero. */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const scale = Math.max(Math.abs(expected[i]), 1);
    expect(Math.abs(actual[i] - expected[i]) / scale, `component ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tolerance);
  }
}

/** Records every accepted step and checks the strong Wolfe conditions (N&W eq 3.7) on each. */
function wolfeRecorder() {
  const steps: StepInfo[] = [];
  return {
    steps,
    onStep: (info: StepInfo) => steps.push({ ...info }),
    check() {
      expect(steps.length).toBeGreaterThan(0);
      for (const s of steps) {
        // Sufficient decrease: f(x + t p) ≤ f(x) + c₁ t ∇fᵀp (a little slack for rounding).
        const slack = 1e-12 * Math.max(1, Math.abs(s.previousValue));
        expect(s.value, `iteration ${s.iteration}`).toBeLessThanOrEqual(s.previousValue + s.sufficientDecrease * s.step * s.initialSlope + slack);
        // Curvature: |∇f(x + t p)ᵀp| ≤ c₂ |∇f(x)ᵀp|.
        expect(Math.abs(s.slope), `iteration ${s.iteration}`).toBeLessThanOrEqual(s.curvature * Math.abs(s.initialSlope));
        expect(s.initialSlope).toBeLessThan(0);
        expect(s.step).toBeGreaterThan(0);
      }
    },
  };
}

// Chained Rosenbrock, f = Σ 100(x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, …, 1)
// (Rosenbrock 1960; N&W eq 2.22 for n = 2).
const rosenbrock: Objective = (x, g) => {
  const n = x.length;
  let f = 0;
  g.fill(0);
  for (let i = 0; i < n - 1; i++) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    f += 100 * t * t + u * u;
    g[i] += -400 * x[i] * t - 2 * u;
    g[i + 1] += 200 * t;
  }
  return f;
};

// Beale (1958): minimum 0 at (3, 0.5).
const beale: Objective = (x, g) => {
  const [u, v] = x;
  const t1 = 1.5 - u + u * v;
  const t2 = 2.25 - u + u * v * v;
  const t3 = 2.625 - u + u * v * v * v;
  g[0] = 2 * t1 * (v - 1) + 2 * t2 * (v * v - 1) + 2 * t3 * (v * v * v - 1);
  g[1] = 2 * t1 * u + 2 * t2 * 2 * u * v + 2 * t3 * 3 * u * v * v;
  return t1 * t1 + t2 * t2 + t3 * t3;
};

// Booth: (x + 2y − 7)² + (2x + y − 5)², minimum 0 at (1, 3).
const booth: Objective = (x, g) => {
  const u = x[0] + 2 * x[1] - 7;
  const v = 2 * x[0] + x[1] - 5;
  g[0] = 2 * u + 4 * v;
  g[1] = 4 * u + 2 * v;
  return u * u + v * v;
};

/** f = ½ (x − c)ᵀ Q (x − c) with Q given as a dense symmetric matrix; minimum 0 at c. */
function quadratic(Q: number[][], c: number[]): Objective {
  const n = c.length;
  return (x, g) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      let row = 0;
      for (let j = 0; j < n; j++) row += Q[i][j] * (x[j] - c[j]);
      g[i] = row;
      f += 0.5 * (x[i] - c[i]) * row;
    }
    return f;
  };
}

const tight = { gradientTolerance: 1e-10, functionTolerance: 0 };

describe('minimize (L-BFGS, Nocedal & Wright Alg. 7.4 with strong Wolfe line search Alg. 3.5/3.6)', () => {
  it('minimize(2-D Rosenbrock, from (−1.2, 1)) reaches (1, 1) — N&W §2.1 test function, standard start', () => {
    const wolfe = wolfeRecorder();
    const result = minimize(rosenbrock, [-1.2, 1], { ...tight, onStep: wolfe.onStep });
    expect(result.converged).toBe(true);
    expectClose(result.x, [1, 1], 1e-8);
    expect(result.value).toBeLessThan(1e-16);
    expect(result.iterations).toBeLessThan(100);
    wolfe.check();
  });

  it('minimize(2-D Rosenbrock) with scipy-like defaults (gtol 1e-5, ftol 2.2e-9) gets within 1e-4 of (1, 1)', () => {
    const result = minimize(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(['gradient', 'function']).toContain(result.reason);
    expectClose(result.x, [1, 1], 1e-4);
  });

  it('minimize(10-D chained Rosenbrock, from (−1.2, 1, …)) reaches (1, …, 1)', () => {
    const wolfe = wolfeRecorder();
    const start = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? -1.2 : 1));
    const result = minimize(rosenbrock, start, { ...tight, onStep: wolfe.onStep });
    expect(result.converged).toBe(true);
    expectClose(result.x, new Array(10).fill(1), 1e-7);
    wolfe.check();
  });

  it('minimize(Beale, from (1, 1)) reaches (3, 0.5) — Beale 1958', () => {
    const wolfe = wolfeRecorder();
    const result = minimize(beale, [1, 1], { ...tight, onStep: wolfe.onStep });
    expect(result.converged).toBe(true);
    expectClose(result.x, [3, 0.5], 1e-8);
    wolfe.check();
  });

  it('minimize(Booth, from (0, 0)) reaches (1, 3)', () => {
    const wolfe = wolfeRecorder();
    const result = minimize(booth, [0, 0], { ...tight, onStep: wolfe.onStep });
    expect(result.converged).toBe(true);
    expectClose(result.x, [1, 3], 1e-10);
    wolfe.check();
  });

  it('minimize(convex 5-D quadratic ½(x−c)ᵀQ(x−c)) reaches its known minimum c', () => {
    // Q = MᵀM + I is symmetric positive definite.
    const M = [
      [2, -1, 0, 0.5, 0],
      [0, 1, 3, 0, -1],
      [1, 0, 1, 0, 2],
      [0, 0.5, 0, 2, 0],
      [-1, 0, 0, 1, 1],
    ];
    const Q = M.map((_, i) => M.map((__, j) => M.reduce((sum, row) => sum + row[i] * row[j], 0) + (i === j ? 1 : 0)));
    const c = [1, -2, 3, 0.5, -0.25];
    const wolfe = wolfeRecorder();
    const result = minimize(quadratic(Q, c), [0, 0, 0, 0, 0], { ...tight, onStep: wolfe.onStep });
    expect(result.converged).toBe(true);
    expectClose(result.x, c, 1e-9);
    wolfe.check();
  });

  it('minimize(ill-conditioned quadratic, condition number 1e6) reaches its minimum', () => {
    const diagonal = [1, 1e2, 1e4, 1e6];
    const Q = diagonal.map((d, i) => diagonal.map((_, j) => (i === j ? d : 0)));
    const c = [3, -1, 0.01, 2];
    const wolfe = wolfeRecorder();
    const result = minimize(quadratic(Q, c), [0, 0, 0, 0], { ...tight, onStep: wolfe.onStep });
    expect(result.converged).toBe(true);
    expectClose(result.x, c, 1e-8);
    wolfe.check();
  });

  it('keeps searching with memory m = 1 (the smallest limited memory)', () => {
    const result = minimize(rosenbrock, [-1.2, 1], { ...tight, memory: 1 });
    expect(result.converged).toBe(true);
    expectClose(result.x, [1, 1], 1e-6);
  });

  it('backs off when a long step leaves the domain: f = x − ln x (undefined for x ≤ 0) from x = 50', () => {
    const result = minimize(
      (x, g) => {
        g[0] = 1 - 1 / x[0];
        return x[0] > 0 ? x[0] - Math.log(x[0]) : NaN;
      },
      [50],
      tight,
    );
    expect(result.converged).toBe(true);
    expectClose(result.x, [1], 1e-8);
  });

  it('terminates on a function unbounded below (f = −x), having moved downhill, without claiming convergence', () => {
    const result = minimize(
      (x, g) => {
        g[0] = -1;
        return -x[0];
      },
      [0],
    );
    expect(result.converged).toBe(false);
    expect(result.value).toBeLessThan(-1e6);
  });

  it('returns at once with reason "gradient" when started at the minimum', () => {
    const result = minimize(booth, [1, 3]);
    expect(result).toMatchObject({ reason: 'gradient', converged: true, iterations: 0, evaluations: 1 });
  });

  it('reports "nonFinite" when f is not finite at the start', () => {
    const result = minimize(
      (_x, g) => {
        g[0] = 0;
        return NaN;
      },
      [0],
    );
    expect(result).toMatchObject({ reason: 'nonFinite', converged: false });
  });

  it('stops at maxIterations and says so', () => {
    const result = minimize(rosenbrock, [-1.2, 1], { ...tight, maxIterations: 3 });
    expect(result).toMatchObject({ reason: 'maxIterations', converged: false, iterations: 3 });
  });

  it('stops at maxEvaluations and says so', () => {
    const result = minimize(rosenbrock, [-1.2, 1], { ...tight, maxEvaluations: 5 });
    expect(result.reason).toBe('maxEvaluations');
    expect(result.evaluations).toBeGreaterThanOrEqual(5);
  });

  it('does not modify the start array given to minimize; Minimizer.run works in place', () => {
    const start = [-1.2, 1];
    minimize(rosenbrock, start);
    expect(start).toEqual([-1.2, 1]);
    const x = Float64Array.of(-1.2, 1);
    const result = createMinimizer(2).run(rosenbrock, x);
    expect(result.x).toBe(x);
    expectClose(x, [1, 1], 1e-4);
  });

  it('a reused Minimizer gives the same answer as a fresh one (no state leaks between runs)', () => {
    const minimizer = createMinimizer(2, tight);
    const first = minimizer.run(beale, Float64Array.of(1, 1));
    const firstX = Array.from(first.x);
    minimizer.run(booth, Float64Array.of(-3, 8));
    const again = minimizer.run(beale, Float64Array.of(1, 1));
    expect(Array.from(again.x)).toEqual(firstX);
    expect(again.iterations).toBe(first.iterations);
  });

  it('rejects a bad dimension, a wrong-length start and inconsistent Wolfe constants', () => {
    expect(() => createMinimizer(0)).toThrow(RangeError);
    expect(() => createMinimizer(2.5)).toThrow(RangeError);
    expect(() => createMinimizer(2).run(booth, new Float64Array(3))).toThrow(RangeError);
    expect(() => createMinimizer(2, { sufficientDecrease: 0.9, curvature: 0.1 })).toThrow(RangeError);
  });
});
