/**
 * The compute-optimal tables of Hoffmann et al. 2022 (arXiv 2203.15556): Table 2 (exponents a, b per approach, with
 * the Kaplan row) and Table A2's IsoFLOP rows, Table 3 (Approach 1) and Table A3 (Approaches 2 and 3), as printed,
 * and power laws recomputed through them. Units: N in params, D in tokens, C in FLOPs.
 */
import { powerLawFit, type PowerLawFit } from './stats';

/** One row of Hoffmann Table 2 (or Table A2): N_opt ∝ C^a, D_opt ∝ C^b. */
export interface ApproachExponentRow {
  id: 'approach1' | 'approach2' | 'approach3' | 'kaplan' | 'c4' | 'github';
  a: number;
  /** 10th–90th percentile interval (bootstrap), when printed. */
  aInterval: [number, number] | null;
  b: number;
  bInterval: [number, number] | null;
  source: string;
}

/**
 * Hoffmann et al. 2022 Table 2 (exponents a, b with 10th/90th percentiles from 100 bootstraps
 * on 80% of the data), its Kaplan row, and the Table A2 IsoFLOP rows for C4 and GitHub.
 * The Approach 3 interval (0.454, 0.455) excludes its own 0.46 and is implausibly narrow (Besiroglu 2024).
 */
export const APPROACH_EXPONENTS: readonly ApproachExponentRow[] = [
  {
    id: 'approach1',
    a: 0.5,
    aInterval: [0.488, 0.502],
    b: 0.5,
    bInterval: [0.501, 0.512],
    source: 'Hoffmann et al. 2022, Table 2',
  },
  {
    id: 'approach2',
    a: 0.49,
    aInterval: [0.462, 0.534],
    b: 0.51,
    bInterval: [0.483, 0.529],
    source: 'Hoffmann et al. 2022, Table 2',
  },
  {
    id: 'approach3',
    a: 0.46,
    aInterval: [0.454, 0.455],
    b: 0.54,
    bInterval: [0.542, 0.543],
    source: 'Hoffmann et al. 2022, Table 2',
  },
  {
    id: 'kaplan',
    a: 0.73,
    aInterval: null,
    b: 0.27,
    bInterval: null,
    source: 'Hoffmann et al. 2022, Table 2 (Kaplan row); Kaplan et al. 2020 Table 6',
  },
  {
    id: 'c4',
    a: 0.5,
    aInterval: null,
    b: 0.5,
    bInterval: null,
    source: 'Hoffmann et al. 2022, Table A2',
  },
  {
    id: 'github',
    a: 0.53,
    aInterval: null,
    b: 0.47,
    bInterval: null,
    source: 'Hoffmann et al. 2022, Table A2',
  },
];

/** One row of Hoffmann Table 3 (Approach 1) or Table A3 (Approaches 2 and 3). */
export interface OptimalTableRow {
  approach: 1 | 2 | 3;
  params: number;
  /** FLOPs as printed. */
  flops: number;
  /** Tokens as printed. */
  tokens: number;
  /** Table 3 only: FLOPs in units of the Gopher budget (5.76e23). */
  gopherUnits?: number;
  /** The printed FLOPs are a typo (A3, 175B: 1.26e24). */
  typo?: true;
  /** Corrected FLOPs where the printed value is a typo (6 × 175e9 × 12.0e12 = 1.26e25). */
  correctedFlops?: number;
  source: string;
}

const T3 = 'Hoffmann et al. 2022, Table 3';
const A3 = 'Hoffmann et al. 2022, Table A3';

/**
 * Compute-optimal FLOPs and tokens per model size: Hoffmann et al. 2022 Table 3 (Approach 1) and
 * Table A3 (Approaches 2 and 3), as printed. The A3 175B FLOPs are printed as 1.26e24: a typo
 * (6 × 175e9 × 12.0e12 = 1.26e25), kept with `typo: true` and `correctedFlops: 1.26e25`.
 */
export const OPTIMAL_TABLE: readonly OptimalTableRow[] = [
  { approach: 1, params: 400e6, flops: 1.92e19, gopherUnits: 1 / 29968, tokens: 8.0e9, source: T3 },
  { approach: 1, params: 1e9, flops: 1.21e20, gopherUnits: 1 / 4761, tokens: 20.2e9, source: T3 },
  { approach: 1, params: 10e9, flops: 1.23e22, gopherUnits: 1 / 46, tokens: 205.1e9, source: T3 },
  { approach: 1, params: 67e9, flops: 5.76e23, gopherUnits: 1, tokens: 1.5e12, source: T3 },
  { approach: 1, params: 175e9, flops: 3.85e24, gopherUnits: 6.7, tokens: 3.7e12, source: T3 },
  { approach: 1, params: 280e9, flops: 9.9e24, gopherUnits: 17.2, tokens: 5.9e12, source: T3 },
  { approach: 1, params: 520e9, flops: 3.43e25, gopherUnits: 59.5, tokens: 11.0e12, source: T3 },
  { approach: 1, params: 1e12, flops: 1.27e26, gopherUnits: 221.3, tokens: 21.2e12, source: T3 },
  { approach: 1, params: 10e12, flops: 1.3e28, gopherUnits: 22515.9, tokens: 216.2e12, source: T3 },
  { approach: 2, params: 400e6, flops: 1.84e19, tokens: 7.7e9, source: A3 },
  { approach: 2, params: 1e9, flops: 1.2e20, tokens: 20.0e9, source: A3 },
  { approach: 2, params: 10e9, flops: 1.32e22, tokens: 219.5e9, source: A3 },
  { approach: 2, params: 67e9, flops: 6.88e23, tokens: 1.7e12, source: A3 },
  { approach: 2, params: 175e9, flops: 4.54e24, tokens: 4.3e12, source: A3 },
  { approach: 2, params: 280e9, flops: 1.18e25, tokens: 7.1e12, source: A3 },
  { approach: 2, params: 520e9, flops: 4.19e25, tokens: 13.4e12, source: A3 },
  { approach: 2, params: 1e12, flops: 1.59e26, tokens: 26.5e12, source: A3 },
  { approach: 2, params: 10e12, flops: 1.75e28, tokens: 292.0e12, source: A3 },
  { approach: 3, params: 400e6, flops: 2.21e19, tokens: 9.2e9, source: A3 },
  { approach: 3, params: 1e9, flops: 1.62e20, tokens: 27.1e9, source: A3 },
  { approach: 3, params: 10e9, flops: 2.46e22, tokens: 410.1e9, source: A3 },
  { approach: 3, params: 67e9, flops: 1.71e24, tokens: 4.1e12, source: A3 },
  { approach: 3, params: 175e9, flops: 1.26e24, typo: true, correctedFlops: 1.26e25, tokens: 12.0e12, source: A3 },
  { approach: 3, params: 280e9, flops: 3.52e25, tokens: 20.1e12, source: A3 },
  { approach: 3, params: 520e9, flops: 1.36e26, tokens: 43.5e12, source: A3 },
  { approach: 3, params: 1e12, flops: 5.65e26, tokens: 94.1e12, source: A3 },
  { approach: 3, params: 10e12, flops: 8.55e28, tokens: 1425.5e12, source: A3 },
];

/**
 * Power laws N_opt(C) = k_N·C^a and D_opt(C) = k_D·C^b recomputed by log-log least squares through the
 * rows of Table 3 (approach 1) or Table A3 (approaches 2, 3), excluding the A3 175B typo row.
 * C in FLOPs, N in params, D in tokens.
 * Example: approachPowerLaw(1) → params exponent ≈ 0.50, tokens exponent ≈ 0.50 (Table 2 prints 0.50 / 0.50).
 */
export function approachPowerLaw(approach: 1 | 2 | 3): { params: PowerLawFit; tokens: PowerLawFit; rows: number } {
  return optimalTablePowerLaw(approach, 'exclude');
}

/** How to treat the A3 175B row, printed as 1.26e24 FLOPs where 6 × 175e9 × 12.0e12 = 1.26e25 is meant. */
export type TypoTreatment = 'exclude' | 'printed' | 'corrected';

/**
 * N_opt ∝ C^a and D_opt ∝ C^b by log-log least squares through the rows of Hoffmann et al. 2022 Table 3
 * (approach 1) or Table A3 (approaches 2, 3), with the A3 175B typo row excluded (as approachPowerLaw does),
 * used as printed (1.26e24), or corrected (1.26e25).
 * Example: approach 3 → a 0.4586 (exclude), 0.4587 (corrected), 0.4581 (printed): the typo barely moves the fit.
 */
export function optimalTablePowerLaw(approach: 1 | 2 | 3, typo: TypoTreatment = 'exclude'): { params: PowerLawFit; tokens: PowerLawFit; rows: number } {
  if (approach !== 1 && approach !== 2 && approach !== 3) throw new RangeError(`approach must be 1, 2 or 3, got ${String(approach)}.`);
  if (typo !== 'exclude' && typo !== 'printed' && typo !== 'corrected') throw new RangeError(`Unknown typo treatment "${String(typo)}".`);
  const rows = OPTIMAL_TABLE.filter((r) => r.approach === approach && !(r.typo && typo === 'exclude'));
  const flops = rows.map((r) => (r.typo && typo === 'corrected' ? (r.correctedFlops as number) : r.flops));
  return {
    params: powerLawFit(
      flops,
      rows.map((r) => r.params),
    ),
    tokens: powerLawFit(
      flops,
      rows.map((r) => r.tokens),
    ),
    rows: rows.length,
  };
}
