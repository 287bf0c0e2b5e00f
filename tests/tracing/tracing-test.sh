#!/bin/bash
# Tracing flags (docs/tracing.md). Usage: tracing-test.sh CORTADO JAVA JAVAC CASE
#   xlog-exceptions: -Xlog:exceptions must print what HotSpot 17 prints (`java -Xint
#                    -Xlog:exceptions=info`), once addresses and uptimes are masked.
#   trace-bytecodes: --trace-bytecodes=TraceDemo.sum must print the checked-in trace.
set -u
cortado=$1 java=$2 javac=$3 case=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$javac" -d "$work" "$here/TraceDemo.java" || exit 1
mask() { sed -E 's/0x[0-9a-f]+/0x?/g; s/^\[[0-9.]+s\]/[t]/'; }
case $case in
xlog-exceptions)
    "$java" -Xint -Xshare:off -Xlog:exceptions=info -cp "$work" TraceDemo 2>&1 | mask > "$work/expected"
    "$cortado" -Xlog:exceptions -cp "$work" TraceDemo 2>&1 | mask > "$work/actual"
    ;;
trace-bytecodes)
    cp "$here/trace-bytecodes.expected" "$work/expected"
    "$cortado" --trace-bytecodes=TraceDemo.sum -cp "$work" TraceDemo > "$work/actual" 2>&1
    ;;
*) echo "unknown case $case"; exit 2 ;;
esac
if ! diff -u "$work/expected" "$work/actual"; then
    echo "FAIL: $case (- expected, + cortado)"
    exit 1
fi
echo "ok: $case"
