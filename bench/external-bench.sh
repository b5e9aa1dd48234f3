#!/usr/bin/env bash
# External links: `faqsite check --external` (cold cache, then warm) next to linkinator 7.6.1 on the same small site,
# whose external links all point at bench/link-server.py on loopback (one per way a site answers, plus a refused
# port and two mailto: links). lychee is not packaged for Debian or npm here, so it is not among the peers.
#   bash bench/external-bench.sh        (RUNS=3)
# Prints each run's wall time and how many links each tool reports, then medians.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-3}"
work="$(pwd)/${BENCH_DIR:-target/bench}/external"
rm -rf "$work"; mkdir -p "$work"
[ -x bench/node_modules/.bin/linkinator ] || npm ci --prefix bench --no-audit --no-fund
./faqsite --version >/dev/null

python3 bench/link-server.py "$work/port" & server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
reset() { curl -s -o /dev/null "http://127.0.0.1:$port/__reset"; }
refused=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
site="$work/source"
cp -r src/test/resources/sites/checks/clean "$site"
sed -i -E "s#https://[a-z.]+\.(test|com)/[a-z/]*#http://127.0.0.1:$port/ok#g" "$site/site.yml"
base="http://127.0.0.1:$port"
cat > "$site/content/faq/general/sources.md" <<MD
---
title: "Where do the numbers come from?"
order: 3
---
From the exchanges' feeds: [status]($base/ok), [old docs]($base/moved), [mirror]($base/temporary),
[exchange list]($base/missing), [retired API]($base/gone), [busy partner]($base/rate-limited),
[flaky partner]($base/flaky), [down partner]($base/down), [slow partner]($base/slow),
[closed port](http://127.0.0.1:$refused/), [mail us](mailto:support@example.test), [typo](mailto:support-at-example.test).
MD
./faqsite build --source "$site" --out "$work/site" >/dev/null

results="$work/results.txt"; : > "$results"
time_it() { # label command... -> "label seconds reported requests"
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/$label.out" 2>&1 || true
  end=$(date +%s.%N)
  local reported
  case $label in
    linkinator) reported=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for l in d["links"] if l["state"]=="BROKEN"))' "$work/$label.out" 2>/dev/null || echo "?") ;;
    *) reported=$(grep -c '\[external-link\]' "$work/$label.out" || true) ;;
  esac
  echo "$label $(echo "$end - $start" | bc) $reported $(curl -s "http://127.0.0.1:$port/__hits")" | tee -a "$results"
}
for r in $(seq "$runs"); do
  rm -f "$work/cache.json"
  reset; time_it faqsite-cold ./faqsite check --external --external-cache "$work/cache.json" --source "$site" --out "$work/check"
  reset; time_it faqsite-warm ./faqsite check --external --external-cache "$work/cache.json" --source "$site" --out "$work/check"
  reset; time_it linkinator bench/node_modules/.bin/linkinator "$work/site" --recurse --retry --retry-errors \
    --retry-errors-count 2 --timeout 10000 --redirects warn --skip docs.example.test --format json
done
echo; echo "median of $runs runs: seconds, links reported, requests to the server"
for g in faqsite-cold faqsite-warm linkinator; do
  awk -v g="$g" '$1==g {print $2, $3, $4}' "$results" | sort -n | awk -v g="$g" '{t[NR]=$1; c[NR]=$2; h[NR]=$3} END {i=int((NR+1)/2); printf "%-13s %6.2f s  %s reported  %s requests\n", g, t[i], c[i], h[i]}'
done
echo; echo "faqsite's findings (last cold run):"; grep '\[external-link\]' "$work/faqsite-cold.out" || true
echo; echo "linkinator's broken links (last run):"
python3 -c 'import json,sys; [print(l["status"], l["url"]) for l in json.load(open(sys.argv[1]))["links"] if l["state"]!="OK" and l["state"]!="SKIPPED"]' "$work/linkinator.out" || true
