#!/usr/bin/env bash
# Where the checks' time goes, per page and stage (read, parse, file elements, each rule), on one thread, with the JIT
# the launcher uses for builds (C1 only): a profile to read next to bench/check-bench.sh's totals.
#   bash bench/check-stages.sh [N] [PASSES]     (default: 1000 pages, 5 passes; the last is printed)
#   JAVA_OPTS="-XX:+UseSerialGC" bash bench/check-stages.sh …   the same with C2
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000}"; passes="${2:-5}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
[ -f "$work/corpus-$n/categories.json" ] || python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"
./faqsite build --source "$work/sites-$n/faqsite" --out "$work/out-stages-$n" >/dev/null
java ${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.faqsite.check.CheckStagesBench "$work/out-stages-$n" "$passes"
