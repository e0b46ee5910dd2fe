#!/usr/bin/env bash
# Regenerates every file derived from the curation fragments: data/atlas.json, data/CURATION.md, the embedded
# atlas (by building), docs/cookbook.md and the examples' expected output. Usage: tools/refresh-generated.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
python3 tools/merge_atlas.py
cmake --build "$build" --parallel 2 --target chaincity_cli example_summary example_choose_city
python3 tools/make_cookbook.py "$build/tools/chaincity/chaincity"
"$build/examples/example_summary" > examples/summary.output
"$build/examples/example_choose_city" > examples/choose_city.output
