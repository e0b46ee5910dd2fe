#!/usr/bin/env bash
# CI smoke test of the benchmarks (CTest bench.smoke): generates the size-S atlas, runs every benchmark once beside
# its peer (answers checked equal, as in bench/run.sh), the numpy peer once, and the load-memory probe. No timing is
# asserted: a failure means a benchmark or a peer broke, or ChainCity and a peer disagree.
#   smoke.sh BENCH_BINARY MEMORY_BINARY WORK_DIR
set -euo pipefail
bench="$1" memory="$2" work="$3"
here="$(cd "$(dirname "$0")" && pwd)"
py=/usr/bin/python3
[[ -x "$py" ]] || py=python3
mkdir -p "$work"
[[ -s "$work/atlas-S.json" ]] || "$py" "$here/make_atlas.py" --size S --out "$work/atlas-S.json"
CHAINCITY_BENCH_EXPORT="$work/sensitivity-S" CHAINCITY_BENCH_ATLAS="$work/atlas-S.json" "$bench" \
  --benchmark_min_time=0.000001 --benchmark_format=json --benchmark_out="$work/result-S.json" \
  --benchmark_out_format=json >/dev/null
"$py" "$here/sensitivity_numpy.py" "$work/sensitivity-S" --reps 1 --out "$work/numpy-S.json" >/dev/null
"$py" "$here/table.py" "$work/result-S.json" S "$work/numpy-S.json"
for who in chaincity nlohmann; do "$memory" "$work/atlas-S.json" "$who"; done
