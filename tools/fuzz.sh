#!/usr/bin/env bash
# Fuzzes the class-file parser and the verifier with libFuzzer (clang), under
# ASan and UBSan:   tools/fuzz.sh [SECONDS]   (default 600; 0 = until stopped)
#
# The seed corpus is every class file of the samples (build/java-samples, built
# first if missing) and of the hand-made invalid classes (build/tests/verifier);
# what the fuzzer finds is kept in build-fuzz/corpus between runs. A crash, a
# hang (an input taking over 10 s), a leak or a sanitizer report stops the run
# with a non-zero exit and leaves the input in build-fuzz/artifacts/; replay it
# with build-fuzz/classfile_fuzzer FILE, and once fixed keep it in
# tests/fuzz/data/ (always a seed). The last line says how many inputs ran.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
tools/setup.sh
[[ -d build/java-samples ]] || tools/build.sh build
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
CC=clang CXX=clang++ cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build build-fuzz

seeds=build-fuzz/seeds corpus=build-fuzz/corpus artifacts=build-fuzz/artifacts
rm -rf "$seeds"; mkdir -p "$seeds" "$corpus" "$artifacts"
n=0
while IFS= read -r -d '' f; do cp "$f" "$seeds/$((n++)).class"; done \
  < <(find build/java-samples build/tests/verifier tests/fuzz/data -name '*.class' -print0 2>/dev/null)
echo "fuzz: $n seed class files, ${seconds}s"
# -max_len: a class file of the samples is at most a few tens of KB.
# CORTADO_FUZZ_SEED fixes libFuzzer's random seed (tools/test.sh: the same
# mutations on every CI run, so a finding reproduces); unset, each run differs.
seed=()
[[ -n ${CORTADO_FUZZ_SEED:-} ]] && seed=(-seed="$CORTADO_FUZZ_SEED")
build-fuzz/classfile_fuzzer "${seed[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$seeds" 2>build-fuzz/fuzz.log || {
  status=$?
  tail -n 60 build-fuzz/fuzz.log
  echo "fuzz: FAILED (exit $status); the input is in $artifacts/"
  exit "$status"
}
grep -E '^(stat::number_of_executed_units|Done [0-9]+ runs)' build-fuzz/fuzz.log
