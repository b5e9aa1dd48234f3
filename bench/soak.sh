#!/usr/bin/env bash
# The soak benchmark (docs/benchmarks.md, "Soak"): faqsite serve as its own process (-Xmx256m) under mixed traffic —
# page reads 70 %, votes 20 %, key checks 10 % over a fast, a slow (1.5 s) and a failing (503) region — for 10
# minutes; heap, threads and open files read from its /metrics every 15 s; p50/p99 per endpoint.
#   bash bench/soak.sh                         # 10 minutes, 8 clients, 100 ms think time
#   bash bench/soak.sh minutes=2 clients=16
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
offline=""
[ -d "$HOME/.m2/repository/io/micrometer" ] && offline="-o"
mvn -B -q $offline test-compile
# Maven may colour its output even in batch mode: strip the escapes, or the first jar on the path is lost
classpath=$(mvn -B -q $offline -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")
exec java -cp "target/classes:target/test-classes:$classpath" dev.faqsite.bench.SoakBench "$@"
