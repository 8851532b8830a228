/**
 * Gradient noise on a 2-D quadratic bowl: a SCHEMATIC of why larger batches give better gradient directions.
 *
 * A minibatch gradient is the mean of B per-example gradients. If each per-example gradient is the true gradient g
 * plus independent noise with standard deviation σ·|g| per component, the mean over B examples carries noise of
 * standard deviation σ·|g|/√B: quadrupling the batch halves the noise. This is the idea behind the critical batch
 * size of Kaplan et al. 2020 (arXiv 2001.08361) §5.1, which builds on McCandlish et al. 2018 (arXiv 1812.06162).
 * Nothing here is fitted to a paper's numbers: the bowl, the point and σ are illustrative.
 *
 * Units: positions and gradients are in arbitrary (dimensionless) units; angles in radians unless the name says
 * degrees; batch sizes in examples.
 */
import { createRandom } from './random';
import { requireFinite, requirePositive, requirePositiveInteger } from './stats';

/** A point or a vector in the plane (dimensionless schematic units). */
export interface Vec2 {
  x: number;
  y: number;
}

/**
 * The bowl f(x, y) = ½·(a·x² + b·y²): its two curvatures a (along x) and b (along y), both > 0.
 * Unequal curvatures make the true gradient point away from the minimum, as in a real loss valley.
 */
export interface QuadraticBowl {
  curvatureX: number;
  curvatureY: number;
}

/** The bowl the gradient-noise figure draws: curvature 1 along x and 4 along y (illustrative, not from a paper). */
export const SCHEMATIC_BOWL: Readonly<QuadraticBowl> = { curvatureX: 1, curvatureY: 4 };

/** The current point of the gradient-noise figure, on the bowl's slope (illustrative). */
export const SCHEMATIC_POINT: Readonly<Vec2> = { x: -1.5, y: 0.55 };

/** Per-example noise, as a multiple of the true gradient's length per component (illustrative; σ in the docs). */
export const SCHEMATIC_NOISE = 1;

function checkBowl(bowl: QuadraticBowl): void {
  requirePositive('curvatureX', bowl.curvatureX);
  requirePositive('curvatureY', bowl.curvatureY);
}

function checkPoint(name: string, p: Vec2): void {
  requireFinite(`${name}.x`, p.x);
  requireFinite(`${name}.y`, p.y);
}

/**
 * Height of the bowl, f(x, y) = ½·(a·x² + b·y²) (dimensionless).
 * Example: bowlLoss({ curvatureX: 1, curvatureY: 4 }, { x: -1.5, y: 0.55 }) → 1.73.
 */
export function bowlLoss(bowl: QuadraticBowl, point: Vec2): number {
  checkBowl(bowl);
  checkPoint('point', point);
  return 0.5 * (bowl.curvatureX * point.x * point.x + bowl.curvatureY * point.y * point.y);
}

/**
 * True (full-batch) gradient of the bowl, ∇f = (a·x, b·y).
 * Example: bowlGradient({ curvatureX: 1, curvatureY: 4 }, { x: -1.5, y: 0.55 }) → { x: -1.5, y: 2.2 }.
 */
export function bowlGradient(bowl: QuadraticBowl, point: Vec2): Vec2 {
  checkBowl(bowl);
  checkPoint('point', point);
  return { x: bowl.curvatureX * point.x, y: bowl.curvatureY * point.y };
}

/**
 * One closed contour f = level of the bowl, an ellipse with semi-axes √(2·level/a) and √(2·level/b), as `count`
 * points plus the first point repeated at the end (ready to draw as a line).
 * Example: bowlContour({ curvatureX: 1, curvatureY: 4 }, 0.5, 4) → (1, 0), (0, 0.5), (−1, 0), (0, −0.5), (1, 0).
 */
export function bowlContour(bowl: QuadraticBowl, level: number, count: number): Vec2[] {
  checkBowl(bowl);
  requirePositive('level', level);
  requirePositiveInteger('count', count);
  const rx = Math.sqrt((2 * level) / bowl.curvatureX);
  const ry = Math.sqrt((2 * level) / bowl.curvatureY);
  const out: Vec2[] = [];
  for (let i = 0; i <= count; i++) {
    const t = (2 * Math.PI * (i % count)) / count;
    // cos/sin of multiples of π/2 are not exact in floating point; snap the tiny residue to 0.
    const c = Math.abs(Math.cos(t)) < 1e-12 ? 0 : Math.cos(t);
    const s = Math.abs(Math.sin(t)) < 1e-12 ? 0 : Math.sin(t);
    out.push({ x: rx * c, y: ry * s });
  }
  return out;
}

/** Length of a vector. Example: vectorLength({ x: 3, y: 4 }) → 5. */
export function vectorLength(v: Vec2): number {
  return Math.hypot(v.x, v.y);
}

/**
 * Signed angle (radians, in (−π, π]) that turns vector `from` onto vector `to`; positive is counter-clockwise.
 * Example: angleBetween({ x: 1, y: 0 }, { x: 0, y: 1 }) → π/2 ≈ 1.571.
 */
export function angleBetween(from: Vec2, to: Vec2): number {
  checkPoint('from', from);
  checkPoint('to', to);
  return Math.atan2(from.x * to.y - from.y * to.x, from.x * to.x + from.y * to.y);
}

/** One minibatch gradient estimate. */
export interface GradientEstimate {
  /** The noisy gradient g + noise (same units as the true gradient). */
  gradient: Vec2;
  /** Unit vector of the step it suggests, −gradient/|gradient| (the descent direction). */
  descent: Vec2;
  /** Signed angle (radians) from the true descent direction to this estimate's descent direction. */
  angle: number;
}

/** Options for minibatchGradients. */
export interface MinibatchOptions {
  /** Examples per batch, B ≥ 1. */
  batchSize: number;
  /** How many independent batches to draw (≥ 1). */
  count: number;
  /** Seed of the random numbers; the same seed gives the same estimates on every run and platform. */
  seed: number;
  /** Per-example noise σ as a multiple of |g| per component (default SCHEMATIC_NOISE = 1). */
  noise?: number;
}

function unitDescent(g: Vec2): Vec2 {
  const len = vectorLength(g);
  // A gradient of exactly zero has no direction; treat it as pointing along +x (probability zero with noise).
  return len > 0 ? { x: -g.x / len, y: -g.y / len } : { x: -1, y: 0 };
}

function drawEstimates(trueGradient: Vec2, sd: number, count: number, normal: () => number): GradientEstimate[] {
  const trueDescent = unitDescent(trueGradient);
  const out: GradientEstimate[] = [];
  for (let i = 0; i < count; i++) {
    const gradient = { x: trueGradient.x + sd * normal(), y: trueGradient.y + sd * normal() };
    const descent = unitDescent(gradient);
    out.push({ gradient, descent, angle: angleBetween(trueDescent, descent) });
  }
  return out;
}

/**
 * `count` seeded minibatch gradient estimates at `point`: the true gradient plus Gaussian noise of standard deviation
 * σ·|g|/√B per component (the mean of B independent per-example noises of standard deviation σ·|g|, drawn in one step
 * because that mean is itself Gaussian). Schematic of Kaplan et al. 2020 §5.1 / McCandlish et al. 2018.
 * Example: minibatchGradients(SCHEMATIC_BOWL, SCHEMATIC_POINT, { batchSize: 64, count: 10000, seed: 5 }) → estimates whose
 * angles from the true descent direction have an RMS of 0.126 rad (σ/√B = 0.125); at B = 4 it is 0.60 rad, above the
 * small-noise 0.5 because large angles are not small.
 */
export function minibatchGradients(bowl: QuadraticBowl, point: Vec2, options: MinibatchOptions): GradientEstimate[] {
  const g = bowlGradient(bowl, point);
  requirePositive('batchSize', options.batchSize);
  requirePositiveInteger('count', options.count);
  requireFinite('seed', options.seed);
  const noise = requirePositive('noise', options.noise ?? SCHEMATIC_NOISE);
  const rng = createRandom(options.seed);
  const sd = (noise * vectorLength(g)) / Math.sqrt(options.batchSize);
  return drawEstimates(g, sd, options.count, () => rng.normal());
}

/**
 * Root-mean-square angle (radians) between the estimates' descent directions and the true one, √(mean(angle²)).
 * For small noise it is close to σ/√B (see expectedAngularSpread). Throws on an empty list.
 * Example: estimates at angles 0.1 and −0.1 rad → 0.1.
 */
export function angularSpread(estimates: readonly GradientEstimate[]): number {
  if (estimates.length === 0) throw new RangeError('angularSpread needs at least one estimate.');
  let sum = 0;
  for (const e of estimates) sum += e.angle * e.angle;
  return Math.sqrt(sum / estimates.length);
}

/**
 * Small-noise prediction of the RMS angle (radians): only the noise across the gradient turns it, by ≈ noise/|g|,
 * whose standard deviation is σ/√B. Exact as B → ∞; for B = 1 with σ = 1 the real spread is smaller (angles wrap).
 * Example: expectedAngularSpread(64) → 0.125 rad (7.2°); expectedAngularSpread(4) → 0.5 rad.
 */
export function expectedAngularSpread(batchSize: number, noise: number = SCHEMATIC_NOISE): number {
  requirePositive('batchSize', batchSize);
  requirePositive('noise', noise);
  return noise / Math.sqrt(batchSize);
}

/** Converts radians to degrees. Example: radiansToDegrees(Math.PI) → 180. */
export function radiansToDegrees(radians: number): number {
  requireFinite('radians', radians);
  return (radians * 180) / Math.PI;
}

/** What the gradient-noise figure shows for one batch size. */
export interface BatchNoiseSample {
  batchSize: number;
  estimates: GradientEstimate[];
  /** RMS angle from the true descent direction over these estimates, in degrees. */
  spreadDegrees: number;
  /** The small-noise prediction σ/√B, in degrees. */
  expectedSpreadDegrees: number;
}

/**
 * The figure in one call: the bowl's true gradient at `point` and `count` seeded estimates for a small and a large
 * batch, drawn from one generator (small batch first), with their angular spreads in degrees.
 * Example: compareBatchNoise(SCHEMATIC_BOWL, SCHEMATIC_POINT, { smallBatch: 4, largeBatch: 64, count: 12, seed: 1 }) → spreads
 * near 27° and 6.4° (predicted 28.6° and 7.2°): 16× the batch, about ¼ the angle (spreadRatio 4.2, expectedRatio 4).
 */
export function compareBatchNoise(
  bowl: QuadraticBowl,
  point: Vec2,
  options: { smallBatch: number; largeBatch: number; count: number; seed: number; noise?: number },
): {
  gradient: Vec2;
  descent: Vec2;
  loss: number;
  small: BatchNoiseSample;
  large: BatchNoiseSample;
  /** Measured spread of the small batch over that of the large one. */
  spreadRatio: number;
  /** The small-noise prediction of that ratio, √(largeBatch/smallBatch). */
  expectedRatio: number;
} {
  const g = bowlGradient(bowl, point);
  requirePositive('smallBatch', options.smallBatch);
  requirePositive('largeBatch', options.largeBatch);
  requirePositiveInteger('count', options.count);
  requireFinite('seed', options.seed);
  const noise = requirePositive('noise', options.noise ?? SCHEMATIC_NOISE);
  const rng = createRandom(options.seed);
  const normal = () => rng.normal();
  const sample = (batchSize: number): BatchNoiseSample => {
    const estimates = drawEstimates(g, (noise * vectorLength(g)) / Math.sqrt(batchSize), options.count, normal);
    return {
      batchSize,
      estimates,
      spreadDegrees: radiansToDegrees(angularSpread(estimates)),
      expectedSpreadDegrees: radiansToDegrees(expectedAngularSpread(batchSize, noise)),
    };
  };
  const small = sample(options.smallBatch);
  const large = sample(options.largeBatch);
  return {
    gradient: g,
    descent: unitDescent(g),
    loss: bowlLoss(bowl, point),
    small,
    large,
    spreadRatio: small.spreadDegrees / large.spreadDegrees,
    expectedRatio: Math.sqrt(options.largeBatch / options.smallBatch),
  };
}
