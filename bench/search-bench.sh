#!/usr/bin/env bash
# Search transfer benchmark: what one search downloads on a site of N pages (the shared corpus, search enabled).
#   bash bench/search-bench.sh [N] [QUERY ...]     (default: 1000 pages; five queries of the corpus's words)
# Builds the corpus with faqsite (Pagefind index included), serves it gzipped, types each query in headless Chromium
# and prints the bytes fetched per query (compressed, on the wire). The first query includes the search engine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000}"; shift || true
queries=("$@"); [ ${#queries[@]} -gt 0 ] || queries=("restore snapshot" "certificate" "rotate key" "webhook timeout" "database replica")
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
[ -d node_modules/pagefind ] || npm ci --no-audit --no-fund

mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"
printf 'search:\n  enabled: true\n' >> "$work/sites-$n/faqsite/site.yml"
./faqsite build --source "$work/sites-$n/faqsite" --out "$work/search-$n"
echo "index on disk: $(du -sh "$work/search-$n/pagefind" | cut -f1) in $(find "$work/search-$n/pagefind" -type f | wc -l) files"
SE_OFFLINE=true java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.faqsite.bench.SearchTransferBench \
  "$work/search-$n" "${queries[@]}"
