#!/usr/bin/env bash
# Save-to-browser latency of `faqsite serve --watch` on a 1,000-page site (the shared corpus), beside a full build.
#   bash bench/watch-bench.sh [N]      (default 1000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000}"
work=target/bench
mkdir -p "$work"
mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
[ -d "$work/sites-$n/faqsite" ] || { python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null; python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"; }
file=$(cd "$work/sites-$n/faqsite" && find content/faq -name '*.md' | sort | awk 'NR == 1')
category=$(basename "$(dirname "$file")"); slug=$(basename "$file" .md)
echo "full build for comparison:"; ./faqsite build --source "$work/sites-$n/faqsite" --out "$work/out-watch-full-$n"
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.faqsite.bench.LiveReloadBench \
  "$work/sites-$n/faqsite" "/faq/$category/$slug/" "$file" 7
