#!/usr/bin/env bash
# -Xprof tests (docs/profiling.md): profiling-test.sh CORTADO CLASSES CASE
# CLASSES holds ProfileTarget.class, whose methods have known counts:
# calledSeven 7 invocations, loopThousand 1 invocation and 1000 back-edges.
set -uo pipefail
cortado=$1 classes=$2 case=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAIL $case: $*"; [[ -f report.txt ]] && cat report.txt; exit 1; }

# profile ROUNDS FLAGS...: runs ProfileTarget with -Xprof and every export.
profile() {
  local rounds=$1; shift
  timeout 60 "$cortado" "$@" -Xprof:file=report.txt -Xprof:json=profile.json -Xprof:collapsed=stacks.txt \
    -Xprof:svg=flame.svg -Xprof:chart=tiers.svg -cp "$classes" ProfileTarget "$rounds" > out.txt 2> err.txt
  local code=$?
  [[ $code == 0 ]] || { cat out.txt err.txt; fail "exit code $code"; }
  [[ -s err.txt ]] && { cat err.txt; fail "stderr not empty (the report went to a file)"; }
  [[ -s report.txt ]] || fail "no report"
}

# json_field METHOD FIELD: the value of FIELD in METHOD's line of profile.json.
json_field() {
  grep -F "\"name\": \"ProfileTarget.$1\"" profile.json | sed -n "s/.*\"$2\": \([^,}]*\).*/\1/p"
}

expect_field() {  # expect_field METHOD FIELD VALUE
  local got
  got=$(json_field "$1" "$2")
  [[ $got == "$3" ]] || fail "$1 $2 is '$got', expected '$3'"
}

# The text report's invocation column (the 5th) for a method, named as the report names it.
report_invocations() { awk -v m="ProfileTarget.$1" '$NF == m { print $5 }' report.txt; }

# A small XML well-formedness check: one root, every tag closed in order, only known entities.
check_svg() {
  head -1 "$1" | grep -q '^<?xml ' || fail "$1: no XML declaration"
  grep -q '&' "$1" && grep -v '&\(lt\|gt\|amp\|quot\);' "$1" | grep -q '&' && fail "$1: a bare &"
  awk -v file="$1" '
    { text = text $0 "\n" }
    END {
      n = split(text, parts, "<")
      depth = 0; roots = 0
      for (i = 2; i <= n; i++) {
        tag = parts[i]
        if (index(tag, ">") == 0) { print file ": unterminated tag"; exit 1 }
        tag = substr(tag, 1, index(tag, ">") - 1)
        if (tag ~ /^\?/) continue
        if (tag ~ /^\//) {
          name = substr(tag, 2)
          if (depth == 0 || stack[depth] != name) { print file ": </" name "> closes " stack[depth]; exit 1 }
          depth--
        } else if (tag !~ /\/$/) {
          split(tag, w, /[ \t\n]/)
          if (depth == 0) roots++
          stack[++depth] = w[1]
        }
      }
      if (depth != 0) { print file ": " depth " unclosed elements"; exit 1 }
      if (roots != 1) { print file ": " roots " root elements"; exit 1 }
    }' "$1" || fail "$1 is not well-formed"
  grep -q '<svg xmlns="http://www.w3.org/2000/svg"' "$1" || fail "$1: no svg root"
  grep -q '<rect ' "$1" || fail "$1: nothing drawn"
}

case $case in
  counts-interpreted)
    profile 1 -Xint
    expect_field 'calledSeven' invocations 7
    expect_field 'calledSeven' backedges 0
    expect_field 'calledSeven' interpretedBytecodes 28  # iload_0 iconst_1 iadd ireturn, 7 times
    expect_field 'calledSeven' compiled false
    expect_field 'loopThousand' invocations 1
    expect_field 'loopThousand' backedges 1000
    expect_field 'main' invocations 1
    [[ $(report_invocations 'calledSeven(I)I') == 7 ]] || fail "report: calledSeven's invocations"
    grep -q '_\[j\]' stacks.txt && fail "-Xint: a compiled frame was sampled"
    ;;
  counts-compiled)
    # Threshold 5: calledSeven runs interpreted 4 times, is compiled at the 5th call and runs it and the
    # last 2 compiled; both tiers' counts add up to 7. hot() is compiled and most samples are in it.
    profile 150 -XX:CompileThreshold=5
    expect_field 'calledSeven' invocations 7
    expect_field 'calledSeven' interpretedBytecodes 16
    expect_field 'calledSeven' compiled true
    expect_field 'loopThousand' backedges 1000
    expect_field 'hot' invocations 150
    [[ $(json_field 'calledSeven' codeBytes) -gt 0 ]] || fail "no machine-code size"
    [[ $(json_field 'hot' selfSamplesCompiled) -gt 0 ]] || fail "hot() has no compiled samples"
    grep -q 'ProfileTarget.hot_\[j\]' stacks.txt || fail "no compiled hot() frame in the stacks"
    head -6 report.txt | grep -q 'ProfileTarget.hot(I)J' || fail "hot() is not the top method"
    ;;
  exports)
    profile 100 -Xcomp
    expect_field 'calledSeven' invocations 7
    expect_field 'calledSeven' interpretedBytecodes 0
    # Collapsed stacks: "frame;frame count", frames marked _[i] or _[j]; the counts add up to the samples.
    bad=$(grep -Evc '^[^ ;]+(;[^ ;]+)* [0-9]+$' stacks.txt)
    [[ $bad == 0 ]] || fail "$bad malformed collapsed lines"
    unmarked=$(tr ' ;' '\n\n' < stacks.txt | grep -Ev '^[0-9]+$' | grep -Ev '_\[[ij]\]$|^\[no_Java_frame\]$' | head -1)
    [[ -z $unmarked ]] || fail "frame without a tier mark: $unmarked"
    sum=$(awk '{ s += $NF } END { print s }' stacks.txt)
    total=$(sed -n 's/.*"samples": {"total": \([0-9]*\).*/\1/p' profile.json)
    [[ $sum == "$total" && $total -gt 0 ]] || fail "collapsed stacks count $sum samples, the profile $total"
    grep -q '^ProfileTarget.main_\[j\];ProfileTarget.hot_\[j\] [0-9]' stacks.txt || fail "no main;hot stack"
    check_svg flame.svg
    check_svg tiers.svg
    grep -q '<title>ProfileTarget.hot_\[j\] ' flame.svg || fail "flame graph lacks hot()"
    grep -q 'ProfileTarget.hot' tiers.svg || fail "bar chart lacks hot()"
    ;;
  bad-option)
    timeout 60 "$cortado" -Xprof:nonsense=1 -cp "$classes" ProfileTarget 1 > out.txt 2> err.txt
    code=$?
    [[ $code == 1 ]] || fail "exit code $code for an unknown -Xprof option"
    grep -qF 'Unrecognized option: -Xprof:nonsense=1' err.txt || { cat err.txt; fail "wrong message"; }
    ;;
  bytecode-pairs)
    # Every executed instruction is counted once and makes one pair with the one before it;
    # hot()'s loop (100000 iterations) puts its pairs at the top.
    timeout 60 "$cortado" -Xint -Xprof:bytecodes -cp "$classes" ProfileTarget 1 > out.txt 2> err.txt || fail "exit code $?"
    executed=$(sed -n 's/^Bytecode histogram: \([0-9]*\) executed.*/\1/p' err.txt)
    pairs=$(sed -n 's/^Bytecode pair histogram: \([0-9]*\) pairs.*/\1/p' err.txt)
    [[ -n $executed && $executed == "$pairs" ]] || { cat err.txt; fail "$executed instructions but $pairs pairs"; }
    top=$(grep -A1 '^Bytecode pair histogram' err.txt | tail -1 | awk '{ print $1 }')
    [[ $top -ge 100000 ]] || { cat err.txt; fail "top pair counted $top times"; }
    ;;
  *) fail "unknown case" ;;
esac
echo "PASS $case"
