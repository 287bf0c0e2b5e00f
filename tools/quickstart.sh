#!/usr/bin/env bash
# README command 1: set up, build, and run a bundled sample program.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
tools/build.sh build
echo "--- build/cortado -cp build/java-samples/release8/Hello Hello"
build/cortado -cp build/java-samples/release8/Hello Hello
