#!/bin/sh
# Checks the malformed-class expectations of ClassFileParserTest against the
# JVM on the PATH (HotSpot 17). First dump the cases:
#   CORTADO_DUMP_MALFORMED=/tmp/malformed build/tests/classfile_tests --gtest_filter='Cases/*'
# then run: tests/classfile/data/compare_with_hotspot.sh /tmp/malformed
# Each case directory holds Bad.class and expected.txt ("java.lang.X: message").
dir=${1:?usage: $0 dump-dir}
fail=0
for case in "$dir"/*/; do
    expected=$(cat "$case/expected.txt")
    # java reports the error the class loader raised on a line of its own.
    actual=$(java -cp "$case" Bad 2>&1 | grep -o 'java\.lang\.[A-Za-z]*Error: .*' | head -1)
    if [ "$expected" != "$actual" ]; then
        echo "MISMATCH $(basename "$case")"
        echo "  expected: $expected"
        echo "  hotspot:  $actual"
        fail=1
    fi
done
[ $fail = 0 ] && echo "all cases match HotSpot"
exit $fail
