#!/usr/bin/env bash
# Runs one invalid class (tests/verifier/GenerateInvalid.java) on HotSpot and on
# Cortado and compares the exit code, standard output, the first line of
# standard error (the exception class and message) and the rest of the
# message (HotSpot's "Exception Details" block): every line before the
# stack trace.
#
#   run-invalid.sh CORTADO CASE_DIR NAME EXPECTED_DIR [flags for both VMs...]
#
# The main class is Main (which calls NAME.run()) or, when there is no Main,
# NAME itself. HotSpot's result is cached in EXPECTED_DIR. With EXPECT_FAILURE=1
# HotSpot must reject the class.
set -uo pipefail
cortado=$1 dir=$2 name=$3 expected=$4
shift 4
flags=("$@")
main=Main
[[ -f $dir/Main.class ]] || main=$name
limit=${CORTADO_SAMPLE_TIMEOUT:-60}
tag=$name${flags[*]:+-$(echo "${flags[*]}" | tr -c 'A-Za-z0-9\n' '_')}

mkdir -p "$expected"
want=$expected/$tag
if [[ ! -f $want.code || $dir/$name.class -nt $want.code ]]; then
  timeout "$limit" java "${flags[@]}" -cp "$dir" "$main" > "$want.out" 2> "$want.err"
  echo $? > "$want.code"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timeout "$limit" "$cortado" "${flags[@]}" -cp "$dir" "$main" > "$tmp/out" 2> "$tmp/err"
code=$?

# An invalid class that HotSpot accepts tests nothing (EXPECT_FAILURE=1 for those).
if [[ ${EXPECT_FAILURE:-0} == 1 && $(cat "$want.code") == 0 ]]; then
  echo "FAIL $name: HotSpot accepts this class, so the case breaks no rule"
  exit 1
fi

# The message: standard error up to the first stack trace line.
message() { awk '/^\tat / { exit } { print }' "$1"; }
status=0
if [[ $code != "$(cat "$want.code")" ]]; then
  echo "FAIL $name: exit code $code, HotSpot's is $(cat "$want.code")"
  status=1
fi
if ! cmp -s "$want.out" "$tmp/out"; then
  echo "FAIL $name: standard output differs (--- HotSpot, +++ Cortado):"
  diff -u "$want.out" "$tmp/out" | head -n 20
  status=1
fi
if [[ "$(head -n 1 "$want.err")" != "$(head -n 1 "$tmp/err")" ]]; then
  echo "FAIL $name: first line of standard error differs:"
  echo "  HotSpot: $(head -n 1 "$want.err")"
  echo "  Cortado: $(head -n 1 "$tmp/err")"
  status=1
elif ! diff -u <(message "$want.err") <(message "$tmp/err") > "$tmp/diff"; then
  echo "FAIL $name: the error's details differ (--- HotSpot, +++ Cortado):"
  head -n 60 "$tmp/diff"
  status=1
fi
if ((status)); then
  echo "--- Cortado's standard error:"
  head -n 40 "$tmp/err"
  exit 1
fi
echo "ok $name ($(head -n 1 "$tmp/err"))"
