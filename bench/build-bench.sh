#!/usr/bin/env bash
# Build benchmark: faqsite vs stock JBake 2.7.0 (Oven.bake()) on the same generated corpus, in the same run.
#   bash bench/build-bench.sh [N ...]        (default: 1000 10000; RUNS=3; STOCK_TIMEOUT=300 seconds)
# Prints one row per run and the median per generator and size: wall time of the whole process and peak RSS.
# faqsite runs through its launcher (with the JVM options it ships); stock JBake as its own launcher runs it, plain java.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${RUNS:-3}"
stock_timeout="${STOCK_TIMEOUT:-300}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"

mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
stock_cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

measure() { # label size timeout command... -> prints "label size seconds rss_mib status"
  local label=$1 size=$2 limit=$3; shift 3
  local log="$work/$label-$size.time"
  local status=0
  /usr/bin/time -f "%e %M" -o "$log" timeout "$limit" "$@" >/dev/null 2>"$work/$label-$size.err" || status=$?
  read -r secs kib < <(tail -n1 "$log" | awk '{print $(NF-1), $NF}')
  if [ "$status" = 124 ]; then echo "$label $size >$limit - timeout"; else echo "$label $size $secs $((kib / 1024)) exit=$status"; fi
}

results="$work/results.txt"; : > "$results"
for n in "${sizes[@]}"; do
  python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
  python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"
  for r in $(seq "$runs"); do
    measure faqsite "$n" 900 ./faqsite build --source "$work/sites-$n/faqsite" --out "$work/out-faqsite-$n" | tee -a "$results"
    measure stock-jbake "$n" "$stock_timeout" java -cp "$stock_cp" dev.faqsite.bench.StockJBakeBench "$work/sites-$n/stock" "$work/out-stock-$n" | tee -a "$results"
  done
done

echo; echo "median of $runs runs (seconds, peak RSS MiB):"
for n in "${sizes[@]}"; do
  for g in faqsite stock-jbake; do
    awk -v g="$g" -v n="$n" '$1==g && $2==n {print $3, $4}' "$results" | sort -n | awk -v g="$g" -v n="$n" \
      '{t[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); printf "%-12s %6d pages  %8s s  %6s MiB\n", g, n, t[i], m[i]}'
  done
done
