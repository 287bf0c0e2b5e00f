#!/usr/bin/env bash
# README command 2: set up, build, and run every test: the whole suite on the
# normal build, then again on an ASan+UBSan build.
#
# The sanitizer pass runs every test except the differential configurations
# that repeat the same C++ code paths under another collector or under stress:
# it keeps the interpreter and the JIT (int, xcomp) on every sample of both
# releases, and every unit, verifier, assembler, launcher and hand-made test.
# ASan and UBSan look for memory and undefined-behaviour errors in the VM's own
# C++ code, which those runs cover; stress multiplies the running time (three
# times slower under the sanitizers) without reaching much new C++ code. The
# normal build runs the whole matrix. That keeps the suite well under 30
# minutes on CI's two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
jobs=$(nproc)
tools/build.sh build
(cd build && ctest --output-on-failure -j "$jobs")
# A bounded fuzzing run of the class-file parser and the verifier (libFuzzer).
CORTADO_FUZZ_SEED=${CORTADO_FUZZ_SEED:-1} tools/fuzz.sh "${CORTADO_FUZZ_SECONDS:-60}"
# -O1 -g1: line tables are all a sanitizer report needs, and this build takes
# half as long as with -O2 -g (294 s against 544 s on two cores) for a
# sanitizer pass about 15% slower (198 s against 152-186 s).
tools/build.sh build-asan -DCORTADO_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
    -DCORTADO_PREBUILT_SAMPLES="$PWD/build/java-samples"
# diff/tiered stays: only tiering compiles methods whose calls are resolved,
# so only it runs inlined bodies, their traps and nested frames (docs/jit.md).
(cd build-asan && ctest --output-on-failure -j "$jobs" \
    -E '^diff/(refmaps|marksweep|stress|copying|copying-stress|epsilon|generational-stress|generational-verify|tiered-stress|tiered-copying-stress|tiered-generational-stress|xcomp-marksweep-stress|xcomp-stress|xcomp-generational|verifyall)/')
