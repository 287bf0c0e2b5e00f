#!/usr/bin/env bash
# Configures and builds Cortado into build/ (or $1 with extra CMake args after it).
# Uses ccache when the machine has it (a developer's choice, not a dependency:
# set-up never installs it), so several worktrees share compiled objects.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}; shift || true
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
cmake --build "$dir"
