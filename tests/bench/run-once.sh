#!/usr/bin/env bash
# run-once.sh [--expect-wrong] CORTADO CLASSES NAME [ARGS...]: runs benchmark NAME
# once on `CORTADO -Xint` (with no ARGS: 1 iteration at its smallest size) and
# checks what harness.Run promises: exit code 0, exactly the line
# "NAME: ok (I x N)" on stdout and the timing line on stderr. With
# --expect-wrong, checks the opposite: the self-check rejects the result
# (exit code 1, "NAME: wrong result ..." or "NAME: no known result ..."/...).
set -u
expect_wrong=0
if [[ ${1:-} == --expect-wrong ]]; then expect_wrong=1; shift; fi
cortado=$1 classes=$2 name=$3; shift 3
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$cortado" -Xint -cp "$classes" "$name" "$@" >"$out" 2>"$err" </dev/null
rc=$?
fail() { echo "bench/$name: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1; }
if ((expect_wrong)); then
    ((rc == 1)) || fail "expected exit code 1 from a failing self-check, got $rc"
    grep -q "^$name: " "$out" || fail "expected a message starting '$name: ' on stdout"
    grep -q "^bench " "$err" && fail "a failed run must not print a timing line"
    exit 0
fi
((rc == 0)) || fail "exit code $rc"
if [[ $(wc -l <"$out") -ne 1 ]] || ! grep -Eq "^$name: ok \\([0-9]+ x [0-9]+\\)$" "$out"; then
    fail "stdout is not '$name: ok (I x N)'"
fi
grep -Eq "^bench $name iterations=[0-9]+ inner=[0-9]+ first_us=[0-9]+ steady_us=[0-9]+ total_us=[0-9]+$" "$err" ||
    fail "no timing line on stderr"
cat "$out"
