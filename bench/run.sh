#!/usr/bin/env bash
# Builds Release, generates the synthetic atlas, runs every benchmark beside its peer, and prints one table of medians
# with ChainCity's speed as a ratio to each peer (above 1: ChainCity is faster).
#   bench/run.sh [S|M|L] [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-S}"
reps="${2:-3}"
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHAINCITY_BUILD_BENCH=ON -DCHAINCITY_BUILD_TESTS=OFF \
  -DCHAINCITY_BUILD_EXAMPLES=OFF -DCHAINCITY_BUILD_DOCS=OFF >/dev/null
cmake --build build/bench --parallel 2 --target chaincity_bench chaincity_load_memory
data="build/bench/atlas-${size}.json"
[[ -s "$data" ]] || python3 bench/make_atlas.py --size "$size" --out "$data"
# Debian's python3 (with python3-numpy), not one a version manager put first on PATH.
py=/usr/bin/python3
[[ -x "$py" ]] || py=python3
CHAINCITY_BENCH_EXPORT="build/bench/sensitivity-${size}" CHAINCITY_BENCH_ATLAS="$data" build/bench/bench/chaincity_bench --benchmark_repetitions="$reps" \
  --benchmark_report_aggregates_only=true --benchmark_format=json --benchmark_out="build/bench/result-${size}.json" \
  --benchmark_out_format=json >/dev/null
"$py" bench/sensitivity_numpy.py "build/bench/sensitivity-${size}" --reps "$reps" \
  --out "build/bench/numpy-${size}.json" >/dev/null
"$py" bench/table.py "build/bench/result-${size}.json" "$size" "build/bench/numpy-${size}.json"
echo
echo "Memory of one load (own process; peak and resident added by the load, as multiples of the file's size):"
for who in chaincity nlohmann; do build/bench/bench/chaincity_load_memory "$data" "$who"; done
