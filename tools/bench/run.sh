#!/usr/bin/env bash
# Cortado benchmark runner: times the suite in java-samples/bench/ (listed in
# tools/bench/benchmarks.txt) on Cortado and on HotSpot, and prints median wall
# times and Cortado/HotSpot ratios. See docs/performance.md.
#
#   tools/bench/run.sh [--quick] [--rounds N] [--only NAME[,NAME...]] ...
#
# Needs only bash, coreutils, awk, javac and java (no python). It builds
# nothing but the `cortado` target (once, unless --no-build), compiles the
# benchmarks into build/bench/classes, then for each round runs every
# benchmark on every VM, one VM after the other (the VM order rotates from round
# to round), so slow drift of the machine's load hits all VMs alike. The figure
# per (benchmark, VM) is the median wall time over the rounds, in ms, including
# VM start-up. Every run's exit code and checksum are checked.
#
# Outputs: the table on stdout; build/bench/results.csv (median wall times,
# ratios, and median user+sys CPU times, which are steadier on a busy machine),
# build/bench/runs.csv (every run), build/bench/logs/ (output of failed runs).
# Exit status: 0 if every run passed, 1 if any failed or printed a wrong
# checksum, 2 on a usage or set-up error.

set -uo pipefail
export LC_ALL=C

usage() {
    cat <<'EOF'
Usage: tools/bench/run.sh [options]
  --quick            1 round with small iteration counts (a smoke test)
  --rounds N         rounds to run (default 3; the median is taken over them)
  --only LIST        run only these benchmarks (comma-separated; repeatable)
  --vms LIST         run only these VMs (comma-separated) out of:
                     cortado (JIT), cortado-int, java-int, java-c1, java
  --iterations N     pass N iterations to every benchmark (overrides sizes)
  --timeout SECS     kill a run after SECS seconds (default 300)
  --no-build         do not run `cmake --build build --target cortado`
  --build-dir DIR    Cortado build directory (default build)
  -h, --help         this text
Environment: JAVA (default: java), JAVAC (default: javac).
EOF
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd) || exit 2
cd "$root" || exit 2

rounds=3
rounds_given=0
quick=0
only=()
vms_wanted=()
iterations_override=""
timeout_s=300
do_build=1
build_dir=build
java=${JAVA:-java}
javac=${JAVAC:-javac}

while (($#)); do
    case $1 in
        --quick) quick=1 ;;
        --rounds) rounds=${2:-}; rounds_given=1; shift ;;
        --rounds=*) rounds=${1#*=}; rounds_given=1 ;;
        --only) IFS=, read -ra items <<<"${2:-}"; only+=("${items[@]}"); shift ;;
        --only=*) IFS=, read -ra items <<<"${1#*=}"; only+=("${items[@]}") ;;
        --vms) IFS=, read -ra items <<<"${2:-}"; vms_wanted+=("${items[@]}"); shift ;;
        --vms=*) IFS=, read -ra items <<<"${1#*=}"; vms_wanted+=("${items[@]}") ;;
        --iterations) iterations_override=${2:-}; shift ;;
        --iterations=*) iterations_override=${1#*=} ;;
        --timeout) timeout_s=${2:-}; shift ;;
        --timeout=*) timeout_s=${1#*=} ;;
        --no-build) do_build=0 ;;
        --build-dir) build_dir=${2:-}; shift ;;
        --build-dir=*) build_dir=${1#*=} ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

is_uint() { [[ $1 =~ ^[0-9]+$ ]] && (($1 > 0)); }
is_uint "$rounds" || { echo "run.sh: --rounds needs a positive integer" >&2; exit 2; }
is_uint "$timeout_s" || { echo "run.sh: --timeout needs a positive integer" >&2; exit 2; }
[[ -z $iterations_override ]] || is_uint "$iterations_override" ||
    { echo "run.sh: --iterations needs a positive integer" >&2; exit 2; }
if ((quick && !rounds_given)); then rounds=1; fi

# ---------------------------------------------------------------- the VMs ---
# To add a VM: give it an id here, a label and a command (the class path,
# main class and arguments are appended). Ratio columns are listed in RATIOS.
cortado=$build_dir/cortado
ALL_VMS=(cortado cortado-int java-int java-c1 java)
declare -A VM_LABEL=(
    [cortado]="cortado" [cortado-int]="cortado -Xint" [java-int]="java -Xint"
    [java-c1]="java C1" [java]="java")
declare -A VM_CMD=(
    [cortado]="$cortado"
    [cortado-int]="$cortado -Xint"
    [java-int]="$java -Xint"
    [java-c1]="$java -XX:TieredStopAtLevel=1"
    [java]="$java")
# numerator/denominator VM ids, and the column heading
RATIOS=("cortado-int/java-int" "cortado-int/java-c1" "cortado/cortado-int" "cortado/java-int" "cortado/java-c1")
declare -A RATIO_LABEL=([cortado-int/java-int]="cort/Xint" [cortado-int/java-c1]="cort/C1"
    [cortado/cortado-int]="jit/int" [cortado/java-int]="jit/Xint" [cortado/java-c1]="jit/C1")
# where the reference checksum comes from, in order of preference
REFERENCE_VMS=(java-int java-c1 java)

VMS=()
if ((${#vms_wanted[@]})); then
    for v in "${vms_wanted[@]}"; do
        [[ -n ${VM_CMD[$v]:-} ]] || { echo "run.sh: unknown VM '$v' (known: ${ALL_VMS[*]})" >&2; exit 2; }
    done
    for v in "${ALL_VMS[@]}"; do
        for w in "${vms_wanted[@]}"; do [[ $v == "$w" ]] && VMS+=("$v") && break; done
    done
else
    VMS=("${ALL_VMS[@]}")
fi

# ------------------------------------------------------------- the suite ---
list=tools/bench/benchmarks.txt
BENCHES=()
declare -A QUICK_ITERS=()
while read -r name q _rest; do
    [[ -z $name || $name == \#* ]] && continue
    BENCHES+=("$name")
    QUICK_ITERS[$name]=${q:-1}
done <"$list"
if ((${#only[@]})); then
    sel=()
    for o in "${only[@]}"; do
        found=0
        for b in "${BENCHES[@]}"; do [[ ${b,,} == "${o,,}" ]] && { sel+=("$b"); found=1; break; }; done
        ((found)) || { echo "run.sh: unknown benchmark '$o' (see $list)" >&2; exit 2; }
    done
    BENCHES=("${sel[@]}")
fi
for b in "${BENCHES[@]}" Startup; do
    [[ -f java-samples/bench/$b.java ]] || { echo "run.sh: java-samples/bench/$b.java is missing" >&2; exit 2; }
done

# iteration argument per benchmark ("" = the benchmark's own default)
bench_args() {
    if [[ $1 == Startup ]]; then return 0
    elif [[ -n $iterations_override ]]; then echo "$iterations_override"
    elif ((quick)); then echo "${QUICK_ITERS[$1]}"
    fi
}
iters_label() { local a; a=$(bench_args "$1"); echo "${a:-default}"; }

# ----------------------------------------------------- build and compile ---
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cortado-bench.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
out_dir=$build_dir/bench
classes=$out_dir/classes
if ((do_build)); then
    echo "== cmake --build $build_dir --target cortado" >&2
    if ! cmake --build "$build_dir" --target cortado -j 2 >"$tmp/build.log" 2>&1; then
        cat "$tmp/build.log" >&2
        echo "run.sh: building cortado failed" >&2; exit 2
    fi
fi
uses_cortado=0
for v in "${VMS[@]}"; do [[ $v == cortado* ]] && uses_cortado=1; done
if ((uses_cortado)) && [[ ! -x $cortado ]]; then
    echo "run.sh: $cortado not found; build it first (tools/build.sh)" >&2; exit 2
fi
command -v "$javac" >/dev/null || { echo "run.sh: $javac not found" >&2; exit 2; }
command -v "$java" >/dev/null || { echo "run.sh: $java not found" >&2; exit 2; }

mkdir -p "$out_dir" || exit 2
rm -rf "$classes" "$out_dir/logs"
mkdir -p "$classes" "$out_dir/logs"
echo "== javac --release 8 java-samples/bench/*.java -> $classes" >&2
"$javac" --release 8 -encoding UTF-8 -nowarn -g -d "$classes" java-samples/bench/*.java ||
    { echo "run.sh: compiling the benchmarks failed" >&2; exit 2; }

# ------------------------------------------------------------ measuring ---
declare -A WALLS=()    # "bench|vm" -> wall times (ms) of passing runs
declare -A CPUS=()     # "bench|vm" -> user+sys CPU times (ms) of passing runs
declare -A STATUS=()   # "bench|vm" -> ok | FAIL(rc) | TIMEOUT | BADOUT | WRONG
declare -A OUTPUT=()   # "bench|vm" -> checksum line of the first passing run
runs_csv=$out_dir/runs.csv
echo "benchmark,vm,round,iterations,wall_ms,user_ms,sys_ms,exit_code,status,checksum" >"$runs_csv"

secs_to_ms() { # "1.234" -> 1234
    local s=$1
    [[ $s == *.* ]] || s=$s.000
    echo $((10#${s%%.*} * 1000 + 10#${s#*.}))
}

# run_one BENCH VM ROUND: runs once, records, sets RUN_MS and RUN_STATUS.
run_one() {
    local bench=$1 vm=$2 round=$3 key="$1|$2"
    local -a cmd args
    read -ra cmd <<<"${VM_CMD[$vm]}"
    read -ra args <<<"$(bench_args "$bench")"
    local TIMEFORMAT='%3R %3U %3S'
    { time timeout "$timeout_s" "${cmd[@]}" -cp "$classes" "$bench" "${args[@]}" \
        >"$tmp/out" 2>"$tmp/err" </dev/null; } 2>"$tmp/time"
    local rc=$? real user sys
    read -r real user sys <"$tmp/time"
    RUN_MS=$(secs_to_ms "$real")
    local checksum="" nlines
    nlines=$(wc -l <"$tmp/out")
    IFS= read -r checksum <"$tmp/out"
    if ((rc == 124)); then RUN_STATUS=TIMEOUT
    elif ((rc != 0)); then RUN_STATUS="FAIL($rc)"
    elif ((nlines != 1)) || [[ -z $checksum ]]; then RUN_STATUS=BADOUT
    else RUN_STATUS=ok
    fi
    if [[ $RUN_STATUS == ok ]]; then
        WALLS[$key]+="$RUN_MS "
        CPUS[$key]+="$(($(secs_to_ms "$user") + $(secs_to_ms "$sys"))) "
        [[ -n ${OUTPUT[$key]:-} ]] || OUTPUT[$key]=$checksum
        [[ -n ${STATUS[$key]:-} ]] || STATUS[$key]=ok
    else
        STATUS[$key]=$RUN_STATUS
        cp "$tmp/out" "$out_dir/logs/$bench.$vm.r$round.out"
        cp "$tmp/err" "$out_dir/logs/$bench.$vm.r$round.err"
    fi
    echo "$bench,$vm,$round,$(iters_label "$bench"),$RUN_MS,$(secs_to_ms "$user"),$(secs_to_ms "$sys"),$rc,$RUN_STATUS,\"$checksum\"" >>"$runs_csv"
}

# One untimed run of Startup per VM: fills the page cache, CDS archive etc.
for vm in "${VMS[@]}"; do
    read -ra cmd <<<"${VM_CMD[$vm]}"
    timeout 60 "${cmd[@]}" -cp "$classes" Startup >/dev/null 2>&1
done

nvm=${#VMS[@]}
start_s=$SECONDS
for ((r = 1; r <= rounds; r++)); do
    for bench in Startup "${BENCHES[@]}"; do
        line=$(printf '[round %d/%d] %-15s' "$r" "$rounds" "$bench")
        for ((k = 0; k < nvm; k++)); do
            vm=${VMS[((k + r - 1) % nvm)]}
            st=${STATUS["$bench|$vm"]:-ok}
            if [[ $st != ok ]]; then line+=" $vm skipped($st)"; continue; fi
            run_one "$bench" "$vm" "$r"
            line+=" $vm $RUN_MS"
            [[ $RUN_STATUS == ok ]] || line+="($RUN_STATUS)"
        done
        echo "$line" >&2
    done
done
elapsed=$((SECONDS - start_s))

# Checksums must agree with HotSpot's.
for bench in Startup "${BENCHES[@]}"; do
    ref=""
    for v in "${REFERENCE_VMS[@]}"; do
        if [[ ${STATUS["$bench|$v"]:-} == ok ]]; then ref=${OUTPUT["$bench|$v"]}; break; fi
    done
    [[ -n $ref ]] || continue
    for vm in "${VMS[@]}"; do
        key="$bench|$vm"
        if [[ ${STATUS[$key]:-} == ok && ${OUTPUT[$key]} != "$ref" ]]; then
            STATUS[$key]=WRONG
            echo "$bench on $vm printed '${OUTPUT[$key]}', HotSpot printed '$ref'" >>"$out_dir/logs/$bench.$vm.wrong"
        fi
    done
done

# ------------------------------------------------------------ reporting ---
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {
    if (NR == 0) exit; if (NR % 2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2 }'; }

declare -A MED=()
declare -A CPUMED=()
for bench in Startup "${BENCHES[@]}"; do
    for vm in "${VMS[@]}"; do
        key="$bench|$vm"
        [[ ${STATUS[$key]:-} == ok ]] || continue
        # shellcheck disable=SC2086
        MED[$key]=$(median ${WALLS[$key]})
        # shellcheck disable=SC2086
        CPUMED[$key]=$(median ${CPUS[$key]})
    done
done

ratio() { # num den -> ratio (6 decimals), or empty
    [[ -n $1 && -n $2 ]] || return 0
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.6f", a / b }'
}

failures=0
csv=$out_dir/results.csv
{
    printf 'benchmark,iterations'
    for vm in "${VMS[@]}"; do printf ',%s_ms' "$vm"; done
    for rt in "${RATIOS[@]}"; do printf ',%s' "$rt"; done
    for vm in "${VMS[@]}"; do printf ',%s_cpu_ms' "$vm"; done
    printf ',status\n'
} >"$csv"

hdr=$(printf '%-15s' "benchmark")
for vm in "${VMS[@]}"; do hdr+=$(printf ' %13s' "${VM_LABEL[$vm]}"); done
for rt in "${RATIOS[@]}"; do hdr+=$(printf ' %9s' "${RATIO_LABEL[$rt]}"); done
hdr+="  status"
rule=${hdr//?/-}

declare -A LOGSUM=() NLOG=()
table_row() { # bench, in_geomean(0/1)
    local bench=$1 ingm=$2 row status="" vm rt num den rv
    row=$(printf '%-15s' "$bench")
    for vm in "${VMS[@]}"; do
        local key="$bench|$vm" st=${STATUS["$bench|$vm"]:-}
        if [[ $st == ok ]]; then
            row+=$(printf ' %13.0f' "${MED[$key]}")
        elif [[ -n $st ]]; then
            row+=$(printf ' %13s' "$st"); status+=" $vm:$st"; ((failures++))
        else
            row+=$(printf ' %13s' "-")
        fi
    done
    local csvrow
    csvrow="$bench,$(iters_label "$bench")"
    for vm in "${VMS[@]}"; do csvrow+=",${MED["$bench|$vm"]:-}"; done
    for rt in "${RATIOS[@]}"; do
        num=${rt%/*}; den=${rt#*/}
        rv=$(ratio "${MED["$bench|$num"]:-}" "${MED["$bench|$den"]:-}")
        if [[ -n $rv ]]; then row+=$(printf ' %9.2f' "$rv"); csvrow+=$(printf ',%.3f' "$rv")
        else row+=$(printf ' %9s' "-"); csvrow+=","; fi
        if ((ingm)) && [[ -n $rv ]]; then
            LOGSUM[$rt]=$(awk -v s="${LOGSUM[$rt]:-0}" -v x="$rv" 'BEGIN { printf "%.12f", s + log(x) }')
            NLOG[$rt]=$((${NLOG[$rt]:-0} + 1))
        fi
    done
    for vm in "${VMS[@]}"; do csvrow+=",${CPUMED["$bench|$vm"]:-}"; done
    [[ -n $status ]] || status=" ok"
    echo "$row ${status}"
    echo "$csvrow,${status# }" >>"$csv"
}

report=$tmp/report
{
    echo
    echo "Cortado benchmarks: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "cortado $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $("$java" -version 2>&1 | head -n 1)"
    size="default sizes"; ((quick)) && size="--quick sizes"
    [[ -n $iterations_override ]] && size="$iterations_override iterations"
    echo "median wall time (ms, including VM start-up) of $rounds round(s), $size; ratio < 1: Cortado faster"
    echo
    echo "$hdr"
    echo "$rule"
    for bench in "${BENCHES[@]}"; do table_row "$bench" 1; done
    echo "$rule"
    gm=$(printf '%-15s' "geomean")
    for vm in "${VMS[@]}"; do gm+=$(printf ' %13s' ""); done
    for rt in "${RATIOS[@]}"; do
        n=${NLOG[$rt]:-0}
        if ((n)); then gm+=$(awk -v s="${LOGSUM[$rt]}" -v n="$n" 'BEGIN { printf " %9.2f", exp(s / n) }')
        else gm+=$(printf ' %9s' "-"); fi
    done
    gmn=${NLOG[${RATIOS[0]}]:-0}
    gm+="  over $gmn of ${#BENCHES[@]} benchmarks"
    echo "$gm"
    table_row Startup 0
    echo "(Startup: an empty program, i.e. VM start-up + shutdown; not in the geomean)"
} >"$report"
cat "$report"
cp "$report" "$out_dir/results.txt"
{
    printf 'geomean,'
    for vm in "${VMS[@]}"; do printf ','; done
    for rt in "${RATIOS[@]}"; do
        n=${NLOG[$rt]:-0}
        if ((n)); then awk -v s="${LOGSUM[$rt]}" -v n="$n" 'BEGIN { printf ",%.2f", exp(s / n) }'; else printf ','; fi
    done
    for vm in "${VMS[@]}"; do printf ','; done
    printf ',%s of %s benchmarks\n' "${NLOG[${RATIOS[0]}]:-0}" "${#BENCHES[@]}"
} >>"$csv"
echo
echo "results: $csv, every run: $runs_csv (measured in ${elapsed} s)"
if ((failures)); then
    echo "FAILURES: $failures (benchmark, VM) pairs failed; outputs in $out_dir/logs/"
    exit 1
fi
exit 0
