#!/usr/bin/env bash
# Save-to-browser latency of faqsite's live preview beside Hugo's, in the same run, on the same N-page corpus
# (issue 16: under 0.6 s; Hugo's server about 0.3 s). Each server is started as its user starts it and measured the
# same way (PreviewLatencyBench: headless Chromium, the same answer edited EDITS times, the DOM polled every 20 ms):
#   faqsite  ./faqsite serve --watch (the launcher, its JVM defaults for serve)
#   hugo     hugo server with its defaults: pages in memory, fast render, live reload
#   bash bench/watch-vs-hugo.sh [N]      (default 1000; EDITS=7; ROUNDS=1, more rounds alternate who goes first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000}"
edits="${EDITS:-7}"
rounds="${ROUNDS:-1}"
work=target/bench
mkdir -p "$work"
command -v hugo >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo >/dev/null
mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
[ -f "$work/corpus-$n/categories.json" ] || python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
# lay the sites out again: the Hugo layouts may have changed, and speed-bench.sh turns search on in this copy
python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n"
# the same answer in both sites (the first question of the corpus: _index.md files are categories), at the same URL
file=$(cd "$work/sites-$n/faqsite" && find content/faq -name '*.md' ! -name '_*' | sort | awk 'NR == 1')
url="/faq/$(basename "$(dirname "$file")")/$(basename "$file" .md)/"
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
echo "$n pages, page $url, $edits edits; hugo: $(hugo version | cut -d' ' -f1-2); $(nproc) cores"

# after each: the server's own account of its rebuilds (the last one puts the file back), the part that is rendering
measure() { # label site-folder server-command...
  local label=$1 site=$2; shift 2
  echo; echo "== round $r: $label (load:$(uptime | sed 's/.*load average://'))"
  java -cp "$cp" dev.faqsite.bench.PreviewLatencyBench "$label" "$url" "$site/$file" "$edits" "$work/preview-$label-$n.log" "$@"
}
faqsite() {
  measure faqsite "$work/sites-$n/faqsite" ./faqsite serve --watch --port '{port}' --source "$work/sites-$n/faqsite" --out "$work/out-preview-$n"
  echo "faqsite's rebuilds: $(sed -n 's/^Rebuilt .* in //p' "$work/preview-faqsite-$n.log" | paste -sd' ')"
}
hugo_server() {
  measure hugo "$work/sites-$n/hugo" hugo server -s "$work/sites-$n/hugo" --bind 127.0.0.1 --port '{port}' --disableFastRender=false
  echo "hugo's rebuilds: $(grep '^Total in' "$work/preview-hugo-$n.log" | sed 's/Total in //' | paste -sd' ')"
}
for r in $(seq "$rounds"); do
  if [ $((r % 2)) = 1 ]; then faqsite; hugo_server; else hugo_server; faqsite; fi
done
