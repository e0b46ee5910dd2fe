#!/usr/bin/env bash
# Installs every Debian 12 package ChainCity's build, tests and docs need. Idempotent.
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  libboost-dev libboost-date-time-dev
  nlohmann-json3-dev libsimdjson-dev libopencc-dev opencc libicu-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  doxygen clang-format python3-jsonschema abigail-tools binutils
)
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
