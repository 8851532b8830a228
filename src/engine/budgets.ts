/**
 * Reference training budgets that figures and tools measure other budgets against. Units: FLOPs.
 */

/**
 * Gopher's training budget, 5.76×10²³ FLOPs: the "Gopher unit" of Hoffmann et al. 2022 Table 3 (FLOPs column and
 * the "1" row of "FLOPs (in Gopher unit)"), the budget of Fig. 1 and the Fig. 4 caption ("40B parameters"), at which
 * Chinchilla (70B params, 1.4T tokens) was trained; Gopher itself (280B params, 300B tokens; Rae et al. 2021) used it.
 * Example: computeOptimal(LAWS.hoffmann2022, GOPHER_BUDGET).params → 4.04e10 (the caption's 40B);
 * 6 · 70e9 · 1.4e12 = 5.88e23 ≈ GOPHER_BUDGET.
 */
export const GOPHER_BUDGET = 5.76e23;
