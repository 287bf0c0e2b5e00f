#!/usr/bin/env bash
# Assembles FILE.j with cortado-jasm and with Debian's jasmin-sable (the
# test-only oracle) and compares the class files. Sable's jasmin numbers its
# constant pool in hash order, so the files are never byte-identical; they
# must be equal under `javap -c -v -p` after normalize-javap.awk (constant
# pool sorted and resolved, class-file version dropped).
#
#   compare-with-jasmin.sh CORTADO_JASM FILE.j
set -uo pipefail
jasm=$1 source=$2
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v jasmin >/dev/null; then
  echo "SKIP: jasmin (Debian package jasmin-sable, see tools/setup.sh) is not installed"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ours" "$tmp/theirs"
if ! "$jasm" -d "$tmp/ours" "$source"; then
  echo "FAIL: cortado-jasm rejected $source"; exit 1
fi
# Sable's jasmin exits 0 even when it reports errors: its output is the test.
(cd "$(dirname "$source")" && jasmin -d "$tmp/theirs" "$(basename "$source")" > "$tmp/jasmin.out" 2>&1)
status=0
count=0
while IFS= read -r -d '' ours; do
  rel=${ours#"$tmp/ours/"}
  theirs=$tmp/theirs/$rel
  count=$((count + 1))
  if [[ ! -f $theirs ]]; then
    echo "FAIL: jasmin wrote no $rel:"; cat "$tmp/jasmin.out"; status=1; continue
  fi
  # One javap for both (a JVM start is most of the time), split at its "Classfile" headers.
  javap -c -v -p "$theirs" "$ours" > "$tmp/both.txt"
  awk -v a="$tmp/theirs.raw" -v b="$tmp/ours.raw" '/^Classfile /{n++} {print > (n == 1 ? a : b)}' "$tmp/both.txt"
  awk -f "$here/normalize-javap.awk" "$tmp/ours.raw" > "$tmp/ours.txt"
  awk -f "$here/normalize-javap.awk" "$tmp/theirs.raw" > "$tmp/theirs.txt"
  if ! diff -u "$tmp/theirs.txt" "$tmp/ours.txt" > "$tmp/diff"; then
    echo "FAIL: $rel differs (--- jasmin-sable, +++ cortado-jasm):"; head -n 60 "$tmp/diff"; status=1
  fi
done < <(find "$tmp/ours" -name '*.class' -print0)
if ((count == 0)); then echo "FAIL: cortado-jasm wrote no class for $source"; exit 1; fi
((status == 0)) && echo "ok $(basename "$source"): $count class(es) equal to jasmin-sable's under javap"
exit $status
