#!/usr/bin/env bash
# Installs the Debian 12 packages ChainCity needs. Idempotent.
#   install-deps.sh          everything: build, tests (browser test included), docs, sanitizers, fuzzers, coverage
#   install-deps.sh --build  only what building the library and the chaincity program needs (the quick start)
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  libboost-dev libboost-date-time-dev
  nlohmann-json3-dev libsimdjson-dev libopencc-dev opencc libicu-dev libcli11-dev
)
if [[ "${1:-}" != "--build" ]]; then
  PKGS+=(
    libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev python3-numpy libopenblas0
    doxygen clang-format python3-jsonschema abigail-tools binutils
    chromium fonts-wqy-microhei
    clang libclang-rt-14-dev llvm-14 gcovr
  )
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
