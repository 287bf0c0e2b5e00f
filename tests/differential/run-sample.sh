#!/usr/bin/env bash
# The differential runner: runs one sample program on HotSpot and on Cortado
# and compares standard output and exit code.
#
#   run-sample.sh CORTADO CLASSES_DIR NAME SAMPLES_SRC_DIR EXPECTED_DIR [cortado flags...]
#
# HotSpot's result is cached in EXPECTED_DIR (recomputed when the classes
# or the sample's .args, .in or .jvmflags change), so running a sample under
# several Cortado configurations costs one HotSpot run. Standard input comes from NAME.in, arguments from NAME.args and
# VM flags for both VMs (e.g. -Xmx16m) from NAME.jvmflags (one per line)
# beside the source, when present.
set -uo pipefail
cortado=$1 classes=$2 name=$3 src=$4 expected=$5
shift 5
flags=("$@")

args=()
if [[ -f $src/$name.args ]]; then mapfile -t args < "$src/$name.args"; fi
jvmflags=()
if [[ -f $src/$name.jvmflags ]]; then mapfile -t jvmflags < "$src/$name.jvmflags"; fi
input=/dev/null
[[ -f $src/$name.in ]] && input=$src/$name.in
limit=${CORTADO_SAMPLE_TIMEOUT:-120}

mkdir -p "$expected"
want_out=$expected/$name.out want_code=$expected/$name.code
# Stale when the classes or any of the sample's inputs are newer than it.
stale=0
[[ ! -f $want_code || $classes/.stamp -nt $want_code ]] && stale=1
for f in "$src/$name.args" "$src/$name.in" "$src/$name.jvmflags"; do
  [[ -f $f && $f -nt $want_code ]] && stale=1
done
if ((stale)); then
  tmp=$(mktemp -d)
  (cd "$tmp" && timeout "$limit" java "${jvmflags[@]}" -cp "$classes" "$name" "${args[@]}" < "$input" > "$tmp/out" 2> "$tmp/err")
  echo $? > "$tmp/code"
  mv -f "$tmp/out" "$want_out.$$" && mv -f "$want_out.$$" "$want_out"
  mv -f "$tmp/code" "$want_code.$$" && mv -f "$want_code.$$" "$want_code"
  rm -rf "$tmp"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && timeout "$limit" "$cortado" "${flags[@]}" "${jvmflags[@]}" -cp "$classes" "$name" "${args[@]}" < "$input" > "$tmp/out" 2> "$tmp/err")
code=$?

status=0
if ! cmp -s "$want_out" "$tmp/out"; then
  echo "FAIL $name (${flags[*]}): standard output differs from HotSpot's (--- HotSpot, +++ Cortado):"
  diff -u "$want_out" "$tmp/out" | head -n 40
  status=1
fi
if [[ $code != "$(cat "$want_code")" ]]; then
  echo "FAIL $name (${flags[*]}): exit code $code, HotSpot's is $(cat "$want_code")"
  status=1
fi
if ((status)); then
  echo "--- Cortado's standard error:"
  head -n 30 "$tmp/err"
  exit 1
fi
echo "ok $name (${flags[*]})"
