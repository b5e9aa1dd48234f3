#!/usr/bin/env bash
# The key checker's benchmark (docs/benchmarks.md, "Key checker"): the time a check takes beyond its slowest region,
# and checks per second at 64 concurrent clients, on loopback against bench/keycheck/site.yml's simulated regions.
#   bench/keycheck.sh [--runs 3] [--seconds 30] [--clients 64] [--samples 2000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
offline=""
[ -d "$HOME/.m2/repository/org/jbake/jbake-core" ] && offline="-o"
mvn -B -q $offline test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xms512m -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.faqsite.bench.KeyCheckBench --site bench/keycheck "$@"
