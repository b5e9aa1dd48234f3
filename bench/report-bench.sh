#!/usr/bin/env bash
# Strict-build benchmark of one change: `faqsite build --strict` with this tree's jar (A) against an older jar (B),
# run in turn A B A B … by farm-bench --vs, on the shipped site and on the generated corpus.
#   BASELINE_JAR=/tmp/faqsite-before.jar bash bench/report-bench.sh [N]   (default N=1000; RUNS=5)
# Prints farm-bench's min/median/max of each and the A/B ratio pair by pair. Needs farm-bench (the tool library's).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000}"
runs="${RUNS:-5}"
baseline="${BASELINE_JAR:?set BASELINE_JAR to the faqsite.jar to compare with}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
./faqsite --version >/dev/null # builds target/faqsite.jar outside the measurements
cp target/faqsite.jar "$work/faqsite-after.jar"
python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"
for site in shipped "corpus-$n"; do
  source=$([ "$site" = shipped ] && pwd || echo "$work/sites-$n/faqsite")
  echo "== build --strict: $site (A: this tree, B: $baseline)"
  farm-bench -n "$runs" --timeout 3000 \
    --vs "java -jar $baseline build --strict --source $source --out $work/out-before-$site" \
    -- java -jar "$work/faqsite-after.jar" build --strict --source "$source" --out "$work/out-after-$site"
done
