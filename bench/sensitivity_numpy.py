#!/usr/bin/env python3
"""The numpy + OpenBLAS peer of ChainCity's Monte-Carlo sensitivity analysis.

From the normalised matrix chaincity_bench exports (CHAINCITY_BENCH_EXPORT=PREFIX: PREFIX.json, PREFIX.bin), it draws
the same weight samples (SplitMix64, in ChainCity's order: each pillar's factor, then its metrics' factors), computes
every sample's scores as one matrix product, competition ranks by argsort, and each city's 5th, 50th and 95th
percentile rank (nearest rank; the median averages the middle two). It checks the intervals against ChainCity's,
times the computation (median of --reps), and writes a Google-Benchmark-like JSON row for bench/table.py.

Usage: sensitivity_numpy.py PREFIX [--reps N] [--out FILE]
"""
import argparse
import json
import sys
import time

import numpy as np

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
C1 = np.uint64(0xBF58476D1CE4E5B9)
C2 = np.uint64(0x94D049BB133111EB)


def uniforms(seed, count):
    """SplitMix64's first `count` draws as doubles in [0, 1), vectorised: draw i mixes seed + (i + 1) * golden."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * GOLDEN
        z = (z ^ (z >> np.uint64(30))) * C1
        z = (z ^ (z >> np.uint64(27))) * C2
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0**-53


def sensitivity(z, meta):
    n, k = z.shape
    runs, spread = meta["runs"], meta["spread"]
    pillar_of = np.array(meta["pillar_of"])
    pillars = len(meta["pillar_weight"])
    # Draw columns: pillar p's factor comes just before its metrics' factors.
    per_run = pillars + k
    pillar_col = np.array([p + np.searchsorted(pillar_of, p) for p in range(pillars)])
    metric_col = pillar_of + 1 + np.arange(k)
    f = (1 - spread + 2 * spread * uniforms(meta["seed"], runs * per_run)).reshape(runs, per_run)
    pw = np.array(meta["pillar_weight"]) * f[:, pillar_col]
    pw /= pw.sum(axis=1, keepdims=True)
    mw = np.array(meta["metric_weight"]) * f[:, metric_col]
    onehot = np.zeros((k, pillars))
    onehot[np.arange(k), pillar_of] = 1
    mw /= (mw @ onehot)[:, pillar_of]
    weights = mw * pw[:, pillar_of]  # runs × metrics: each metric's share of the index
    scores = z @ weights.T  # cities × runs, one matrix product
    # Competition ranks: order each run's scores (argsort), give each group of equal scores its first position.
    order = np.argsort(-scores, axis=0, kind="stable")
    ordered = np.take_along_axis(scores, order, axis=0)
    new_group = np.ones_like(ordered, dtype=bool)
    new_group[1:] = ordered[1:] != ordered[:-1]
    position = np.where(new_group, np.arange(n)[:, None], 0)
    first = np.maximum.accumulate(position, axis=0) + 1
    ranks = np.empty_like(first)
    np.put_along_axis(ranks, order, first, axis=0)
    # Per-city percentiles of the rank over the runs.
    ranks.sort(axis=1)
    at = lambda pct: ranks[:, min(runs - 1, max(int(np.ceil(pct / 100 * runs)), 1) - 1)]
    median = ranks[:, runs // 2] if runs % 2 else (ranks[:, runs // 2 - 1] + ranks[:, runs // 2]) / 2
    return at(5), median, at(95)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prefix")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--out")
    a = ap.parse_args()
    meta = json.load(open(a.prefix + ".json"))
    z = np.fromfile(a.prefix + ".bin", dtype="<f8").reshape(meta["cities"], meta["metrics"])
    times = []
    for _ in range(max(a.reps, 1)):
        t0 = time.perf_counter()
        p05, median, p95 = sensitivity(z, meta)
        times.append((time.perf_counter() - t0) * 1e3)
    mine = meta["chaincity"]
    same = [np.asarray(mine[key]) == got for key, got in (("p05", p05), ("median", median), ("p95", p95))]
    exact = np.all(same, axis=0).mean()
    worst = max(float(np.max(np.abs(np.asarray(mine[key]) - got))) for key, got in
                (("p05", p05), ("median", median), ("p95", p95)))
    print(f"sensitivity_numpy: {meta['cities']} cities x {meta['metrics']} metrics, {meta['runs']} runs: "
          f"{exact:.2%} of cities have identical 5/50/95 % ranks in numpy and ChainCity, the largest difference is "
          f"{worst:g} rank(s)", file=sys.stderr)
    # Scores differ in the last bits (a matrix product sums in another order), so near-ties may swap.
    if exact < 0.99 or worst > 2:
        sys.exit("sensitivity_numpy: numpy and ChainCity disagree")
    times.sort()
    row = {"name": "BM_Sensitivity_NumpyOpenBLAS", "run_name": "BM_Sensitivity_NumpyOpenBLAS",
           "aggregate_name": "median", "real_time": times[len(times) // 2], "time_unit": "ms",
           "repetitions": len(times)}
    if a.out:
        json.dump(row, open(a.out, "w"))
    print(json.dumps(row))


if __name__ == "__main__":
    main()
