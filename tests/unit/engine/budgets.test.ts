import { describe, expect, it } from 'vitest';
import { GOPHER_BUDGET } from '../../../src/engine/budgets';
import { LAWS, computeOptimal } from '../../../src/engine/chinchilla';
import { OPTIMAL_TABLE } from '../../../src/engine/chinchilla-tables';

describe('GOPHER_BUDGET (Hoffmann et al. 2022 Table 3 "Gopher unit"; Rae et al. 2021)', () => {
  it('is 5.76e23 FLOPs, the Table 3 row of 1 Gopher unit', () => {
    expect(GOPHER_BUDGET).toBe(5.76e23);
    const row = OPTIMAL_TABLE.find((r) => r.gopherUnits === 1)!;
    expect(row.flops).toBe(GOPHER_BUDGET);
  });
  it('gives the Fig. 4 caption’s 40B-parameter optimum under the unrounded fit', () => {
    expect(computeOptimal(LAWS.hoffmann2022, GOPHER_BUDGET).params / 1e9).toBeCloseTo(40.4, 1);
  });
});
