#!/usr/bin/env bash
# Launcher tests: `cortado` must take the command line `java` takes and fail
# the way `java` fails. Each case is one ctest test:
#   launcher-test.sh CORTADO SAMPLES_DIR CASE
# SAMPLES_DIR is build/java-samples/release8 (Hello and Args are used).
# Where HotSpot's output is deterministic, the case runs `java` too and
# requires the same stderr, stdout and exit code.
set -uo pipefail
cortado=$1 samples=$2 case=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAIL $case: $*"; exit 1; }

# run NAME CMD...: records NAME.out NAME.err NAME.code
run() {
  local name=$1; shift
  timeout 60 "$@" > "$name.out" 2> "$name.err" < /dev/null
  echo $? > "$name.code"
}

# same_as_java ARGS...: cortado ARGS and java ARGS agree on stdout, stderr and exit code.
same_as_java() {
  run c "$cortado" "$@"
  run j java "$@"
  for f in out err code; do
    if ! cmp -s "c.$f" "j.$f"; then
      echo "--- java $* ($f)"; cat "j.$f"; echo "--- cortado $* ($f)"; cat "c.$f"
      fail "$f differs from java's"
    fi
  done
}

expect() {  # expect CODE TEXT-IN-STDOUT ARGS...
  local code=$1 text=$2; shift 2
  run c "$cortado" "$@"
  [[ $(cat c.code) == "$code" ]] || { cat c.out c.err; fail "exit code $(cat c.code), expected $code"; }
  grep -qF -- "$text" c.out || { cat c.out c.err; fail "stdout lacks '$text'"; }
}

hello=$samples/Hello
case $case in
  directory) same_as_java -cp "$hello" Hello ;;
  classpath-list) same_as_java -cp "/nonexistent:$hello:/also/missing.jar" Hello ;;
  classpath-env) CLASSPATH=$hello same_as_java Hello ;;
  jar)
    jar --create --file app.jar -C "$hello" . || fail "jar tool failed"
    same_as_java -cp app.jar Hello ;;
  jar-manifest)
    jar --create --file app.jar --main-class Hello -C "$hello" . || fail "jar tool failed"
    same_as_java -jar app.jar ;;
  jar-args)
    jar --create --file app.jar --main-class Args -C "$samples/Args" . || fail "jar tool failed"
    same_as_java -jar app.jar one "two words" 3 ;;
  jar-no-main-attribute)
    jar --create --file app.jar -C "$hello" . || fail "jar tool failed"
    same_as_java -jar app.jar ;;
  jar-missing) same_as_java -jar missing.jar ;;
  jar-corrupt)
    printf 'PK\003\004 this is not really a zip file' > bad.jar
    same_as_java -jar bad.jar ;;
  jar-truncated)
    jar --create --file app.jar --main-class Hello -C "$hello" . || fail "jar tool failed"
    head -c 100 app.jar > cut.jar
    same_as_java -jar cut.jar ;;
  missing-class) same_as_java -cp "$hello" NoSuchClass ;;
  wrong-name)
    cp "$hello/Hello.class" Other.class
    same_as_java -cp . Other ;;
  truncated-class)
    head -c 40 "$hello/Hello.class" > Hello.class
    same_as_java -cp . Hello ;;
  bad-magic)
    printf '\xca\xfe\xba\xbfrest' > Hello.class
    same_as_java -cp . Hello ;;
  newer-version)
    cp "$hello/Hello.class" Hello.class
    printf '\x00\x3e' | dd of=Hello.class bs=1 seek=6 conv=notrunc status=none
    same_as_java -cp . Hello ;;
  no-main-method)
    printf 'public class NoMain { public static void notMain(String[] a) {} }\n' > NoMain.java
    javac -d . NoMain.java || fail "javac failed"
    same_as_java -cp . NoMain ;;
  main-not-static)
    printf 'public class Inst { public void main(String[] a) {} }\n' > Inst.java
    javac -d . Inst.java || fail "javac failed"
    same_as_java -cp . Inst ;;
  unknown-option) same_as_java -foo -cp "$hello" Hello ;;
  bad-heap-size) same_as_java -Xmxlots -cp "$hello" Hello ;;
  tiny-stack) same_as_java -Xss1k -cp "$hello" Hello ;;
  cp-without-value)
    run c "$cortado" -cp
    [[ $(cat c.code) == 1 ]] || fail "exit code $(cat c.code), expected 1" ;;
  no-arguments)
    run c "$cortado"
    [[ $(cat c.code) == 1 ]] || fail "exit code $(cat c.code), expected 1"
    grep -q "Usage: cortado" c.err || fail "no usage text on stderr" ;;
  version)
    run c "$cortado" -version
    [[ $(cat c.code) == 0 ]] || fail "exit code $(cat c.code)"
    grep -q 'version "' c.err || fail "no version on stderr" ;;
  help) expect 0 "Usage: cortado" --help ;;
  properties)
    printf 'public class Props { public static void main(String[] a) { System.out.println(System.getProperty("greeting") + " " + System.getProperty("empty").length() + " " + System.getProperty("path.separator")); } }\n' > Props.java
    javac --release 8 -d . Props.java || fail "javac failed"
    same_as_java -Dgreeting=hi -Dempty= -cp . Props ;;
  source-file)
    printf 'public class Src { public static void main(String[] a) { System.out.println("from source " + a.length + a[0]); } }\n' > Src.java
    same_as_java Src.java x ;;
  verbose-class)
    expect 0 "[info][class,load] Hello source: file:$hello/" -verbose:class -cp "$hello" Hello
    grep -q "Hello, World!" c.out || fail "program output missing" ;;
  jit-log)
    expect 0 "[info][jit] compiled Hello.main([Ljava/lang/String;)V: " -Xcomp -Xlog:jit -cp "$hello" Hello
    grep -q "Hello, World!" c.out || fail "program output missing" ;;
  jit-inline-log)
    # loop() is compiled at its 3rd call, when its callees have run: sq, sq1 (and sq in it, a nested
    # site), sum (a loop) and one (it allocates inline) are inlined; safe has a handler.
    printf 'public class Inl { static int sq(int x) { return x * x; } static int sq1(int x) { return sq(x) + 1; } static int sum(int[] a) { int s = 0; for (int v : a) s += v; return s; } static int[] one(int n) { return new int[] {n}; } static int safe(int x) { try { return 10 / x; } catch (ArithmeticException e) { return 0; } } static int loop(int n) { int s = 0; for (int i = 0; i < n; i++) s += sq(i) + sq1(i); return s + sum(one(n)) + safe(n + 100); } public static void main(String[] a) { int t = 0; for (int i = 0; i < 5; i++) t += loop(i); System.out.println(t); } }\n' > Inl.java
    javac --release 8 -d . Inl.java || fail "javac failed"
    expect 0 "[info][jit+inline] Inl.loop(I)I @ 11 Inl.sq(I)I (4 bytes): inlined" -XX:CompileThreshold=3 -Xlog:jit+inline -cp . Inl
    grep -qF "[info][jit+inline] Inl.loop(I)I @ 15 Inl.sq1(I)I (7 bytes): inlined" c.out || { cat c.out; fail "no line for sq1"; }
    grep -qF "[info][jit+inline] Inl.loop(I)I @ 15 > @ 1 Inl.sq(I)I (4 bytes): inlined" c.out || { cat c.out; fail "no line for sq in sq1"; }
    grep -qF "[info][jit+inline] Inl.loop(I)I @ 29 Inl.one(I)[I (8 bytes): inlined" c.out || { cat c.out; fail "no line for one"; }
    grep -qF "Inl.safe(I)I (8 bytes): not inlined: has exception handlers" c.out || { cat c.out; fail "no line for safe"; }
    grep -qF "[info][jit+inline] Inl.loop(I)I @ 32 Inl.sum([I)I (35 bytes): inlined" c.out || { cat c.out; fail "no line for sum"; }
    grep -qx "60" c.out || fail "program output missing" ;;
  jit-recursive-inline)
    # A recursive method's compiled code holds one inlined copy of its own body (docs/jit.md
    # "Inlining"), whose calls to the method are real calls: fib is compiled at its 20th call, when
    # both its sites have run (fib(0), from the second site, is its 11th); the copy's sites are
    # named by the path to them and not inlined again.
    printf 'public class Rec { static int fib(int n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); } public static void main(String[] a) { int t = 0; for (int i = 0; i < 5; i++) t += fib(10 + i); System.out.println(t); } }\n' > Rec.java
    javac --release 8 -d . Rec.java || fail "javac failed"
    expect 0 "[info][jit+inline] Rec.fib(I)I @ 10 Rec.fib(I)I (21 bytes): inlined (recursive, one level)" -XX:CompileThreshold=20 -Xlog:jit+inline -cp . Rec
    grep -qF "[info][jit+inline] Rec.fib(I)I @ 16 Rec.fib(I)I (21 bytes): inlined (recursive, one level)" c.out || { cat c.out; fail "no line for the second site"; }
    for site in "@ 10 > @ 10" "@ 10 > @ 16" "@ 16 > @ 10" "@ 16 > @ 16"; do
      grep -qF "[info][jit+inline] Rec.fib(I)I $site Rec.fib(I)I (21 bytes): called (recursive" c.out || { cat c.out; fail "no line for $site"; }
    done
    grep -qx "898" c.out || fail "program output missing" ;;
  jit-call-locals)
    # A compiled call pushes the callee's frame without zeroing its locals beyond the arguments
    # (docs/jit.md "Calls"): many() has 24 of them, few() 3, and main's calls store no zero to a slot.
    printf 'public class Loc { static int many(int a) { int b = a + 1, c = b + 1, d = c + 1, e = d + 1, f = e + 1, g = f + 1, h = g + 1, i = h + 1, j = i + 1, k = j + 1, l = k + 1, m = l + 1, n = m + 1, o = n + 1, p = o + 1, q = p + 1, r = q + 1, s = r + 1, t = s + 1, u = t + 1, v = u + 1, w = v + 1, x = w + 1, y = x + 1; return y; } static int few(int a) { int b = a * 2, c = b * 3, d = c * 5; return d; } public static void main(String[] a) { int t = 0; for (int i = 0; i < 3; i++) t += many(i) + few(i); System.out.println(t); } }\n' > Loc.java
    javac --release 8 -d . Loc.java || fail "javac failed"
    expect 0 "Compiled method Loc.main([Ljava/lang/String;)V:" -Xcomp -XX:+PrintAssembly -cp . Loc
    grep -qx "165" c.out || { cat c.out; fail "program output missing"; }
    sed -n '/^Compiled method Loc.main/,/^Compiled method/p' c.out > main.s
    grep -q "call" main.s || { cat main.s; fail "main's code has no call"; }
    ! grep -E "mov qword ptr \[(rbx|rcx)[^]]*\], 0$" main.s || fail "main's calls zero the callee's locals" ;;
  jit-bad-threshold) same_as_java -XX:CompileThreshold=abc -cp "$hello" Hello ;;
  deep-recursion-big-stack)
    # A Java stack larger than the native stack can hold compiled frames for:
    # every JIT mode must print what HotSpot prints (docs/jit.md "Calls").
    javac --release 8 -d . "$here/DeepRecursion.java" || fail "javac failed"
    run j java -Xss128m -cp . DeepRecursion
    for mode in "" -Xcomp -XX:CompileThreshold=3; do
      run c "$cortado" $mode -Xss128m -cp . DeepRecursion
      for f in out code; do
        cmp -s "c.$f" "j.$f" || { cat j.out c.out c.err | head -40; fail "cortado $mode: $f differs from java's"; }
      done
    done ;;
  exit-code-uncaught)
    same_as_java -cp "$samples/UncaughtException" UncaughtException ;;
  *) fail "unknown case" ;;
esac
echo "ok $case"
