#!/usr/bin/env bash
# README command 2: set up, build, and run every test: the whole suite on the
# normal build, then again on an ASan+UBSan build.
#
# The sanitizer pass runs every test except the differential configurations
# that only repeat, more slowly, what another configuration already drives
# through the same code: it keeps the default heap (int), both moving
# collectors under stress with heap verification (copying-stress,
# generational-verify) and the JIT with and without stress (xcomp,
# xcomp-stress), and drops refmaps, marksweep, stress, copying, epsilon,
# generational-stress, tiered, xcomp-generational and verifyall, which the
# normal build runs. That keeps the whole suite well under 30 minutes on CI's
# two cores (README "Tests").
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
jobs=$(nproc)
tools/build.sh build
(cd build && ctest --output-on-failure -j "$jobs")
tools/build.sh build-asan -DCORTADO_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
(cd build-asan && ctest --output-on-failure -j "$jobs" \
    -E '^diff/(refmaps|marksweep|stress|copying|epsilon|generational-stress|tiered|xcomp-generational|verifyall)/')
