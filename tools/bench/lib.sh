# shellcheck shell=bash disable=SC2034  # sourced; its variables are used by the scripts that source it
# tools/bench/lib.sh: what tools/bench/run.sh and tools/bench/gc.sh share —
# the VM configurations, building and compiling, one measured run, medians and
# geometric means. Sourced, never run; it defines functions and tables only.
# Needs bash 4+, coreutils and awk (no python: a fresh Debian might not have it).

# ------------------------------------------------------------- the VMs ---
# A configuration is an id, a label for table headings and the flags after
# the binary. Cortado's ids start with "cortado", HotSpot's with "java"; the
# binary is $CORTADO or $JAVA. The runner passes flags and nothing else, so
# "cortado" (no flags) means whatever Cortado's default mode is: today the
# interpreter, once the JIT lands the JIT, with no change here.
declare -A BENCH_VM_FLAGS=(
    [cortado-int]="-Xint"
    [cortado]=""
    [cortado-marksweep]="--gc=marksweep"
    [cortado-copying]="--gc=copying"
    [cortado-generational]="--gc=generational"
    [java-int]="-Xint"
    [java-c1]="-XX:TieredStopAtLevel=1"
    [java]=""
    [java-serial]="-XX:+UseSerialGC")
declare -A BENCH_VM_LABEL=(
    [cortado-int]="cort-Xint" [cortado]="cortado" [cortado-marksweep]="cort-ms"
    [cortado-copying]="cort-copy" [cortado-generational]="cort-gen"
    [java-int]="java-Xint" [java-c1]="java-C1" [java]="java" [java-serial]="java-serial")

# bench_vm_command ID: prints the command line (binary and flags) of configuration ID.
bench_vm_command() {
    local id=$1 bin
    if [[ $id == cortado* ]]; then bin=$CORTADO; else bin=$JAVA; fi
    echo "$bin ${BENCH_VM_FLAGS[$id]}"
}

# bench_select_vms "LIST" ALL...: sets BENCH_VMS to the ids of ALL that are in the
# comma-separated LIST (all of ALL if LIST is empty), in ALL's order.
bench_select_vms() {
    local list=$1 v w found; shift
    BENCH_VMS=()
    if [[ -z $list ]]; then BENCH_VMS=("$@"); return 0; fi
    local -a wanted
    IFS=, read -ra wanted <<<"$list"
    for w in "${wanted[@]}"; do
        found=0
        for v in "$@"; do [[ $v == "$w" ]] && found=1; done
        ((found)) || { echo "$BENCH_TOOL: unknown VM configuration '$w' (known: $*)" >&2; exit 2; }
    done
    for v in "$@"; do
        for w in "${wanted[@]}"; do [[ $v == "$w" ]] && { BENCH_VMS+=("$v"); break; }; done
    done
}

# ------------------------------------------------ building and compiling ---
# bench_prepare BUILD_DIR DO_BUILD: builds cortado and cortado-measure (unless
# DO_BUILD is 0), compiles java-samples/bench/ (with harness/ and gc/) into
# BUILD_DIR/bench/classes. Sets CORTADO, JAVA, MEASURE, BENCH_CLASSES, BENCH_TMP.
bench_prepare() {
    local build_dir=$1 do_build=$2
    JAVA=${JAVA:-java}
    local javac=${JAVAC:-javac}
    CORTADO=$build_dir/cortado
    MEASURE=$build_dir/cortado-measure
    BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/cortado-bench.XXXXXX") || exit 2
    # shellcheck disable=SC2064
    trap "rm -rf '$BENCH_TMP'" EXIT
    if ((do_build)); then
        if [[ ! -f $build_dir/CMakeCache.txt ]]; then
            echo "== cmake -S . -B $build_dir -G Ninja (first use of $build_dir)" >&2
            cmake -S . -B "$build_dir" -G Ninja >"$BENCH_TMP/configure.log" 2>&1 ||
                { cat "$BENCH_TMP/configure.log" >&2; echo "$BENCH_TOOL: configuring $build_dir failed" >&2; exit 2; }
        fi
        echo "== cmake --build $build_dir --target cortado cortado-measure" >&2
        if ! nice -n 10 cmake --build "$build_dir" --target cortado cortado-measure -j 2 >"$BENCH_TMP/build.log" 2>&1; then
            cat "$BENCH_TMP/build.log" >&2
            echo "$BENCH_TOOL: building failed (configure first: tools/build.sh)" >&2; exit 2
        fi
    fi
    [[ -x $CORTADO ]] || { echo "$BENCH_TOOL: $CORTADO not found; build it first (tools/build.sh)" >&2; exit 2; }
    [[ -x $MEASURE ]] || { echo "$BENCH_TOOL: $MEASURE not found; build it first (tools/build.sh)" >&2; exit 2; }
    command -v "$javac" >/dev/null || { echo "$BENCH_TOOL: $javac not found" >&2; exit 2; }
    command -v "$JAVA" >/dev/null || { echo "$BENCH_TOOL: $JAVA not found" >&2; exit 2; }
    BENCH_CLASSES=$build_dir/bench/classes
    rm -rf "$BENCH_CLASSES"
    mkdir -p "$BENCH_CLASSES" || exit 2
    echo "== javac --release 8 java-samples/bench -> $BENCH_CLASSES" >&2
    "$javac" --release 8 -encoding UTF-8 -nowarn -g -d "$BENCH_CLASSES" \
        java-samples/bench/*.java java-samples/bench/harness/*.java java-samples/bench/gc/*.java ||
        { echo "$BENCH_TOOL: compiling the benchmarks failed" >&2; exit 2; }
}

# ---------------------------------------------------------- one run ---
# bench_run TIMEOUT OUT ERR COMMAND...: runs COMMAND (stdin /dev/null, stdout to
# OUT, stderr to ERR) under cortado-measure. Sets RUN_WALL RUN_USER RUN_SYS
# (ms), RUN_RSS (KiB) and RUN_RC (124 = timed out).
bench_run() {
    local timeout=$1 out=$2 err=$3; shift 3
    "$MEASURE" --timeout "$timeout" --report "$BENCH_TMP/report" -- "$@" >"$out" 2>"$err" </dev/null
    read -r RUN_WALL RUN_USER RUN_SYS RUN_RSS RUN_RC <"$BENCH_TMP/report" ||
        { RUN_WALL=0 RUN_USER=0 RUN_SYS=0 RUN_RSS=0 RUN_RC=2; }
}

# ------------------------------------------------------- statistics ---
# median VALUES...: the median (mean of the middle two for an even count); nothing if no values.
median() {
    (($#)) || return 0
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {
        if (NR % 2) printf "%.6g\n", a[(NR+1)/2]; else printf "%.6g\n", (a[NR/2]+a[NR/2+1])/2 }'
}

# geomean VALUES...: the geometric mean of the positive values; nothing if none.
geomean() {
    (($#)) || return 0
    printf '%s\n' "$@" | awk '$1 > 0 { s += log($1); n++ } END { if (n) printf "%.6g\n", exp(s / n) }'
}

# ratio A B: A/B, or nothing if either is missing or B is 0.
ratio() {
    [[ -n $1 && -n $2 ]] || return 0
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.6g\n", a / b }'
}

# fmt WIDTH DECIMALS VALUE: right-aligned number, or "-" when VALUE is empty.
fmt() {
    if [[ -n $3 ]]; then printf "%${1}.${2}f" "$3"; else printf "%${1}s" "-"; fi
}
