/**
 * Axis bounds rounded out to a grid, computed in a figure's model: a chart whose slider moves its data a little keeps the
 * same axis (and drawPatching copies it) until the data crosses a grid step. A module apart from ticks.ts, so the
 * figures that use only ticks do not download these.
 */

/**
 * The smallest log domain on the 1-2-5 grid (…, 0.5, 1, 2, 5, 10, …) that holds every value: lo rounded down, hi
 * rounded up. A figure whose slider moves its data a little keeps the same axis (and drawReusing / drawPatching copy it)
 * until the data crosses a grid step. Positive values. Example: niceLogDomain([6.9e7, 6.34e9]) → [5e7, 1e10].
 */
export function niceLogDomain(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const grid = (e: number) => [1, 2, 5].map((m) => Number(`${m}e${e}`));
  const eLo = Math.floor(Math.log10(lo));
  const eHi = Math.floor(Math.log10(hi));
  const down = [...grid(eLo - 1), ...grid(eLo), ...grid(eLo + 1)].filter((g) => g <= lo * (1 + 1e-12)).at(-1)!;
  const up = [...grid(eHi - 1), ...grid(eHi), ...grid(eHi + 1)].find((g) => g >= hi * (1 - 1e-12))!;
  return [down, up];
}

/**
 * x rounded up to the grid 1, 1.5, 2, 3, 4, 5, 6, 8 (× a power of ten): a linear axis's bound that stays while the data
 * under it moves a little (so drawPatching copies the axis). Positive x. Example: niceCeil(0.0231) → 0.03.
 */
export function niceCeil(x: number): number {
  const e = Math.floor(Math.log10(x));
  for (const k of [e - 1, e, e + 1])
    for (const m of [1, 1.5, 2, 3, 4, 5, 6, 8]) {
      const v = Number(`${m}e${k}`);
      if (v >= x * (1 - 1e-12)) return v;
    }
  return Number(`1e${e + 2}`);
}

/**
 * The whole decades around `values`: [10^⌊log10 min⌋, 10^⌈log10 max⌉], written as exact powers of ten (Number('1e26'):
 * 10 ** 26 is one ulp off), a value within 10⁻⁹ of a decade (in log10) counting as on it. An axis over it stays while the
 * data moves inside its decades (drawPatching copies it). Positive values. Example: decadeDomain([3.2e21, 4e23]) → [1e21, 1e24].
 */
export function decadeDomain(values: readonly number[]): [number, number] {
  let [lo, hi] = [Infinity, -Infinity];
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [Number(`1e${Math.floor(Math.log10(lo) + 1e-9)}`), Number(`1e${Math.ceil(Math.log10(hi) - 1e-9)}`)];
}
