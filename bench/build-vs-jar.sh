#!/usr/bin/env bash
# Build time of this checkout against an older faqsite jar, on the same generated corpus, in the same run:
#   BASELINE_JAR=/tmp/faqsite-before.jar bash bench/build-vs-jar.sh [N]      (default N=1000; RUNS=5)
# The two builds alternate (baseline, current, baseline, …) so that a drift of the machine's speed hits both alike.
# Both run with the JVM options the launcher uses for builds; no class-data archive for either (a fair cold start).
# Prints each run (wall seconds, peak RSS MiB) and the median of each.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000}"
runs="${RUNS:-5}"
baseline="${BASELINE_JAR:?set BASELINE_JAR to an older target/faqsite.jar (copy it out of the other checkout first)}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
mvn -B -q -o -DskipTests package >/dev/null
current="$work/faqsite-current.jar"
cp target/faqsite.jar "$current"
python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"
opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)

results="$work/vs-jar-$n.txt"; : > "$results"
measure() { # label jar
  local label=$1 jar=$2 log="$work/vs-$1.time"
  /usr/bin/time -f "%e %M" -o "$log" java "${opts[@]}" -jar "$jar" build --source "$work/sites-$n/faqsite" --out "$work/out-$label-$n" >/dev/null 2>&1
  read -r secs kib < "$log"
  echo "$label $n $secs $((kib / 1024))" | tee -a "$results"
}
for r in $(seq "$runs"); do
  measure baseline "$baseline"
  measure current "$current"
done
echo; echo "median of $runs runs (seconds, peak RSS MiB):"
for g in baseline current; do
  awk -v g="$g" '$1==g {print $3, $4}' "$results" | sort -n | awk -v g="$g" -v n="$n" \
    '{t[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); printf "%-9s %6d pages  %6s s  %5s MiB\n", g, n, t[i], m[i]}'
done
