/**
 * Axis helpers shared by the calculators' figures: sparse decade ticks for log axes that span many orders of
 * magnitude (Plot's default log ticks add a line per integer multiple, which clutters a 10-decade axis), and
 * powers of ten written 10²³ rather than 1×10²³.
 */
import { formatScientific } from '../../lib/numbers';

/** Powers of ten from lo to hi, every k-th decade so that at most `max` remain (every decade by default). Example: decadeTicks(3e17, 2e26, 5) → [1e18, 1e20, 1e22, 1e24, 1e26]. */
export function decadeTicks(lo: number, hi: number, max = Infinity): number[] {
  const a = Math.ceil(Math.log10(lo) - 1e-9);
  const b = Math.floor(Math.log10(hi) + 1e-9);
  const step = Math.max(1, Math.ceil((b - a + 1) / max));
  const out: number[] = [];
  for (let e = a; e <= b; e += step) out.push(Number(`1e${e}`));
  return out;
}

/**
 * Powers of ten across a log domain, every k-th decade so that at most `max` remain, computed as 10 ** e (the Kaplan
 * panels of kaplan-three-laws and critical-batch). 10 ** e is one rounding step off 1e<e> at a few decades
 * (10 ** -4, 10 ** 26), so this is not merged with decadeTicks: a tick could move in the last digit.
 */
export function decadePowers([lo, hi]: [number, number], max = 6): number[] {
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const step = Math.max(1, Math.ceil((last - first + 1) / max));
  const out: number[] = [];
  for (let e = first; e <= last; e += step) out.push(10 ** e);
  return out;
}

/** 10¹⁸ rather than 1×10¹⁸ for exact powers of ten; other numbers as formatScientific writes them. */
export function powerOfTen(x: number): string {
  return formatScientific(x, { digits: 2 }).replace(/^1×/, '');
}

/**
 * Ticks for a log axis: decades when the axis spans at least three, else 1-2-5 steps so a short axis still has
 * a few labels. Example: logTicks(8e8, 4e10) → [1e9, 2e9, 5e9, 1e10, 2e10].
 */
export function logTicks(lo: number, hi: number, max = 7): number[] {
  const decades = decadeTicks(lo, hi, max);
  if (decades.length >= 3) return decades;
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number(`${m}e${e}`);
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}
