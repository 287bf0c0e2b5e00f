#!/usr/bin/env bash
# cortado-jasm's command line: classes go under -d by package, an error names
# file and line and exits 1, other files are still assembled, no crash.
set -uo pipefail
jasm=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf '.class public p/q/Good\n.super java/lang/Object\n' > "$tmp/Good.j"
printf '.class public Bad\n.super java/lang/Object\n.method m()V\n  bipush 300\n.end method\n' > "$tmp/Bad.j"
"$jasm" -d "$tmp/out" "$tmp/Good.j" || fail "Good.j did not assemble"
[[ -f $tmp/out/p/q/Good.class ]] || fail "no out/p/q/Good.class"
"$jasm" -d "$tmp/out2" "$tmp/Bad.j" "$tmp/Good.j" 2> "$tmp/err"
code=$?
[[ $code == 1 ]] || fail "exit code $code for a syntax error, want 1"
grep -qxF "$tmp/Bad.j:4: error: a byte value after 'bipush' must be between -128 and 127, found 300" "$tmp/err" \
  || fail "unexpected message: $(cat "$tmp/err")"
[[ -f $tmp/out2/p/q/Good.class ]] || fail "the good file after a bad one was not assembled"
[[ ! -e $tmp/out2/Bad.class ]] || fail "a class was written for a file with an error"
"$jasm" "$tmp/missing.j" 2> "$tmp/err"; [[ $? == 1 ]] || fail "a missing file must exit 1"
grep -q "missing.j: error: cannot read the file" "$tmp/err" || fail "unexpected message: $(cat "$tmp/err")"
"$jasm" 2> /dev/null; [[ $? == 2 ]] || fail "no arguments must print usage and exit 2"
head -c 5000 /dev/urandom > "$tmp/noise.j"
"$jasm" -d "$tmp/out3" "$tmp/noise.j" 2> /dev/null; code=$?
[[ $code == 1 ]] || fail "random bytes: exit code $code, want 1"
echo "ok cortado-jasm command line"
