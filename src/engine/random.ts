/**
 * Seeded pseudo-random numbers for schematic figures (gradient noise, synthetic runs).
 * Deterministic for a given seed so server-rendered SVG and snapshots never drift.
 */
import { requireFinite } from './stats';

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/**
 * mulberry32: a small 32-bit PRNG (Tommy Ettinger's public-domain generator).
 * Returns a function giving uniform numbers in [0, 1); the same seed always gives the same sequence.
 * The seed is any finite number; it is reduced to 32 bits (seed >>> 0).
 * Example: mulberry32(42)() → 0.6011037519201636 (first draw for seed 42).
 */
export function mulberry32(seed: number): RandomSource {
  requireFinite('seed', seed);
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random generator with a few convenient draws. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer uniform in {0, …, n − 1}. */
  integer(n: number): number;
  /** Normal deviate with the given mean and standard deviation (Box–Muller). */
  normal(mean?: number, standardDeviation?: number): number;
}

/**
 * Creates a seeded generator (mulberry32 + Box–Muller normals); deterministic for a seed.
 * Example: createRandom(7).normal(0, 1) gives the same deviate on every run and platform.
 */
export function createRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  let spare: number | null = null;
  return {
    next,
    uniform(min: number, max: number): number {
      requireFinite('min', min);
      requireFinite('max', max);
      return min + (max - min) * next();
    },
    integer(n: number): number {
      if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n must be a positive integer, got ${n}.`);
      return Math.floor(next() * n);
    },
    normal(mean = 0, standardDeviation = 1): number {
      requireFinite('mean', mean);
      requireFinite('standardDeviation', standardDeviation);
      if (standardDeviation < 0) throw new RangeError('standardDeviation must be 0 or more.');
      if (spare !== null) {
        const z = spare;
        spare = null;
        return mean + standardDeviation * z;
      }
      // Box–Muller; 1 − u keeps the log argument in (0, 1].
      const u = 1 - next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return mean + standardDeviation * r * Math.cos(2 * Math.PI * v);
    },
  };
}

/**
 * Draws `count` normal deviates N(mean, sd²) from a fresh generator with this seed.
 * Example: normalSample(42, 3) → the same three numbers on every run.
 */
export function normalSample(seed: number, count: number, mean = 0, standardDeviation = 1): number[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}.`);
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => rng.normal(mean, standardDeviation));
}
