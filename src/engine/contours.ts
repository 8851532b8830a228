/**
 * The loss landscape of the Chinchilla parametric law over (training FLOPs, model size), as drawn in
 * Hoffmann et al. 2022 Fig. 4 (left): L(N, D) = E + A/N^α + B/D^β (eq 2) with D = C/(6N) (§3.3), and where the
 * efficient frontier (eq 4) meets each iso-loss contour.
 *
 * Units: C in FLOPs, N in parameters (all, embeddings included), D in tokens, loss in nats/token.
 * Pure functions; no DOM.
 */
import { ticks } from 'd3-array';
import { allocationExponents, checkChinchillaParams, type ChinchillaParams } from './chinchilla';
import { logSpace, requirePositive, requirePositiveInteger } from './stats';

/** One sample of the loss landscape. */
export interface LossSample {
  flops: number;
  params: number;
  tokens: number;
  loss: number;
}

function checkRange(name: string, range: readonly [number, number]): void {
  if (!Array.isArray(range) || range.length !== 2) throw new RangeError(`${name} must be [low, high].`);
  requirePositive(`${name}[0]`, range[0]);
  requirePositive(`${name}[1]`, range[1]);
  if (!(range[1] > range[0])) throw new RangeError(`${name} must have low < high, got [${range[0]}, ${range[1]}].`);
}

/**
 * Samples L(N, C/(6N)) on a grid that is evenly spaced in log10 C (columns) and log10 N (rows), row by row
 * (C varies fastest), for contour plots of Hoffmann et al. 2022 Fig. 4 (left). C in FLOPs, N in params.
 * Needs ≥ 2 columns and rows; the ranges are inclusive.
 * Example: lossOverComputeAndParams(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 7, 4) → 28 samples; the
 * sample at (1e21 FLOPs, 1e9 params) has 1.67e11 tokens and loss 2.31 nats.
 */
export function lossOverComputeAndParams(
  p: ChinchillaParams,
  flopsRange: readonly [number, number],
  paramsRange: readonly [number, number],
  columns: number,
  rows: number,
): LossSample[] {
  checkChinchillaParams(p);
  checkRange('flopsRange', flopsRange);
  checkRange('paramsRange', paramsRange);
  requirePositiveInteger('columns', columns);
  requirePositiveInteger('rows', rows);
  if (columns < 2 || rows < 2) throw new RangeError('A loss grid needs at least 2 columns and 2 rows.');
  const flops = logSpace(flopsRange[0], flopsRange[1], columns);
  const params = logSpace(paramsRange[0], paramsRange[1], rows);
  // eq (2) in log space, inlined: the parameters were validated once above (chinchillaLoss would check them per call).
  const lnA = Math.log(p.A);
  const lnB = Math.log(p.B);
  const ln6 = Math.log(6);
  const out: LossSample[] = [];
  for (const n of params) {
    const lnN = Math.log(n);
    const paramTerm = Math.exp(lnA - p.alpha * lnN);
    for (const c of flops) {
      const lnD = Math.log(c) - ln6 - lnN;
      out.push({ flops: c, params: n, tokens: Math.exp(lnD), loss: p.E + paramTerm + Math.exp(lnB - p.beta * lnD) });
    }
  }
  return out;
}

/**
 * The loss along the efficient frontier as a power law of compute: L_opt(C) = E + K·(C/6)^(−γ), with
 * γ = αβ/(α+β) and K = A·G^(−α) + B·G^β, G from eq (4). Both reducible terms fall as (C/6)^(−γ) at the optimum,
 * since α·a = β·b = γ (Hoffmann et al. 2022 eqs 2 and 4; derived).
 * Example: hoffmann2022 → γ = 0.1548, K = 814.4; at 5.76e23 FLOPs, E + K·(C/6)^−γ = 1.918 nats (= optimalLoss).
 */
export function optimalLossPowerLaw(p: ChinchillaParams): { E: number; K: number; gamma: number } {
  checkChinchillaParams(p);
  const { G } = allocationExponents(p);
  const gamma = (p.alpha * p.beta) / (p.alpha + p.beta);
  const K = Math.exp(Math.log(p.A) - p.alpha * Math.log(G)) + Math.exp(Math.log(p.B) + p.beta * Math.log(G));
  return { E: p.E, K, gamma };
}

/**
 * The smallest FLOP budget that reaches `loss` (nats) with a compute-optimal model: the point where the
 * efficient frontier touches the iso-loss contour "at the point with the fewest FLOPs" (Hoffmann et al. 2022
 * Fig. 4 caption). Inverts optimalLossPowerLaw: C = 6·(K/(loss − E))^(1/γ). Throws RangeError when loss ≤ E
 * (no budget reaches the irreducible loss) or when C would overflow.
 * Example: hoffmann2022, 1.9184 nats → 5.76e23 FLOPs (the Gopher budget); 2.5 nats → 1.5e20 FLOPs.
 */
export function computeForOptimalLoss(p: ChinchillaParams, loss: number): number {
  const { E, K, gamma } = optimalLossPowerLaw(p);
  requirePositive('loss', loss);
  if (!(loss > E)) throw new RangeError(`No budget reaches a loss of ${loss} nats: the law's irreducible loss E is ${E}.`);
  const flops = Math.exp(Math.log(6) + (Math.log(K) - Math.log(loss - E)) / gamma);
  if (!(flops > 0 && flops < Infinity)) throw new RangeError(`The budget for a loss of ${loss} nats is outside the double range.`);
  return flops;
}

/**
 * Round contour levels (nats) between two losses, from d3's ticks (steps of 1, 2 or 5 × 10^k), keeping only
 * levels strictly above the irreducible loss E so every level has a frontier point.
 * Example: contourLevels(LAWS.hoffmann2022, 1.8, 4, 10) → [1.8, 2, 2.2, …, 4]; with low 1.6, 1.6 is dropped (E = 1.693).
 */
export function contourLevels(p: ChinchillaParams, low: number, high: number, count: number): number[] {
  checkChinchillaParams(p);
  requirePositive('low', low);
  requirePositive('high', high);
  requirePositiveInteger('count', count);
  if (!(high > low)) throw new RangeError(`contourLevels needs low < high, got ${low} and ${high}.`);
  return ticks(low, high, count).filter((t) => t > p.E);
}

/** One iso-loss line: a polyline (or a closed loop) in (FLOPs, params). */
export interface ContourLine {
  /** The loss of the contour, nats/token. */
  level: number;
  /** Points along the line; a closed loop repeats its first point at the end. */
  points: Array<{ flops: number; params: number }>;
}

/**
 * Iso-loss lines of L(N, C/(6N)) over (C, N), as in Hoffmann et al. 2022 Fig. 4 (left), by marching squares on a
 * `columns` × `rows` grid evenly spaced in log10 C and log10 N (corners included), with linear interpolation along
 * cell edges in log space and saddle cells resolved by the cell-centre mean. Lines end on the domain boundary, so a
 * plot can draw them as plain polylines (no filled bands, no map projection code). C in FLOPs, N in params.
 * Example: lossContours(LAWS.hoffmann2022, [1e18, 1e26], [1e7, 1e13], [2.2]) → one line; its leftmost point is the
 * frontier point where optimalLoss = 2.2 nats (C ≈ 1.0e21 FLOPs, N ≈ 2.3e9 params), up to the grid's resolution.
 */
export function lossContours(
  p: ChinchillaParams,
  flopsDomain: readonly [number, number],
  paramsDomain: readonly [number, number],
  levels: readonly number[],
  columns = 64,
  rows = 48,
): ContourLine[] {
  const grid = lossOverComputeAndParams(p, flopsDomain, paramsDomain, columns, rows);
  levels.forEach((l, i) => requirePositive(`levels[${i}]`, l));
  const x0 = Math.log10(flopsDomain[0]);
  const dx = (Math.log10(flopsDomain[1]) - x0) / (columns - 1);
  const y0 = Math.log10(paramsDomain[0]);
  const dy = (Math.log10(paramsDomain[1]) - y0) / (rows - 1);
  const losses = Float64Array.from(grid, (g) => g.loss);
  const value = (i: number, j: number) => losses[j * columns + i];
  // Edge ids: horizontal edge (i,j)–(i+1,j) and vertical edge (i,j)–(i,j+1).
  const H = rows * (columns - 1);
  const hEdge = (i: number, j: number) => j * (columns - 1) + i;
  const vEdge = (i: number, j: number) => H + j * columns + i;
  const edgeCount = H + (rows - 1) * columns;
  // Each edge has at most two neighbours (the cells on either side): two slots per edge, −1 when empty.
  const adjacency = new Int32Array(2 * edgeCount);
  const out: ContourLine[] = [];
  for (const level of levels) {
    adjacency.fill(-1);
    const touched: number[] = [];
    const attach = (e: number, other: number) => {
      if (adjacency[2 * e] === -1) {
        adjacency[2 * e] = other;
        touched.push(e);
      } else adjacency[2 * e + 1] = other;
    };
    const link = (e1: number, e2: number) => {
      attach(e1, e2);
      attach(e2, e1);
    };
    for (let j = 0; j < rows - 1; j++) {
      for (let i = 0; i < columns - 1; i++) {
        const a = value(i, j) >= level ? 1 : 0;
        const b = value(i + 1, j) >= level ? 2 : 0;
        const c = value(i + 1, j + 1) >= level ? 4 : 0;
        const d = value(i, j + 1) >= level ? 8 : 0;
        const code = a | b | c | d;
        if (code === 0 || code === 15) continue;
        const bottom = hEdge(i, j);
        const top = hEdge(i, j + 1);
        const left = vEdge(i, j);
        const right = vEdge(i + 1, j);
        switch (code) {
          case 1:
          case 14:
            link(left, bottom);
            break;
          case 2:
          case 13:
            link(bottom, right);
            break;
          case 3:
          case 12:
            link(left, right);
            break;
          case 4:
          case 11:
            link(right, top);
            break;
          case 6:
          case 9:
            link(bottom, top);
            break;
          case 7:
          case 8:
            link(left, top);
            break;
          case 5: // a and c above
          case 10: {
            // (or b and d above): a saddle, resolved by the value at the cell's centre, computed only here.
            const centreAbove = (value(i, j) + value(i + 1, j) + value(i + 1, j + 1) + value(i, j + 1)) / 4 >= level;
            if ((code === 5) === centreAbove) {
              link(bottom, right);
              link(left, top);
            } else {
              link(left, bottom);
              link(right, top);
            }
            break;
          }
        }
      }
    }
    // Where the contour crosses an edge, in (log10 C, log10 N), converted back to (C, N).
    const point = (edge: number) => {
      let i: number, j: number, i2: number, j2: number;
      if (edge < H) {
        j = Math.floor(edge / (columns - 1));
        i = edge - j * (columns - 1);
        i2 = i + 1;
        j2 = j;
      } else {
        const e = edge - H;
        j = Math.floor(e / columns);
        i = e - j * columns;
        i2 = i;
        j2 = j + 1;
      }
      const va = value(i, j);
      const vb = value(i2, j2);
      const t = vb === va ? 0.5 : (level - va) / (vb - va);
      const x = x0 + (i + t * (i2 - i)) * dx;
      const y = y0 + (j + t * (j2 - j)) * dy;
      return { flops: 10 ** x, params: 10 ** y };
    };
    const visited = new Uint8Array(edgeCount);
    const degree = (e: number) => (adjacency[2 * e] === -1 ? 0 : adjacency[2 * e + 1] === -1 ? 1 : 2);
    const walk = (start: number) => {
      const chain = [start];
      visited[start] = 1;
      let current = start;
      for (;;) {
        const a = adjacency[2 * current];
        const b = adjacency[2 * current + 1];
        const next = a !== -1 && !visited[a] ? a : b !== -1 && !visited[b] ? b : -1;
        if (next === -1) break;
        visited[next] = 1;
        chain.push(next);
        current = next;
      }
      // A closed loop: its last edge links back to the first.
      if (chain.length > 2 && (adjacency[2 * current] === start || adjacency[2 * current + 1] === start)) chain.push(start);
      return chain;
    };
    // Open lines start on the boundary (an edge with one neighbour); what remains are closed loops.
    for (const edge of touched) if (degree(edge) === 1 && !visited[edge]) out.push({ level, points: walk(edge).map(point) });
    for (const edge of touched) if (!visited[edge]) out.push({ level, points: walk(edge).map(point) });
  }
  return out;
}
