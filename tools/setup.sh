#!/usr/bin/env bash
# Installs what Cortado needs from Debian 12 packages, only what is missing.
# Idempotent: a machine that has everything installs nothing.
set -euo pipefail
# jasmin-sable is a test-only oracle: tests/jasm compares cortado-jasm's class
# files with it (ctest -L jasm); nothing else uses it. clang and
# libclang-rt-14-dev are for the fuzz target only (tools/fuzz.sh): libFuzzer
# comes with clang, and g++ has no fuzzing engine.
packages=(g++ cmake ninja-build libasmjit-dev zlib1g-dev libgtest-dev
          libboost-program-options-dev openjdk-17-jdk-headless jasmin-sable
          clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
