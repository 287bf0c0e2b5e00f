#!/usr/bin/env bash
# GC benchmark: the allocation-heavy programs of tools/bench/gc-programs.txt
# under each Cortado collector (--gc=marksweep|copying|generational) and under
# HotSpot's serial collector (-XX:+UseSerialGC), all with the same -Xmx and
# -Xlog:gc. Both VMs print HotSpot's unified-logging lines
#     [0.379s][info][gc] GC(0) Pause Young (Allocation Failure) 63M->5M(64M) 6.099ms
# (see docs/gc.md), from which this script takes the number of collections,
# the total GC time and the longest pause; cortado-measure gives the process's
# wall time and peak RSS. Runs are interleaved round-robin like run.sh's, and
# every figure is the median over the rounds. Uses run.sh's pieces
# (tools/bench/lib.sh). Writes build/bench/gc.txt, build/bench/gc.csv and
# build/bench/gc-runs.csv.
#
#   tools/bench/gc.sh [--size small|default] [--rounds N] [--only NAME,...] [--vms ID,...]
#                     [--timeout SECS] [--no-build] [--build-dir DIR]

set -uo pipefail
export LC_ALL=C
BENCH_TOOL=gc.sh

usage() {
    cat <<'USAGE'
Usage: tools/bench/gc.sh [options]
  --size S           default or small (gc-programs.txt's <small> column)
  --rounds N         rounds (default 3); figures are medians over them
  --only LIST        only these programs (comma-separated, case-insensitive)
  --vms LIST         only these configurations out of:
                     cortado-marksweep cortado-copying cortado-generational java-serial
  --timeout SECS     kill a run after SECS seconds (default 300)
  --no-build         do not build cortado and cortado-measure first
  --build-dir DIR    Cortado build directory (default build)
USAGE
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd) || exit 2
cd "$root" || exit 2
# shellcheck source=tools/bench/lib.sh
source tools/bench/lib.sh

size=default rounds=3 only="" vms_list="" timeout_s=300 do_build=1 build_dir=build
while (($#)); do
    case $1 in
        --size) size=${2:-}; shift ;;
        --size=*) size=${1#*=} ;;
        --rounds) rounds=${2:-}; shift ;;
        --rounds=*) rounds=${1#*=} ;;
        --only) only+=${only:+,}${2:-}; shift ;;
        --only=*) only+=${only:+,}${1#*=} ;;
        --vms) vms_list=${2:-}; shift ;;
        --vms=*) vms_list=${1#*=} ;;
        --timeout) timeout_s=${2:-}; shift ;;
        --timeout=*) timeout_s=${1#*=} ;;
        --no-build) do_build=0 ;;
        --build-dir) build_dir=${2:-}; shift ;;
        --build-dir=*) build_dir=${1#*=} ;;
        -h|--help) usage; exit 0 ;;
        *) echo "gc.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "gc.sh: --rounds needs a positive integer" >&2; exit 2; }
[[ $timeout_s =~ ^[1-9][0-9]*$ ]] || { echo "gc.sh: --timeout needs a positive integer" >&2; exit 2; }
[[ $size == default || $size == small ]] || { echo "gc.sh: --size is default or small" >&2; exit 2; }

bench_select_vms "$vms_list" cortado-marksweep cortado-copying cortado-generational java-serial
VMS=("${BENCH_VMS[@]}")
nvm=${#VMS[@]}

PROGRAMS=()
declare -A ITERS=() INNER=() XMX=()
while read -r name iters inner small xmx _rest; do
    [[ -z $name || $name == \#* ]] && continue
    PROGRAMS+=("$name")
    ITERS[$name]=$iters
    if [[ $size == small ]]; then INNER[$name]=$small; else INNER[$name]=$inner; fi
    XMX[$name]=$xmx
done <tools/bench/gc-programs.txt
if [[ -n $only ]]; then
    IFS=, read -ra wanted <<<"$only"
    sel=()
    for o in "${wanted[@]}"; do
        found=0
        for p in "${PROGRAMS[@]}"; do [[ ${p,,} == "${o,,}" ]] && { sel+=("$p"); found=1; break; }; done
        ((found)) || { echo "gc.sh: unknown program '$o' (see tools/bench/gc-programs.txt)" >&2; exit 2; }
    done
    PROGRAMS=("${sel[@]}")
fi

bench_prepare "$build_dir" "$do_build"
out_dir=$build_dir/bench
mkdir -p "$out_dir/logs" || exit 2
runs_csv=$out_dir/gc-runs.csv
echo "program,vm,round,xmx,status,exit_code,wall_ms,steady_ms,gc_count,young,full,gc_ms,max_pause_ms,max_rss_kb" >"$runs_csv"

declare -A VAL=() STATUS=()

# parse_gc_log FILE: "count young full total_ms max_ms" over the log's pause lines.
parse_gc_log() {
    awk '/\[gc\] GC\([0-9]+\) Pause / {
            ms = $NF; sub(/ms$/, "", ms); ms += 0
            n++; total += ms; if (ms > max) max = ms
            if ($0 ~ /Pause Young/) young++; else if ($0 ~ /Pause Full/) full++
         }
         END { printf "%d %d %d %.3f %.3f\n", n, young, full, total, max }' "$1"
}

run_program() { # program vm round
    local p=$1 vm=$2 round=$3 status steady="" line
    local -a cmd
    read -ra cmd <<<"$(bench_vm_command "$vm")"
    bench_run "$timeout_s" "$BENCH_TMP/out" "$BENCH_TMP/err" "${cmd[@]}" "-Xmx${XMX[$p]}" -Xlog:gc \
        -cp "$BENCH_CLASSES" "$p" "${ITERS[$p]}" "${INNER[$p]}"
    # -Xlog:gc goes to stdout on both VMs; the program's own line is the one not starting with '['
    local program_out
    program_out=$(grep -v '^\[' "$BENCH_TMP/out")
    if ((RUN_RC == 124)); then status=TIMEOUT
    elif ((RUN_RC != 0)); then status="FAIL($RUN_RC)"
    elif [[ $program_out != "$p: ok (${ITERS[$p]} x ${INNER[$p]})" ]]; then status=BADOUT
    else status=ok
    fi
    line=$(grep -m1 "^bench $p " "$BENCH_TMP/err")
    [[ $line =~ steady_us=([0-9]+) ]] && steady=$(awk -v u="${BASH_REMATCH[1]}" 'BEGIN { printf "%.3f", u / 1000 }')
    local count young full total max
    read -r count young full total max < <(parse_gc_log "$BENCH_TMP/out")
    if [[ $status == ok ]]; then
        VAL["wall|$p|$vm"]+="$RUN_WALL "
        [[ -n $steady ]] && VAL["steady|$p|$vm"]+="$steady "
        VAL["count|$p|$vm"]+="$count "
        VAL["young|$p|$vm"]+="$young "
        VAL["full|$p|$vm"]+="$full "
        VAL["gc|$p|$vm"]+="$total "
        VAL["max|$p|$vm"]+="$max "
        VAL["rss|$p|$vm"]+="$RUN_RSS "
        [[ -n ${STATUS["$p|$vm"]:-} ]] || STATUS["$p|$vm"]=ok
        LAST="${RUN_WALL}ms/${count}gc"
    else
        STATUS["$p|$vm"]=$status
        cp "$BENCH_TMP/out" "$out_dir/logs/gc.$p.$vm.r$round.out"
        cp "$BENCH_TMP/err" "$out_dir/logs/gc.$p.$vm.r$round.err"
        LAST=$status
    fi
    echo "$p,$vm,$round,${XMX[$p]},$status,$RUN_RC,$RUN_WALL,$steady,$count,$young,$full,$total,$max,$RUN_RSS" >>"$runs_csv"
}

start_s=$SECONDS
for ((r = 1; r <= rounds; r++)); do
    for p in "${PROGRAMS[@]}"; do
        line=$(printf '[round %d/%d] %-14s' "$r" "$rounds" "$p")
        for ((k = 0; k < nvm; k++)); do
            vm=${VMS[((k + r - 1) % nvm)]}
            [[ ${STATUS["$p|$vm"]:-ok} == ok ]] || { line+=" $vm skipped"; continue; }
            run_program "$p" "$vm" "$r"
            line+=" $vm $LAST"
        done
        echo "$line" >&2
    done
done
elapsed=$((SECONDS - start_s))

failures=0
for key in "${!STATUS[@]}"; do [[ ${STATUS[$key]} == ok ]] || ((failures++)); done
csv=$out_dir/gc.csv
echo "program,vm,xmx,iterations,inner,status,wall_ms,steady_ms,gc_count,young,full,gc_ms,max_pause_ms,max_rss_kb" >"$csv"
report=$out_dir/gc.txt
{
    echo "Cortado GC benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "cortado $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $("$JAVA" -version 2>&1 | head -n 1)"
    echo "$rounds round(s), --size $size; medians. total = process wall ms; steady = ms per iteration (in-process);"
    echo "GCs = collections (young+full); GC ms = sum of the pauses -Xlog:gc reported; max = longest pause; RSS = peak MiB"
    echo
    printf '%-14s %-12s %6s %9s %9s %11s %9s %9s %8s  %s\n' program config Xmx total steady "GCs(y+f)" "GC ms" "max ms" "RSS" status
    echo "--------------------------------------------------------------------------------------------------------"
    for p in "${PROGRAMS[@]}"; do
        for vm in "${VMS[@]}"; do
            st=${STATUS["$p|$vm"]:-}
            declare -A M=()
            for m in wall steady count young full gc max rss; do
                # shellcheck disable=SC2086
                M[$m]=$(median ${VAL["$m|$p|$vm"]:-})
            done
            rss_mib=""
            [[ -n ${M[rss]} ]] && rss_mib=$(awk -v k="${M[rss]}" 'BEGIN { printf "%.1f", k / 1024 }')
            gcs="-"
            [[ -n ${M[count]} ]] && gcs=$(printf '%s(%s+%s)' "${M[count]%.*}" "${M[young]%.*}" "${M[full]%.*}")
            printf '%-14s %-12s %6s %s %s %11s %s %s %s  %s\n' "$p" "${BENCH_VM_LABEL[$vm]}" "${XMX[$p]}" \
                "$(fmt 9 0 "${M[wall]}")" "$(fmt 9 1 "${M[steady]}")" "$gcs" "$(fmt 9 1 "${M[gc]}")" \
                "$(fmt 9 2 "${M[max]}")" "$(fmt 8 1 "$rss_mib")" "${st:--}"
            echo "$p,$vm,${XMX[$p]},${ITERS[$p]},${INNER[$p]},${st:-},${M[wall]},${M[steady]},${M[count]},${M[young]},${M[full]},${M[gc]},${M[max]},${M[rss]}" >>"$csv"
            unset M
        done
    done
} >"$report"
cat "$report"
echo
echo "results: $report, $csv, every run: $runs_csv (measured in ${elapsed} s)"
if ((failures)); then
    echo "FAILURES: $failures (program, configuration) pairs failed; outputs in $out_dir/logs/"
    exit 1
fi
exit 0
