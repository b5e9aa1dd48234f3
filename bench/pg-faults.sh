#!/usr/bin/env bash
# PostgreSQL stopped and started under load (docs/benchmarks.md, "Faults"): faqsite serve votes into a PostgreSQL
# cluster of its own, which this script creates (Debian's pg_createcluster, port 5499 unless PORT is set) and the
# benchmark stops and starts while clients vote and /readyz is polled. It never touches the cluster the tests use.
# Needs root (or the postgres user's rights) for pg_ctlcluster.
#   bash bench/pg-faults.sh                    # 15 s up, 15 s down, 20 s after
#   bash bench/pg-faults.sh down=30 clients=16
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
name=faqsite_bench
port=${PORT:-5499}
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$name"; then
  pg_createcluster "$version" "$name" -p "$port" >/dev/null
fi
pg_ctlcluster "$version" "$name" start 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v n="$name" '$2 == n {print $3}')
psql_as_postgres() { su postgres -c "psql -p $port -qtAc \"$1\""; }
[ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname='faqsite'")" = 1 ] \
  || psql_as_postgres "CREATE ROLE faqsite LOGIN PASSWORD 'faqsite'"
[ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname='faqsite_bench'")" = 1 ] \
  || psql_as_postgres "CREATE DATABASE faqsite_bench OWNER faqsite"
offline=""
[ -d "$HOME/.m2/repository/com/bucket4j" ] && offline="-o"
mvn -B -q $offline test-compile
classpath=$(mvn -B -q $offline -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")
java -cp "target/classes:target/test-classes:$classpath" dev.faqsite.bench.PgFaultBench \
  "url=jdbc:postgresql://127.0.0.1:$port/faqsite_bench?user=faqsite&password=faqsite" "cluster=$version $name" "$@"
