#!/bin/bash
# run-debugger-test.sh CORTADO CLASSDIR SRCDIR NAME: runs DebugMe under the
# debugger with the commands of SRCDIR/NAME.cdb and compares the transcript
# (stdout) with SRCDIR/NAME.expected, and the exit code with 0.
#   script: --debug=NAME.cdb; the program's standard input is "X", which it must read.
#   stdin:  --debug, commands on standard input; the program must read /dev/null (-1).
set -u
cortado=$1 classes=$2 src=$3 name=$4
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
case $name in
  script) printf 'X' | "$cortado" -cp "$classes" --debug="$src/$name.cdb" DebugMe > "$actual" ;;
  stdin)  "$cortado" --debug -cp "$classes" DebugMe < "$src/$name.cdb" > "$actual" ;;
  *) echo "unknown case $name"; exit 2 ;;
esac
code=$?
if ! diff -u "$src/$name.expected" "$actual"; then
  echo "FAIL: the transcript differs from $name.expected"
  exit 1
fi
if [ "$code" -ne 0 ]; then
  echo "FAIL: exit code $code, expected 0"
  exit 1
fi
echo "PASS debugger/$name"
