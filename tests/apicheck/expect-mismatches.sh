#!/usr/bin/env bash
# apicheck/finds-mismatches: the check itself must not pass what it should
# reject. Runs ApiCheck on a jar of deliberately wrong classes (mismatches/)
# and requires exit code 1 and exactly the MISMATCH lines of
# mismatches.expected.
#
#   expect-mismatches.sh JAVA CHECK_CLASSES_DIR WRONG_JAR EXPECTED
set -uo pipefail
java=$1 classes=$2 jar=$3 expected=$4
out=$("$java" --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED -cp "$classes" ApiCheck "$jar")
code=$?
if [[ $code -ne 1 ]]; then
  echo "FAIL: ApiCheck exited with $code on the wrong classes, expected 1"
  exit 1
fi
if ! diff <(sort "$expected") <(grep '^MISMATCH' <<< "$out" | sort); then
  echo "FAIL: ApiCheck's mismatches differ from $expected (< expected, > reported)"
  exit 1
fi
echo "ApiCheck reported the $(wc -l < "$expected") expected mismatches"
