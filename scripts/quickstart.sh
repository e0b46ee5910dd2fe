#!/usr/bin/env bash
# The main job: install dependencies, build, and rank the cities of the embedded atlas (the ChainCity Index),
# after a one-paragraph summary of what the atlas holds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHAINCITY_BUILD_TESTS=OFF -DCHAINCITY_BUILD_EXAMPLES=OFF \
  -DCHAINCITY_BUILD_DOCS=OFF
cmake --build build --parallel 2 --target chaincity_cli
./build/tools/chaincity/chaincity summary
echo
./build/tools/chaincity/chaincity rank
