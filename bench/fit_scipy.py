#!/usr/bin/env python3
"""Reference timing for the Approach-3 fit with scipy's L-BFGS-B.

Hoffmann et al. 2022 (arXiv 2203.15556), App. D.2, eq (11):

    min_{a,b,e,alpha,beta}  sum_i Huber_delta( LSE(a - alpha log N_i, b - beta log D_i, e) - log L_i )

with delta = 1e-3 and L-BFGS from each point of the grid
alpha, beta in {0, 0.5, ..., 2}, e in {-1, -0.5, ..., 1}, a, b in {0, 5, ..., 25}
(4,500 starts). The data are the 240 runs that Besiroglu et al. 2024 (arXiv 2404.10102,
epoch-research/analyzing-chinchilla, data_analysis.ipynb) keep: the 245 points extracted
from Hoffmann's Fig. 4, minus the 5 with the highest loss, with tokens = FLOP / (6 N).

This is the comparison point for bench/fit.ts: the same objective and grid, with a
vectorised numpy value-and-gradient (jac=True) and scipy's default L-BFGS-B tolerances
(ftol = 2.2e-9, gtol = 1e-5, maxcor = 10, maxiter = 15000).

Usage: python3 bench/fit_scipy.py [--csv PATH] [--grid hoffmann|coarse] [--delta 1e-3]
Prints one JSON object on stdout.
"""

import argparse
import csv
import itertools
import json
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import logsumexp


def load_runs(path, excluded=5):
    """The 245 Fig. 4 points minus the `excluded` highest-loss ones (Epoch's filter)."""
    rows = []
    with open(path, newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            params = float(row["Model Size"])
            flop = float(row["Training FLOP"])
            loss = float(row["loss"])
            rows.append((params, flop / (6.0 * params), loss))
    rows.sort(key=lambda r: r[2], reverse=True)
    kept = rows[excluded:]
    return np.array([r[0] for r in kept]), np.array([r[1] for r in kept]), np.array([r[2] for r in kept])


def make_objective(params, tokens, loss, delta):
    log_n = np.log(params)
    log_d = np.log(tokens)
    log_l = np.log(loss)

    def value_and_gradient(x):
        a, b, e, alpha, beta = x
        terms = np.stack([a - alpha * log_n, b - beta * log_d, np.full_like(log_n, e)])
        lse = logsumexp(terms, axis=0)
        weights = np.exp(terms - lse)
        r = lse - log_l
        small = np.abs(r) <= delta
        value = np.sum(np.where(small, 0.5 * r * r, delta * (np.abs(r) - 0.5 * delta)))
        slope = np.where(small, r, delta * np.sign(r))
        w_n, w_d, w_e = weights
        gradient = np.array([
            np.sum(slope * w_n),
            np.sum(slope * w_d),
            np.sum(slope * w_e),
            -np.sum(slope * w_n * log_n),
            -np.sum(slope * w_d * log_d),
        ])
        return value, gradient

    return value_and_gradient


def grid(name):
    if name == "hoffmann":
        alphas = betas = np.arange(0, 2.5, 0.5)
        es = np.arange(-1, 1.5, 0.5)
        as_ = bs = np.arange(0, 30, 5)
    elif name == "coarse":
        alphas = betas = np.array([0.0, 1.0, 2.0])
        es = np.array([-1.0, 0.0, 1.0])
        as_ = bs = np.array([0.0, 10.0, 20.0])
    else:
        raise SystemExit(f"unknown grid {name}")
    # Same order as src/engine/fit-multistart.ts: a, b, e, alpha, beta.
    return [np.array(p, dtype=float) for p in itertools.product(as_, bs, es, alphas, betas)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", default="src/data/chinchilla-fig4-epoch.csv")
    parser.add_argument("--grid", default="hoffmann")
    parser.add_argument("--delta", type=float, default=1e-3)
    args = parser.parse_args()

    params, tokens, loss = load_runs(args.csv)
    objective = make_objective(params, tokens, loss, args.delta)
    starts = grid(args.grid)

    np.seterr(all="ignore")
    best = None
    iterations = 0
    evaluations = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for x0 in starts:
        result = minimize(objective, x0, method="L-BFGS-B", jac=True)
        iterations += int(result.nit)
        evaluations += int(result.nfev)
        if np.isfinite(result.fun) and (best is None or result.fun < best.fun):
            best = result
    seconds = time.perf_counter() - t0
    cpu_seconds = time.process_time() - c0

    a, b, e, alpha, beta = best.x
    print(json.dumps({
        "implementation": "scipy.optimize.minimize(method='L-BFGS-B', jac=True)",
        "scipy": __import__("scipy").__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "runs": int(len(loss)),
        "starts": len(starts),
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "iterations": iterations,
        "evaluations": evaluations,
        "objective": float(best.fun),
        "x": [float(v) for v in best.x],
        "law": {"E": float(np.exp(e)), "A": float(np.exp(a)), "B": float(np.exp(b)),
                "alpha": float(alpha), "beta": float(beta)},
    }))


if __name__ == "__main__":
    main()
