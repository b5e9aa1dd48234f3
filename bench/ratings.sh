#!/usr/bin/env bash
# The ratings benchmark (docs/benchmarks.md, "Ratings"): acknowledged votes/s into SQLite through the real API on
# loopback, at 1, 8 and 64 concurrent clients, synchronous=NORMAL and FULL, median of several runs.
#   bash bench/ratings.sh                      # the full table (about 5 minutes)
#   bash bench/ratings.sh clients=64 sync=normal runs=3
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
offline=""
[ -d "$HOME/.m2/repository/org/xerial/sqlite-jdbc" ] && offline="-o"
mvn -B -q $offline test-compile
classpath=$(mvn -B -q $offline dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec java -Xms512m -Xmx512m -cp "target/classes:target/test-classes:$classpath" dev.faqsite.bench.RatingsBench "$@"
