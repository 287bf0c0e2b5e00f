#!/usr/bin/env bash
# A lambda whose generated class cannot be written (its name is longer than a
# CONSTANT_Utf8 can hold, JVMS 4.4.7) must fail as HotSpot fails: an uncaught
# BootstrapMethodError caused by an IllegalArgumentException, exit code 1,
# never a crash or an escaped C++ exception (natives/LambdaMetafactory.cpp).
# Usage: run-long-name.sh CORTADO GENERATOR.java WORK_DIR
set -uo pipefail
cortado=$1 generator=$2 work=$3
mkdir -p "$work"
name=$(java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED "$generator" "$work/long.jar") || {
    echo "FAIL: could not generate the test jar"; exit 1; }
"$cortado" -cp "$work/long.jar" "$name" >"$work/out" 2>"$work/err"
rc=$?
fail=0
[ "$rc" -eq 1 ] || { echo "FAIL: exit code $rc, want 1 (as HotSpot)"; fail=1; }
grep -q 'lambda ran' "$work/out" && { echo "FAIL: the lambda ran"; fail=1; }
head -1 "$work/err" | grep -qx 'Exception in thread "main" java.lang.BootstrapMethodError: bootstrap method initialization exception' ||
    { echo "FAIL: first line of stderr is not HotSpot's BootstrapMethodError"; fail=1; }
grep -q '^Caused by: java.lang.IllegalArgumentException: ' "$work/err" ||
    { echo "FAIL: no IllegalArgumentException cause"; fail=1; }
if [ "$fail" -ne 0 ]; then
    echo "--- stderr (cut to 200 columns):"; cut -c1-200 "$work/err" | head -20
    exit 1
fi
echo "ok: $(grep '^Caused by' "$work/err" | cut -c1-200)"
