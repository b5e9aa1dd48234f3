#!/usr/bin/env bash
# Save-to-browser latency of `faqsite serve --watch` on a 1,000-page site (the shared corpus), beside a full build:
# save → the open answer page shows the edit, and (search on) save → an open search page for the new word lists it.
#   bash bench/watch-bench.sh [N]      (default 1000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000}"
work=target/bench
mkdir -p "$work"
mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
[ -d "$work/sites-$n/faqsite" ] || { python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null; python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"; }
# the preview with search on, as an author runs it; the shared prepared site stays as the other benches use it
site="$work/watch-site-$n"
rm -rf "$site"; cp -r "$work/sites-$n/faqsite" "$site"
grep -q '^search:' "$site/site.yml" || printf 'search:\n  enabled: true\n' >> "$site/site.yml"
file=$(cd "$site" && find content/faq -name '*.md' ! -name '_*' | sort | awk 'NR == 1')  # _index.md files are categories
category=$(basename "$(dirname "$file")"); slug=$(basename "$file" .md)
echo "full build for comparison:"; ./faqsite build --source "$site" --out "$work/out-watch-full-$n"
uptime
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.faqsite.bench.LiveReloadBench \
  "$site" "/faq/$category/$slug/" "$file" 7
uptime
