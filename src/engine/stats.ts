/**
 * Small statistics toolkit for the engine: input validation, log-space helpers,
 * least-squares line, quadratic fit, power-law fit in log-log space and quantiles.
 *
 * Pure functions only (no DOM, no Node APIs): runs in the browser, a Web Worker and Node.
 */
import { quantile as d3Quantile } from 'd3-array';

// ---------------------------------------------------------------------------
// Validation helpers (shared by every engine module)
// ---------------------------------------------------------------------------

function describe(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return 'Infinity';
    if (value === -Infinity) return '-Infinity';
    return String(value);
  }
  return typeof value;
}

/**
 * Checks that a value is a finite number and returns it; otherwise throws a RangeError.
 * Units: whatever the caller's quantity is; the name appears in the message.
 * Example: requireFinite('loss', 2.5) → 2.5; requireFinite('loss', NaN) throws.
 */
export function requireFinite(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${describe(value)}.`);
  }
  return value;
}

/**
 * Checks that a value is a finite number > 0 and returns it; otherwise throws a RangeError.
 * Example: requirePositive('params', 70e9) → 70e9; requirePositive('params', 0) throws.
 */
export function requirePositive(name: string, value: number): number {
  requireFinite(name, value);
  if (!(value > 0)) throw new RangeError(`${name} must be greater than 0, got ${describe(value)}.`);
  return value;
}

/**
 * Checks that a value is a finite number ≥ 0 and returns it; otherwise throws a RangeError.
 * Example: requireNonNegative('inferenceTokens', 0) → 0; requireNonNegative('inferenceTokens', -1) throws.
 */
export function requireNonNegative(name: string, value: number): number {
  requireFinite(name, value);
  if (!(value >= 0)) throw new RangeError(`${name} must be 0 or more, got ${describe(value)}.`);
  return value;
}

/**
 * Checks that min ≤ value ≤ max (finite) and returns it; otherwise throws a RangeError.
 * Example: requireInRange('utilisation', 0.4, 0, 1) → 0.4.
 */
export function requireInRange(name: string, value: number, min: number, max: number): number {
  requireFinite(name, value);
  if (!(value >= min && value <= max)) {
    throw new RangeError(`${name} must be between ${min} and ${max}, got ${describe(value)}.`);
  }
  return value;
}

/**
 * Checks that a value is a positive integer (1, 2, 3, …) and returns it; otherwise throws a RangeError.
 * Example: requirePositiveInteger('nLayer', 32) → 32.
 */
export function requirePositiveInteger(name: string, value: number): number {
  requirePositive(name, value);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${describe(value)}.`);
  return value;
}

// ---------------------------------------------------------------------------
// Log-space helpers
// ---------------------------------------------------------------------------

/**
 * ln(e^a + e^b) without overflow or underflow (dimensionless).
 * Used to add power-law terms whose logs are known, e.g. Kaplan eq (1.5).
 * Example: logAddExp(1000, 1000) → 1000.6931 (e^1000 itself would overflow).
 */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * (c/x)^α computed as exp(α·(ln c − ln x)), safe for c and x from 1e-300 to 1e300 (dimensionless, or in the units of
 * c/x raised to α). The form of every Kaplan et al. 2020 power law, e.g. L(N) = (N_c/N)^α_N (eq 1.1).
 * Example: ratioPower(8.8e13, 1e9, 0.076) → 2.376 (Kaplan L(N) at 1e9 non-embedding params, Table 5).
 */
export function ratioPower(c: number, x: number, alpha: number): number {
  return Math.exp(alpha * (Math.log(c) - Math.log(x)));
}

/**
 * ln(1 + e^t) (softplus) computed stably for any finite t (dimensionless).
 * Example: softplus(800) → 800 (e^800 would overflow), softplus(0) → ln 2.
 */
export function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

// ---------------------------------------------------------------------------
// Fits
// ---------------------------------------------------------------------------

/** Result of an ordinary least-squares line y = intercept + slope·x. */
export interface LinearFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination (1 = perfect fit). NaN-free: 1 when all y are equal and fitted exactly. */
  rSquared: number;
}

function checkSeries(xs: readonly number[], ys: readonly number[], minPoints: number): void {
  if (xs.length !== ys.length) {
    throw new RangeError(`x and y must have the same length (got ${xs.length} and ${ys.length}).`);
  }
  if (xs.length < minPoints) {
    throw new RangeError(`At least ${minPoints} points are needed, got ${xs.length}.`);
  }
  for (let i = 0; i < xs.length; i++) {
    requireFinite(`x[${i}]`, xs[i]);
    requireFinite(`y[${i}]`, ys[i]);
  }
}

function rSquaredOf(ys: readonly number[], predicted: readonly number[]): number {
  let mean = 0;
  for (const y of ys) mean += y;
  mean /= ys.length;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < ys.length; i++) {
    ssRes += (ys[i] - predicted[i]) ** 2;
    ssTot += (ys[i] - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

/**
 * Ordinary least-squares straight line through (x, y) points (units: whatever x and y carry).
 * Needs ≥ 2 points with at least two distinct x. Throws RangeError otherwise.
 * Example: linearRegression([0, 1, 2], [1, 3, 5]) → { slope: 2, intercept: 1, rSquared: 1 }.
 */
export function linearRegression(xs: readonly number[], ys: readonly number[]): LinearFit {
  checkSeries(xs, ys, 2);
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i] - my);
  }
  if (sxx === 0) throw new RangeError('linearRegression needs at least two distinct x values.');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const predicted = xs.map((x) => intercept + slope * x);
  return { slope, intercept, rSquared: rSquaredOf(ys, predicted) };
}

/** Result of a least-squares parabola y = c0 + c1·x + c2·x². */
export interface QuadraticFit {
  /** [c0, c1, c2] in y = c0 + c1·x + c2·x². */
  coefficients: [number, number, number];
  rSquared: number;
}

/**
 * Least-squares parabola y = c0 + c1·x + c2·x² through the points (used for IsoFLOP
 * valleys, Hoffmann et al. 2022 §3.2, where x = log10 N). Needs ≥ 3 distinct x.
 * Solves the normal equations on centred, scaled x for numerical stability.
 * Example: quadraticFit([-1, 0, 1], [2, 1, 2]) → coefficients [1, 0, 1].
 */
export function quadraticFit(xs: readonly number[], ys: readonly number[]): QuadraticFit {
  checkSeries(xs, ys, 3);
  const n = xs.length;
  let mx = 0;
  for (const x of xs) mx += x;
  mx /= n;
  let scale = 0;
  for (const x of xs) scale = Math.max(scale, Math.abs(x - mx));
  if (scale === 0) throw new RangeError('quadraticFit needs at least three distinct x values.');
  const distinct = new Set(xs).size;
  if (distinct < 3) throw new RangeError('quadraticFit needs at least three distinct x values.');
  // u = (x − mx)/scale ∈ [−1, 1]; fit y = d0 + d1 u + d2 u².
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    t0 = 0,
    t1 = 0,
    t2 = 0;
  for (let i = 0; i < n; i++) {
    const u = (xs[i] - mx) / scale;
    const u2 = u * u;
    s0 += 1;
    s1 += u;
    s2 += u2;
    s3 += u2 * u;
    s4 += u2 * u2;
    t0 += ys[i];
    t1 += ys[i] * u;
    t2 += ys[i] * u2;
  }
  const d = solve3(
    [
      [s0, s1, s2],
      [s1, s2, s3],
      [s2, s3, s4],
    ],
    [t0, t1, t2],
  );
  // Back to x: u = (x − m)/s → y = d0 + d1 (x−m)/s + d2 (x−m)²/s².
  const [d0, d1, d2] = d;
  const c2 = d2 / (scale * scale);
  const c1 = d1 / scale - (2 * d2 * mx) / (scale * scale);
  const c0 = d0 - (d1 * mx) / scale + (d2 * mx * mx) / (scale * scale);
  const predicted = xs.map((x) => {
    const u = (x - mx) / scale;
    return d0 + d1 * u + d2 * u * u;
  });
  return { coefficients: [c0, c1, c2], rSquared: rSquaredOf(ys, predicted) };
}

/** Gaussian elimination with partial pivoting for a 3×3 system. */
function solve3(m: number[][], v: number[]): [number, number, number] {
  const a = m.map((row, i) => [...row, v[i]]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-300) throw new RangeError('quadraticFit: the points are degenerate.');
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = col + 1; r < 3; r++) {
      const f = a[r][col] / a[col][col];
      for (let c = col; c < 4; c++) a[r][c] -= f * a[col][c];
    }
  }
  const x = [0, 0, 0];
  for (let r = 2; r >= 0; r--) {
    let s = a[r][3];
    for (let c = r + 1; c < 3; c++) s -= a[r][c] * x[c];
    x[r] = s / a[r][r];
  }
  return [x[0], x[1], x[2]];
}

/**
 * Vertex (x, y) of the parabola y = c0 + c1·x + c2·x²; throws RangeError when c2 = 0.
 * Example: parabolaVertex([1, -2, 1]) → { x: 1, y: 0 }.
 */
export function parabolaVertex(coefficients: readonly [number, number, number]): { x: number; y: number } {
  const [c0, c1, c2] = coefficients;
  if (c2 === 0 || !Number.isFinite(c2)) throw new RangeError('A straight line has no vertex (c2 = 0).');
  const x = -c1 / (2 * c2);
  return { x, y: c0 + c1 * x + c2 * x * x };
}

/** Result of a power-law fit y = coefficient · x^exponent. */
export interface PowerLawFit {
  coefficient: number;
  /** ln(coefficient); finite even when the coefficient itself would under/overflow. */
  logCoefficient: number;
  exponent: number;
  /** R² of the straight line in (ln x, ln y). */
  rSquared: number;
}

/**
 * Fits y = coefficient · x^exponent by least squares on (ln x, ln y) — the way
 * Hoffmann et al. 2022 (§3.1–3.2) and Kaplan et al. 2020 fit N_opt ∝ C^a.
 * All x and y must be > 0 and finite.
 * Example: powerLawFit([1e20, 1e22], [1e9, 1e10]) → { coefficient 1e-1, exponent 0.5 }.
 */
export function powerLawFit(xs: readonly number[], ys: readonly number[]): PowerLawFit {
  if (xs.length !== ys.length) {
    throw new RangeError(`x and y must have the same length (got ${xs.length} and ${ys.length}).`);
  }
  xs.forEach((x, i) => requirePositive(`x[${i}]`, x));
  ys.forEach((y, i) => requirePositive(`y[${i}]`, y));
  const fit = linearRegression(
    xs.map((x) => Math.log(x)),
    ys.map((y) => Math.log(y)),
  );
  return {
    coefficient: Math.exp(fit.intercept),
    logCoefficient: fit.intercept,
    exponent: fit.slope,
    rSquared: fit.rSquared,
  };
}

/**
 * Evaluates a fitted power law at x (x > 0), in log space so extreme x do not overflow early.
 * Example: evaluatePowerLaw({ logCoefficient: Math.log(0.1), exponent: 0.5 }, 1e20) → 1e9.
 */
export function evaluatePowerLaw(fit: Pick<PowerLawFit, 'logCoefficient' | 'exponent'>, x: number): number {
  requirePositive('x', x);
  return Math.exp(fit.logCoefficient + fit.exponent * Math.log(x));
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of finite values, with linear interpolation (R-7, as d3-array).
 * Example: quantile([1, 2, 3, 4], 0.5) → 2.5.
 */
export function quantile(values: readonly number[], p: number): number {
  requireInRange('p', p, 0, 1);
  if (values.length === 0) throw new RangeError('quantile needs at least one value.');
  values.forEach((v, i) => requireFinite(`values[${i}]`, v));
  return d3Quantile(values as number[], p) as number;
}

/**
 * Arithmetic mean of finite values. Example: mean([1, 2, 3]) → 2.
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean needs at least one value.');
  let s = 0;
  values.forEach((v, i) => (s += requireFinite(`values[${i}]`, v)));
  return s / values.length;
}

/**
 * Evenly spaced points in log10 space from `start` to `stop` inclusive (both > 0).
 * Example: logSpace(1e18, 1e21, 4) → [1e18, 1e19, 1e20, 1e21].
 */
export function logSpace(start: number, stop: number, count: number): number[] {
  requirePositive('start', start);
  requirePositive('stop', stop);
  requirePositiveInteger('count', count);
  if (count === 1) return [start];
  const a = Math.log10(start);
  const b = Math.log10(stop);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = a + ((b - a) * i) / (count - 1);
    // Exact powers of ten where possible (nicer labels and equality checks).
    out.push(Number.isInteger(t) ? Number(`1e${t}`) : 10 ** t);
  }
  out[0] = start;
  out[count - 1] = stop;
  return out;
}

/**
 * Golden-section search for the minimum of a unimodal `f` on [lo, hi] (units are the caller's). Stops when the
 * bracket is narrower than `tolerance` (absolute, default 1e-12) or after `maxIterations` (default 200).
 * Returns the bracket's midpoint. Example: goldenSectionMinimum((x) => (x - 2) ** 2, 0, 5) → 2 (within 1e-12).
 */
export function goldenSectionMinimum(f: (x: number) => number, lo: number, hi: number, tolerance = 1e-12, maxIterations = 200): number {
  const invPhi = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - invPhi * (b - a);
  let d = a + invPhi * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < maxIterations && b - a > tolerance; i++) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - invPhi * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + invPhi * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
