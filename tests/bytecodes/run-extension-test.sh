#!/bin/bash
# run-extension-test.sh CORTADO BUILD/tests SRCDIR CASE: Cortado's own instruction
# iload_iadd (IloadIadd.j, BadIloadIadd.j; docs/adding-a-bytecode.md).
#   int, comp: run IloadIadd with -XX:+EnableCortadoBytecodes under -Xint / -Xcomp;
#              stdout must equal IloadIadd.expected, exit code 0.
#   jit-log:   under -Xcomp -Xlog:jit its methods are compiled (the JIT has a
#              template), none is left interpreted.
#   rejected-by-default: without the flag the class is rejected as HotSpot rejects
#              any undefined opcode: VerifyError "Bad instruction", exit code 1
#              (and, when `java` is installed, the same first line as HotSpot's).
#   type-rule: with the flag, BadIloadIadd (a String[] local) fails verification.
set -u
cortado=$1 build=$2 src=$3 case=$4
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1; }
run() { "$cortado" "$@" > "$out" 2> "$err"; }
case $case in
  int|comp)
    run -XX:+EnableCortadoBytecodes -X$case -cp "$build/bytecodes/IloadIadd" IloadIadd || fail "exit code $?"
    diff -u "$src/IloadIadd.expected" "$out" || fail "output differs from IloadIadd.expected"
    ;;
  jit-log)
    run -XX:+EnableCortadoBytecodes -Xcomp -Xlog:jit -cp "$build/bytecodes/IloadIadd" IloadIadd || fail "exit code $?"
    # jit/Tiering.cpp's lines: "compiled IloadIadd.sum(I)I: ..." or "not compiled ...: reason".
    for m in 'sum(I)I' 'add(II)I'; do
      cat "$out" "$err" | grep -qF "[jit] compiled IloadIadd.$m:" || fail "IloadIadd.$m was not compiled"
    done
    if cat "$out" "$err" | grep -qF "[jit] not compiled IloadIadd."; then
      fail "a method of IloadIadd was left interpreted"
    fi
    ;;
  rejected-by-default)
    run -cp "$build/bytecodes/IloadIadd" IloadIadd && fail "accepted without -XX:+EnableCortadoBytecodes"
    grep -q '^Error: Unable to initialize main class IloadIadd$' "$err" || fail "not HotSpot's launcher message"
    grep -q '^Caused by: java.lang.VerifyError: .*Illegal instruction found at offset' "$err" || fail "not a VerifyError for an illegal instruction"
    if command -v java > /dev/null; then
      java -cp "$build/bytecodes/IloadIadd" IloadIadd > /dev/null 2> "$out.java"
      head -2 "$out.java" | diff - <(head -2 "$err") || { rm -f "$out.java"; fail "first lines differ from HotSpot's"; }
      rm -f "$out.java"
    fi
    ;;
  type-rule)
    run -XX:+EnableCortadoBytecodes -cp "$build/bytecodes-invalid/BadIloadIadd" BadIloadIadd && fail "a String[] local was accepted"
    grep -qx 'Caused by: java.lang.VerifyError: (class: BadIloadIadd, method: main signature: (\[Ljava/lang/String;)V) Register 0 contains wrong type' "$err" || fail "not iload's VerifyError"
    ;;
  *) echo "unknown case $case"; exit 2 ;;
esac
echo "PASS bytecodes/iload_iadd/$case"
