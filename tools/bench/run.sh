#!/usr/bin/env bash
# Cortado benchmark runner: where Cortado stands against HotSpot, in one command.
#
#   tools/bench/run.sh [--size small|default] [--rounds N] [--only NAME,...] [--vms ID,...] ...
#
# Runs every benchmark of tools/bench/benchmarks.txt (java-samples/bench/) on
# every VM configuration — Cortado -Xint, Cortado's default mode, Cortado with
# each GC strategy, java -Xint, java -XX:TieredStopAtLevel=1 (C1) and java
# (C1+C2) — round-robin: each round runs each benchmark on every configuration
# in turn, the order rotating from round to round, so drift of the machine's
# load hits all configurations alike. Each benchmark times itself in-process
# (harness.Run: first iteration, steady state = median of the later half);
# cortado-measure adds the process's wall time, CPU time and peak RSS. A
# hello-world (Startup) is measured the same way for start-up time and memory.
# Every run's exit code and self-check line are checked.
#
# Prints three tables (steady state, first iteration, process wall time) of
# medians over the rounds, with Cortado/HotSpot ratios and geometric means per
# column, and the start-up table; writes build/bench/results.csv (the same
# figures), build/bench/runs.csv (every run), build/bench/chart.svg (a bar chart
# of the steady state) and build/bench/logs/ (output of failed runs).
# Exit status: 0 if every run passed, 1 if any failed, 2 on a usage or set-up
# error. See docs/performance.md.

set -uo pipefail
export LC_ALL=C
BENCH_TOOL=run.sh

usage() {
    cat <<'USAGE'
Usage: tools/bench/run.sh [options]
  --size S           default (each benchmark's <inner> in benchmarks.txt) or
                     small (its <small> column: about a fifth of the work)
  --quick            --size small --rounds 1 --iterations 3 (a smoke test)
  --rounds N         rounds (default 3); every figure is the median over them
  --iterations N     outer iterations per run instead of benchmarks.txt's
  --only LIST        only these benchmarks (comma-separated, case-insensitive)
  --vms LIST         only these configurations (comma-separated) out of:
                     cortado-int cortado cortado-marksweep cortado-copying
                     cortado-generational java-int java-c1 java
  --startup-runs N   hello-world runs per configuration (default 5)
  --timeout SECS     kill a run after SECS seconds (default 300)
  --no-build         do not build cortado and cortado-measure first
  --build-dir DIR    Cortado build directory (default build)
  -h, --help         this text
Environment: JAVA (default java), JAVAC (default javac).
USAGE
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd) || exit 2
cd "$root" || exit 2
# shellcheck source=tools/bench/lib.sh
source tools/bench/lib.sh

size=default rounds=3 iterations_override="" only="" vms_list="" startup_runs=5
timeout_s=300 do_build=1 build_dir=build
while (($#)); do
    case $1 in
        --size) size=${2:-}; shift ;;
        --size=*) size=${1#*=} ;;
        --quick) size=small; rounds=1; iterations_override=3 ;;
        --rounds) rounds=${2:-}; shift ;;
        --rounds=*) rounds=${1#*=} ;;
        --iterations) iterations_override=${2:-}; shift ;;
        --iterations=*) iterations_override=${1#*=} ;;
        --only) only+=${only:+,}${2:-}; shift ;;
        --only=*) only+=${only:+,}${1#*=} ;;
        --vms) vms_list=${2:-}; shift ;;
        --vms=*) vms_list=${1#*=} ;;
        --startup-runs) startup_runs=${2:-}; shift ;;
        --startup-runs=*) startup_runs=${1#*=} ;;
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
is_uint "$startup_runs" || { echo "run.sh: --startup-runs needs a positive integer" >&2; exit 2; }
[[ -z $iterations_override ]] || is_uint "$iterations_override" ||
    { echo "run.sh: --iterations needs a positive integer" >&2; exit 2; }
[[ $size == default || $size == small ]] || { echo "run.sh: --size is default or small" >&2; exit 2; }

ALL_VMS=(cortado-int cortado cortado-marksweep cortado-copying cortado-generational java-int java-c1 java)
bench_select_vms "$vms_list" "${ALL_VMS[@]}"
VMS=("${BENCH_VMS[@]}")
nvm=${#VMS[@]}
# Ratio columns: a Cortado configuration over the HotSpot one it is compared with.
RATIOS=()
# cortado is the default (the JIT); jit/int is what compiling gains over our own interpreter.
declare -A RATIO_LABEL=([cortado-int/java-int]="Xint" [cortado/cortado-int]="jit/int" [cortado/java-int]="jit/Xint"
                        [cortado/java-c1]="/C1" [cortado/java]="/java")
for rt in cortado-int/java-int cortado/cortado-int cortado/java-int cortado/java-c1 cortado/java; do
    n=${rt%/*} d=${rt#*/} hn=0 hd=0
    for v in "${VMS[@]}"; do [[ $v == "$n" ]] && hn=1; [[ $v == "$d" ]] && hd=1; done
    ((hn && hd)) && RATIOS+=("$rt")
done

# ------------------------------------------------------------- the suite ---
list=tools/bench/benchmarks.txt
BENCHES=()
declare -A ITERS=() INNER=() KIND=()
while read -r name iters inner small kind _rest; do
    [[ -z $name || $name == \#* ]] && continue
    BENCHES+=("$name")
    ITERS[$name]=${iterations_override:-$iters}
    if [[ $size == small ]]; then INNER[$name]=$small; else INNER[$name]=$inner; fi
    KIND[$name]=$kind
done <"$list"
if [[ -n $only ]]; then
    IFS=, read -ra wanted <<<"$only"
    sel=()
    for o in "${wanted[@]}"; do
        found=0
        for b in "${BENCHES[@]}"; do [[ ${b,,} == "${o,,}" ]] && { sel+=("$b"); found=1; break; }; done
        ((found)) || { echo "run.sh: unknown benchmark '$o' (see $list)" >&2; exit 2; }
    done
    BENCHES=("${sel[@]}")
fi
for b in "${BENCHES[@]}" Startup; do
    [[ -f java-samples/bench/$b.java ]] || { echo "run.sh: java-samples/bench/$b.java is missing" >&2; exit 2; }
done

bench_prepare "$build_dir" "$do_build"
out_dir=$build_dir/bench
rm -rf "$out_dir/logs"
mkdir -p "$out_dir/logs" || exit 2

# ------------------------------------------------------------ measuring ---
# VAL["metric|bench|vm"] = the values of passing runs (space-separated), for the
# metrics steady, first (ms, in-process), wall, cpu (ms, process) and rss (KiB).
declare -A VAL=() STATUS=()
runs_csv=$out_dir/runs.csv
echo "benchmark,vm,round,iterations,inner,status,exit_code,first_ms,steady_ms,wall_ms,user_ms,sys_ms,max_rss_kb" >"$runs_csv"

record() { # metric bench vm value
    VAL["$1|$2|$3"]+="$4 "
}

# run_bench BENCH VM ROUND: one measured run; sets LAST (a short report for the progress line).
run_bench() {
    local bench=$1 vm=$2 round=$3 key="$1|$2" status first="" steady="" line
    local -a cmd args=()
    read -ra cmd <<<"$(bench_vm_command "$vm")"
    [[ $bench == Startup ]] || args=("${ITERS[$bench]}" "${INNER[$bench]}")
    bench_run "$timeout_s" "$BENCH_TMP/out" "$BENCH_TMP/err" "${cmd[@]}" -cp "$BENCH_CLASSES" "$bench" "${args[@]}"
    local expected="Hello, world!"
    [[ $bench == Startup ]] || expected="$bench: ok (${ITERS[$bench]} x ${INNER[$bench]})"
    if ((RUN_RC == 124)); then status=TIMEOUT
    elif ((RUN_RC != 0)); then status="FAIL($RUN_RC)"
    elif [[ $(cat "$BENCH_TMP/out") != "$expected" ]]; then status=BADOUT
    else status=ok
    fi
    if [[ $status == ok && $bench != Startup ]]; then
        line=$(grep -m1 "^bench $bench " "$BENCH_TMP/err")
        if [[ $line =~ first_us=([0-9]+).*steady_us=([0-9]+) ]]; then
            first=$(awk -v u="${BASH_REMATCH[1]}" 'BEGIN { printf "%.3f", u / 1000 }')
            steady=$(awk -v u="${BASH_REMATCH[2]}" 'BEGIN { printf "%.3f", u / 1000 }')
        else
            status=NOTIMING
        fi
    fi
    if [[ $status == ok ]]; then
        [[ -n $first ]] && record first "$bench" "$vm" "$first" && record steady "$bench" "$vm" "$steady"
        record wall "$bench" "$vm" "$RUN_WALL"
        record cpu "$bench" "$vm" "$(awk -v u="$RUN_USER" -v s="$RUN_SYS" 'BEGIN { print u + s }')"
        record rss "$bench" "$vm" "$RUN_RSS"
        [[ -n ${STATUS[$key]:-} ]] || STATUS[$key]=ok
        LAST="${steady:-$RUN_WALL}"
    else
        STATUS[$key]=$status
        cp "$BENCH_TMP/out" "$out_dir/logs/$bench.$vm.r$round.out"
        cp "$BENCH_TMP/err" "$out_dir/logs/$bench.$vm.r$round.err"
        LAST=$status
    fi
    echo "$bench,$vm,$round,${ITERS[$bench]:-},${INNER[$bench]:-},$status,$RUN_RC,$first,$steady,$RUN_WALL,$RUN_USER,$RUN_SYS,$RUN_RSS" >>"$runs_csv"
}

# One untimed hello-world per configuration: fills the page cache and HotSpot's CDS mapping.
for vm in "${VMS[@]}"; do
    read -ra cmd <<<"$(bench_vm_command "$vm")"
    timeout 60 "${cmd[@]}" -cp "$BENCH_CLASSES" Startup >/dev/null 2>&1 </dev/null
done

start_s=$SECONDS
for ((r = 1; r <= startup_runs; r++)); do
    line="[startup $r/$startup_runs]"
    for ((k = 0; k < nvm; k++)); do
        vm=${VMS[((k + r - 1) % nvm)]}
        run_bench Startup "$vm" "$r"
        line+=" $vm $LAST"
    done
    echo "$line" >&2
done
for ((r = 1; r <= rounds; r++)); do
    for bench in "${BENCHES[@]}"; do
        line=$(printf '[round %d/%d] %-14s' "$r" "$rounds" "$bench")
        for ((k = 0; k < nvm; k++)); do
            vm=${VMS[((k + r - 1) % nvm)]}
            st=${STATUS["$bench|$vm"]:-ok}
            if [[ $st != ok ]]; then line+=" $vm skipped"; continue; fi
            run_bench "$bench" "$vm" "$r"
            line+=" $vm $LAST"
        done
        echo "$line" >&2
    done
done
elapsed=$((SECONDS - start_s))

# ------------------------------------------------------------ reporting ---
declare -A MED=()
for bench in Startup "${BENCHES[@]}"; do
    for vm in "${VMS[@]}"; do
        [[ ${STATUS["$bench|$vm"]:-} == ok ]] || continue
        for m in steady first wall cpu rss; do
            # shellcheck disable=SC2086
            [[ -n ${VAL["$m|$bench|$vm"]:-} ]] && MED["$m|$bench|$vm"]=$(median ${VAL["$m|$bench|$vm"]})
        done
    done
done

failures=0
for key in "${!STATUS[@]}"; do [[ ${STATUS[$key]} == ok ]] || ((failures++)); done

csv=$out_dir/results.csv
{
    printf 'table,benchmark,kind,iterations,inner'
    for vm in "${VMS[@]}"; do printf ',%s' "$vm"; done
    for rt in "${RATIOS[@]}"; do printf ',%s' "$rt"; done
    printf '\n'
} >"$csv"

W=10  # column width
header() {
    local h
    h=$(printf '%-14s' "benchmark")
    for vm in "${VMS[@]}"; do h+=$(printf " %${W}s" "${BENCH_VM_LABEL[$vm]}"); done
    for rt in "${RATIOS[@]}"; do h+=$(printf ' %6s' "${RATIO_LABEL[$rt]}"); done
    echo "$h"
    echo "${h//?/-}"
}

# metric_table METRIC TITLE DECIMALS: one table of medians, ratios and geometric means.
metric_table() {
    local metric=$1 title=$2 dec=$3 bench vm rt row csvrow v rv
    local -A COLVALS=() RATVALS=()
    echo
    echo "$title"
    header
    for bench in "${BENCHES[@]}"; do
        row=$(printf '%-14s' "$bench")
        csvrow="$metric,$bench,${KIND[$bench]},${ITERS[$bench]},${INNER[$bench]}"
        for vm in "${VMS[@]}"; do
            v=${MED["$metric|$bench|$vm"]:-}
            local st=${STATUS["$bench|$vm"]:-}
            if [[ -n $v ]]; then row+=" $(fmt $W "$dec" "$v")"; COLVALS[$vm]+="$v "
            else row+=$(printf " %${W}s" "${st:--}"); fi
            csvrow+=",$v"
        done
        for rt in "${RATIOS[@]}"; do
            rv=$(ratio "${MED["$metric|$bench|${rt%/*}"]:-}" "${MED["$metric|$bench|${rt#*/}"]:-}")
            row+=" $(fmt 6 2 "$rv")"
            csvrow+=",$rv"
            [[ -n $rv ]] && RATVALS[$rt]+="$rv "
        done
        echo "$row"
        echo "$csvrow" >>"$csv"
    done
    header | tail -n 1
    row=$(printf '%-14s' "geomean")
    csvrow="$metric,geomean,,,"
    for vm in "${VMS[@]}"; do
        # shellcheck disable=SC2086
        v=$(geomean ${COLVALS[$vm]:-})
        row+=" $(fmt $W "$dec" "$v")"; csvrow+=",$v"
    done
    for rt in "${RATIOS[@]}"; do
        # shellcheck disable=SC2086
        v=$(geomean ${RATVALS[$rt]:-})
        row+=" $(fmt 6 2 "$v")"; csvrow+=",$v"
    done
    echo "$row"
    echo "$csvrow" >>"$csv"
}

startup_table() {
    local vm rt
    echo
    echo "Start-up: hello world (Startup.java), median of $startup_runs runs: wall ms, CPU (user+sys) ms, peak RSS MiB"
    printf '%-14s %10s %10s %10s\n' "configuration" "wall" "cpu" "peak RSS"
    for vm in "${VMS[@]}"; do
        local w=${MED["wall|Startup|$vm"]:-} c=${MED["cpu|Startup|$vm"]:-} m=${MED["rss|Startup|$vm"]:-} mib=""
        [[ -n $m ]] && mib=$(awk -v k="$m" 'BEGIN { printf "%.1f", k / 1024 }')
        printf '%-14s %s %s %s  %s\n' "${BENCH_VM_LABEL[$vm]}" "$(fmt 10 0 "$w")" "$(fmt 10 0 "$c")" \
            "$(fmt 10 1 "$mib")" "${STATUS["Startup|$vm"]:-}"
        echo "startup,$vm,,,,$w,$c,$m" >>"$csv"
    done
}

report=$out_dir/results.txt
{
    echo "Cortado benchmarks: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "cortado $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $("$JAVA" -version 2>&1 | head -n 1)"
    echo "$rounds round(s), --size $size; medians; ratios are Cortado / HotSpot (< 1: Cortado faster):"
    echo "  Xint = cort-Xint/java-Xint, /C1 = cortado/java-C1, /java = cortado/java (C1+C2)"
    for vm in "${VMS[@]}"; do printf '  %-10s = %s\n' "${BENCH_VM_LABEL[$vm]}" "$(bench_vm_command "$vm" | sed "s|^$CORTADO|cortado|")"; done
    metric_table steady "Steady state: ms per outer iteration (median of the later half of the iterations)" 2
    metric_table first "First iteration: ms (includes loading and linking what the benchmark uses; with a JIT, warm-up)" 2
    metric_table wall "Process: wall ms (start-up, all iterations, shutdown)" 0
    metric_table rss "Peak RSS: KiB" 0
    startup_table
} >"$report"
cat "$report"

# ---------------------------------------------------------- the chart ---
# chart.svg: per benchmark, one bar per configuration, the steady-state time
# relative to java -Xint's on a log2 scale (shorter = faster). Pure awk.
chart=$out_dir/chart.svg
{
    for bench in "${BENCHES[@]}"; do
        base=${MED["steady|$bench|java-int"]:-}
        [[ -n $base ]] || base=${MED["steady|$bench|${VMS[0]}"]:-}
        for vm in "${VMS[@]}"; do
            v=${MED["steady|$bench|$vm"]:-}
            rv=$(ratio "$v" "$base")
            echo "B $bench $vm ${BENCH_VM_LABEL[$vm]} ${rv:-0}"
        done
    done
} | awk -v title="Cortado vs HotSpot: steady-state time per iteration relative to java -Xint (log scale, shorter is faster)" \
        -v subtitle="$(head -n 2 "$report" | tr '\n' ' ' | sed 's/&/\&amp;/g; s/</\&lt;/g')" '
    $1 == "B" {
        if (!($2 in seen)) { seen[$2] = 1; bench[++nb] = $2 }
        if (!($3 in vmseen)) { vmseen[$3] = 1; vm[++nv] = $3; label[nv] = $4 }
        r[$2, $3] = $5
        if ($5 > 0) { l = log($5) / log(2); if (l < lo) lo = l; if (l > hi) hi = l }
    }
    END {
        lo = int(lo) - (lo < int(lo) ? 1 : 0) - 1; hi = int(hi) + 1
        if (hi - lo < 4) lo = hi - 4
        split("#c0392b #e67e22 #f1c40f #d35400 #a04000 #2980b9 #27ae60 #8e44ad #7f8c8d", color, " ")
        left = 130; width = 760; bar = 7; gap = 10
        groupH = nv * bar + gap; top = 70
        height = top + nb * groupH + 40 + 20 * int((nv + 3) / 4)
        printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">\n", left + width + 40, height
        printf "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
        printf "<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>\n", title
        printf "<text x=\"10\" y=\"34\" fill=\"#555\">%s</text>\n", subtitle
        for (t = lo; t <= hi; t++) {
            x = left + (t - lo) * width / (hi - lo)
            printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>\n", x, top - 8, x, top + nb * groupH, t == 0 ? "#000" : "#ddd"
            lab = t >= 0 ? sprintf("%dx", 2 ^ t) : sprintf("1/%d", 2 ^ -t)
            printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, top - 12, lab
        }
        for (i = 1; i <= nb; i++) {
            y0 = top + (i - 1) * groupH
            printf "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", left - 6, y0 + nv * bar / 2 + 4, bench[i]
            for (j = 1; j <= nv; j++) {
                v = r[bench[i], vm[j]]
                if (v <= 0) continue
                w = (log(v) / log(2) - lo) * width / (hi - lo)
                printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %.3g x java -Xint</title></rect>\n", left, y0 + (j - 1) * bar, w, bar - 1, color[j], bench[i], label[j], v
            }
        }
        ly = top + nb * groupH + 20
        for (j = 1; j <= nv; j++) {
            lx = left + ((j - 1) % 4) * 160; yy = ly + int((j - 1) / 4) * 18
            printf "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n", lx, yy - 9, color[j], lx + 16, yy, label[j]
        }
        printf "</svg>\n"
    }' >"$chart"

echo
echo "results: $report, $csv, every run: $runs_csv, chart: $chart (measured in ${elapsed} s)"
if ((failures)); then
    echo "FAILURES: $failures (benchmark, configuration) pairs failed; outputs in $out_dir/logs/"
    exit 1
fi
exit 0
