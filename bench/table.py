#!/usr/bin/env python3
"""Prints the medians of a Google Benchmark JSON result as one table, with ChainCity's ratio to each peer.

Benchmarks are named BM_<Task>_<Who>; the ChainCity row of a task is compared with every other row of that task.
Usage: table.py RESULT.json SIZE [EXTRA.json ...]
EXTRA files hold one more row each (e.g. bench/sensitivity_numpy.py's peer row, measured in the same run).
"""
import json, sys

result = json.load(open(sys.argv[1]))
size = sys.argv[2]
medians = {}
has_median = any(b.get("aggregate_name") == "median" for b in result["benchmarks"])
for b in result["benchmarks"]:
    if (b.get("aggregate_name") != "median") if has_median else (b.get("run_type") != "iteration"):
        continue
    name = b["run_name"].split("/")[0]
    unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
    medians[name] = b["real_time"] * unit  # milliseconds
for extra in sys.argv[3:]:
    row = json.load(open(extra))
    medians[row["run_name"]] = row["real_time"] * {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[row["time_unit"]]
# The Monte-Carlo runs alone: the whole call minus the same call without runs (metrics and nominal ranking), beside
# numpy, which starts from the normalised matrix.
if "BM_Sensitivity_ChainCity" in medians and "BM_SensitivityNoRuns_ChainCity" in medians:
    medians["BM_SensitivityRunsOnly_ChainCity"] = (medians["BM_Sensitivity_ChainCity"]
                                                   - medians["BM_SensitivityNoRuns_ChainCity"])
    if "BM_Sensitivity_NumpyOpenBLAS" in medians:
        medians["BM_SensitivityRunsOnly_NumpyOpenBLAS"] = medians["BM_Sensitivity_NumpyOpenBLAS"]
tasks = {}
for name, ms in medians.items():
    parts = name.split("_")
    task, who = "_".join(parts[1:-1]), parts[-1]
    tasks.setdefault(task, {})[who] = ms
ctx = result["context"]
print(f"size {size}; {ctx.get('num_cpus')} CPUs at {ctx.get('mhz_per_cpu')} MHz; medians of "
      f"{result['benchmarks'][0].get('repetitions', 1)} repetitions")
print(f"| task | ChainCity (ms) | peer | peer (ms) | ratio (peer / ChainCity) |")
print("|---|---|---|---|---|")
for task, rows in tasks.items():
    own = rows.get("ChainCity")
    peers = {w: v for w, v in rows.items() if w != "ChainCity"}
    if own is None:  # a task without a peer (e.g. names, ranking)
        for w, v in rows.items():
            print(f"| {task} {w} | {v:.3f} | — | — | — |")
        continue
    if not peers:
        print(f"| {task} | {own:.3f} | — | — | — |")
    for w, v in peers.items():
        print(f"| {task} | {own:.3f} | {w} | {v:.3f} | {v / own:.3g}× |")
