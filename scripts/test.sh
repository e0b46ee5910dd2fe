#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
seeds="${CHAINCITY_SEEDS_DIR:-$(pwd)/../shared/seeds}"
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCHAINCITY_WERROR=ON -DCHAINCITY_BUILD_TESTS=ON \
  -DCHAINCITY_BUILD_EXAMPLES=ON -DCHAINCITY_BUILD_DOCS=ON -DCHAINCITY_BUILD_BENCH=ON -DCHAINCITY_REQUIRE_BROWSER=ON -DCHAINCITY_SEEDS_DIR="$seeds"
cmake --build build/test --parallel 2
ctest --test-dir build/test --parallel 2 --output-on-failure
