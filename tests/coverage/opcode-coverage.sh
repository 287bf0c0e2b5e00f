#!/usr/bin/env bash
# Opcode coverage: runs every sample program and every hand-made bytecode
# program on Cortado with -Xprof:bytecodes, sums the histograms, and fails
# listing every opcode of classfile/Bytecodes.def (internal quick forms
# included, BC_RESERVED ones excluded) that never executed.
#
#   opcode-coverage.sh CORTADO BYTECODES_DEF CLASSES_PARENT[=SRC_DIR]...
#
# Each CLASSES_PARENT holds one directory per program (main class = directory
# name); arguments come from SRC_DIR/<Name>.args (one per line) and standard
# input from SRC_DIR/<Name>.in (or /dev/null) and VM flags from
# SRC_DIR/<Name>.jvmflags (one line, e.g. -XX:+EnableCortadoBytecodes) when present.
# Programs that exit non-zero or throw are fine: the histogram is printed at exit.
# Set CORTADO_COVERAGE_JOBS (default 2) to run more programs at a time.
set -uo pipefail
export LC_ALL=C
cortado=$(realpath "$1") def=$(realpath "$2")
shift 2
jobs=${CORTADO_COVERAGE_JOBS:-2}
limit=${CORTADO_SAMPLE_TIMEOUT:-120}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The list of programs to run: "classes-dir<TAB>name<TAB>src-dir".
: > "$work/programs"
for spec in "$@"; do
  parent=${spec%%=*} src=/nonexistent
  [[ $spec == *=* ]] && src=$(realpath -m "${spec#*=}")
  parent=$(realpath "$parent")
  for dir in "$parent"/*/; do
    dir=${dir%/}
    [[ -d $dir ]] || continue
    name=$(basename "$dir")
    [[ -f $dir/$name.class ]] || continue
    printf '%s\t%s\t%s\n' "$dir" "$name" "$src" >> "$work/programs"
  done
done
count=$(wc -l < "$work/programs")
if ((count == 0)); then
  echo "opcode coverage: no programs found under: $*"
  exit 1
fi

# Run one program; its histogram goes to $work/hist/<n>.
run_one() {
  local n=$1 dir=$2 name=$3 src=$4 args=() flags=() input=/dev/null
  if [[ -f $src/$name.args ]]; then mapfile -t args < "$src/$name.args"; fi
  if [[ -f $src/$name.jvmflags ]]; then read -r -a flags < "$src/$name.jvmflags"; fi
  [[ -f $src/$name.in ]] && input=$src/$name.in
  (cd "$work/run" && timeout "$limit" "$cortado" -Xint -Xprof:bytecodes "${flags[@]}" -cp "$dir" "$name" "${args[@]}" \
      < "$input" > /dev/null 2> "$work/err/$n")
  local code=$?
  if ! grep -q '^Bytecode histogram: ' "$work/err/$n"; then
    echo "warning: $name (exit code $code) printed no bytecode histogram; its standard error:"
    head -n 5 "$work/err/$n" | sed 's/^/    /'
  fi
  # Histogram lines: count, percent, hex opcode, mnemonic.
  sed -n '/^Bytecode histogram: /,$p' "$work/err/$n" |
    awk 'NR > 1 && $1 ~ /^[0-9]+$/ && $2 ~ /%$/ && $3 ~ /^0x[0-9a-f][0-9a-f]$/ { print $3, $1 }' > "$work/hist/$n"
}
export -f run_one
export work cortado limit
mkdir -p "$work/hist" "$work/err" "$work/run"
awk -F '\t' '{ print NR; print $1; print $2; print $3 }' "$work/programs" |
  xargs -P "$jobs" -d '\n' -n 4 bash -c 'run_one "$@"' _

# Sum the histograms: opcode -> executions.
cat "$work"/hist/* 2>/dev/null |
  awk '{ sum[$1] += $2 } END { for (op in sum) print op, sum[op] }' | sort > "$work/executed"

# Every defined opcode: BYTECODE(name, 0xNN, ..., flags) minus BC_RESERVED.
grep -E '^[[:space:]]*BYTECODE\(' "$def" | grep -v 'BC_RESERVED' |
  sed -E 's/^[[:space:]]*BYTECODE\(([A-Za-z0-9_]+),[[:space:]]*(0x[0-9a-fA-F]+),.*/\2 \1/' |
  tr 'A-F' 'a-f' | sort > "$work/defined"
total=$(wc -l < "$work/defined")

missing=$(join -v 1 "$work/defined" "$work/executed")
covered=$((total - $(printf '%s' "$missing" | grep -c .)))
echo "programs run: $count"
echo "opcode coverage: $covered of $total executed"
if [[ -n $missing ]]; then
  echo "never executed:"
  printf '%s\n' "$missing" | sed 's/^/  /'
  exit 1
fi
