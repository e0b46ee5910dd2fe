#!/usr/bin/env bash
# The reliability jobs (issue 8), on one instrumented build — clang with AddressSanitizer + UndefinedBehaviorSanitizer,
# libFuzzer instrumentation and gcov coverage — shared by:
#   1. the whole test suite under ASan + UBSan (leaks included);
#   2. every fuzzer for FUZZ_SECONDS seconds each (default 60), two at a time; a crash, leak or timeout fails;
#   3. line coverage of src/ from those runs (gcovr), which must be at least COVERAGE_MIN percent (default 90);
# then a small ThreadSanitizer build (the library and the reliability tests) runs the concurrency tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
seeds="${CHAINCITY_SEEDS_DIR:-$(pwd)/../shared/seeds}"
fuzz_seconds="${FUZZ_SECONDS:-60}"
coverage_min="${COVERAGE_MIN:-90}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

echo "== instrumented build (clang: address,undefined + fuzzer + coverage)"
CC=clang CXX=clang++ cmake -S . -B build/instrumented -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCHAINCITY_WERROR=ON \
  -DCHAINCITY_SANITIZE=address,undefined -DCHAINCITY_BUILD_FUZZ=ON -DCHAINCITY_COVERAGE=ON \
  -DCHAINCITY_FUZZ_SECONDS="$fuzz_seconds" -DCHAINCITY_BUILD_TESTS=ON -DCHAINCITY_BUILD_EXAMPLES=ON \
  -DCHAINCITY_BUILD_DOCS=OFF -DCHAINCITY_SEEDS_DIR="$seeds"
cmake --build build/instrumented --parallel 2
find build/instrumented -name '*.gcda' -delete

echo "== the test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
# Left out: the packaging tests (they build the project again, uninstrumented), formatting and the browser test
# (run by scripts/test.sh).
ctest --test-dir build/instrumented --parallel 2 --output-on-failure -LE fuzz \
  -E '^(package\.|format\.|browser\.|docs\.)'

echo "== fuzzers, ${fuzz_seconds} s each"
set +e
ctest --test-dir build/instrumented --parallel 2 --output-on-failure -L fuzz -V >build/instrumented/fuzz.log 2>&1
fuzz_rc=$?
set -e
grep -E 'Test +#[0-9]+: fuzz\.run_|stat::number_of_executed_units|stat::peak_rss_mb|ERROR: |SUMMARY: ' \
  build/instrumented/fuzz.log || true
if ((fuzz_rc != 0)); then
  tail -n 200 build/instrumented/fuzz.log
  echo "a fuzzer failed: the input is in build/instrumented/tests/fuzz/fuzz-artifacts/" >&2
  exit 1
fi

echo "== line coverage of src/"
gcovr --root . --filter 'src/' --gcov-executable 'llvm-cov-14 gcov' --print-summary \
  --fail-under-line "$coverage_min" build/instrumented

echo "== ThreadSanitizer: concurrency tests"
CC=clang CXX=clang++ cmake -S . -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCHAINCITY_SANITIZE=thread \
  -DCHAINCITY_BUILD_TESTS=ON -DCHAINCITY_BUILD_TOOLS=OFF -DCHAINCITY_BUILD_EXAMPLES=OFF -DCHAINCITY_BUILD_DOCS=OFF \
  -DCHAINCITY_SEEDS_DIR="$seeds"
cmake --build build/tsan --parallel 2 --target chaincity_reliability_tests
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" build/tsan/tests/chaincity_reliability_tests \
  --gtest_filter='Concurrency.*'
echo "reliability jobs passed"
