#!/usr/bin/env bash
# README command 2: set up, build, and run every test: the unit tests and the
# differential samples on the normal build, then the whole suite again on an
# ASan+UBSan build.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
jobs=$(nproc)
tools/build.sh build
(cd build && ctest --output-on-failure -j "$jobs")
tools/build.sh build-asan -DCORTADO_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
(cd build-asan && ctest --output-on-failure -j "$jobs")
