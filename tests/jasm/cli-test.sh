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
# --compute-frames: merging Sub and Base needs Sub's superclass, from another
# file of the same run, or from -cp; found nowhere, the error names it.
printf '.class public Base\n.super java/lang/Object\n.method public <init>()V\n  aload_0\n  invokespecial java/lang/Object/<init>()V\n  return\n.end method\n.method public hello()V\n  .limit stack 2\n  getstatic java/lang/System/out Ljava/io/PrintStream;\n  ldc "hello"\n  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V\n  return\n.end method\n' > "$tmp/Base.j"
printf '.class public Sub\n.super Base\n.method public <init>()V\n  aload_0\n  invokespecial Base/<init>()V\n  return\n.end method\n' > "$tmp/Sub.j"
printf '.bytecode 52.0\n.class public Use\n.super java/lang/Object\n.method public static main([Ljava/lang/String;)V\n  aconst_null\n  ifnonnull A\n  new Sub\n  dup\n  invokespecial Sub/<init>()V\n  goto J\nA:\n  new Base\n  dup\n  invokespecial Base/<init>()V\nJ:\n  invokevirtual Base/hello()V\n  return\n.end method\n' > "$tmp/Use.j"
"$jasm" --compute-frames -d "$tmp/f1" "$tmp/Use.j" "$tmp/Sub.j" "$tmp/Base.j" 2> "$tmp/err" || fail "--compute-frames: $(cat "$tmp/err")"
if command -v java > /dev/null; then
  [[ $(java -cp "$tmp/f1" Use 2>&1) == hello ]] || fail "HotSpot rejects the computed frames: $(java -cp "$tmp/f1" Use 2>&1)"
fi
"$jasm" -d "$tmp/lib" "$tmp/Sub.j" "$tmp/Base.j" || fail "Sub.j, Base.j did not assemble"
"$jasm" --compute-frames -cp "$tmp/nowhere:$tmp/lib" -d "$tmp/f2" "$tmp/Use.j" 2> "$tmp/err" || fail "-cp: $(cat "$tmp/err")"
"$jasm" --compute-frames -d "$tmp/f3" "$tmp/Use.j" 2> "$tmp/err"; [[ $? == 1 ]] || fail "an unknown class must exit 1"
grep -qE "Use.j:18: error: in method main\(\[Ljava/lang/String;\)V: cannot compute frames: a class needed to merge types at offset [0-9]+ was not found: class (Sub|Base) .*-cp" "$tmp/err" \
  || fail "unexpected message: $(cat "$tmp/err")"
echo "ok cortado-jasm command line"
