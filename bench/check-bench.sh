#!/usr/bin/env bash
# Check benchmark: what `faqsite build --strict` spends on its checks, next to the tools a site without them would
# bolt onto CI, on the same built site in the same run.
#   bash bench/check-bench.sh [N ...]     (default: 1000 10000; RUNS=3; PEER_TIMEOUT=300 seconds)
#   BASELINE_JAR=/path/to/faqsite.jar …   also time an older faqsite build, e.g. the commit before a change
#   SEARCH=1 …                            with Pagefind on (as the shipped site.yml has it): the check runs alongside
#   PEERS=0 …                             faqsite only
# Rows, then medians: wall time and peak RSS of the whole strict build, its "check" stage (from --timings) and that
# stage's share of the build; the same build without checks (faqsite-plain); linkinator 7.6.1 (links and #fragments, offline: external URLs skipped) and
# html-validate 10.17.0 (HTML and accessibility rules, "recommended") over the site the build wrote.
# The corpus is ../shared/bench/gen-corpus.py's, laid out as in bench/build-bench.sh; peers come from bench/package.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${RUNS:-3}"
peer_timeout="${PEER_TIMEOUT:-300}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
[ -x bench/node_modules/.bin/linkinator ] && [ -x bench/node_modules/.bin/html-validate ] \
  || npm ci --prefix bench --no-audit --no-fund
./faqsite --version >/dev/null # builds the jar and records its class-data archive outside the measurements

# label size command... -> "label size wall_s rss_mib check_s share status"; check_s from the --timings line if any
measure() {
  local label=$1 size=$2; shift 2
  local log="$work/check-$label-$size"
  local status=0
  /usr/bin/time -f "%e %M" -o "$log.time" timeout "$peer_timeout" "$@" >"$log.out" 2>&1 || status=$?
  read -r secs kib < <(tail -n1 "$log.time" | awk '{print $(NF-1), $NF}')
  local check
  check=$(grep -o 'check [0-9.]* s' "$log.out" | awk '{print $2}' | tail -n1 || true)
  if [ "$status" = 124 ]; then
    stopped="$stopped $label-$size"
    echo "$label $size >$peer_timeout - - - timeout"
  else
    awk -v l="$label" -v n="$size" -v t="$secs" -v m="$((kib / 1024))" -v c="${check:--}" -v s="$status" \
      'BEGIN { share = (c == "-") ? "-" : sprintf("%.0f%%", 100 * c / t); print l, n, t, m, c, share, "exit=" s }'
  fi
}

results="$work/check-results.txt"; : > "$results"
stopped="" # tools stopped at the timeout on a size are not run on it again
peer() {
  case " $stopped " in *" $1-$2 "*) return ;; esac
  measure "$@" > "$work/check-row" # not in a pipe: measure must run in this shell to record a stop
  tee -a "$results" < "$work/check-row"
}
for n in "${sizes[@]}"; do
  [ -f "$work/corpus-$n/categories.json" ] || python3 ../shared/bench/gen-corpus.py "$n" "$work/corpus-$n" >/dev/null
  python3 bench/prepare-corpus.py "$work/corpus-$n" "$work/sites-$n" # afresh: bench/search-bench.sh edits its site.yml
  site="$work/sites-$n/faqsite"
  if [ "${SEARCH:-0}" = 1 ]; then
    rm -rf "$work/sites-$n/search" && cp -r "$site" "$work/sites-$n/search"
    printf 'search:\n  enabled: true\n' >> "$work/sites-$n/search/site.yml"
    site="$work/sites-$n/search"
  fi
  out="$work/out-check-$n"
  for r in $(seq "$runs"); do
    measure faqsite-plain "$n" ./faqsite build --timings --source "$site" --out "$out" | tee -a "$results"
    measure faqsite "$n" ./faqsite build --strict --timings --source "$site" --out "$out" | tee -a "$results"
    if [ -n "${BASELINE_JAR:-}" ]; then
      measure baseline "$n" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$BASELINE_JAR" build --strict --timings \
        --source "$site" --out "$work/out-baseline-$n" | tee -a "$results"
    fi
    [ "${PEERS:-1}" = 1 ] || continue
    peer linkinator "$n" bench/node_modules/.bin/linkinator "$out" --recurse --check-fragments \
      --skip '^https?://(?!localhost[:/])'
    peer html-validate "$n" bench/node_modules/.bin/html-validate --config bench/html-validate.json "$out/**/*.html"
  done
done

echo; echo "median of $runs runs, each column on its own: whole run (s), peak RSS (MiB), check stage (s), its share:"
median() { sort -n | awk '{v[NR]=$1} END { if (NR) print v[int((NR+1)/2)]; else print "-" }'; }
for n in "${sizes[@]}"; do
  for tool in faqsite faqsite-plain baseline linkinator html-validate; do
    rows=$(awk -v g="$tool" -v n="$n" '$1==g && $2==n' "$results")
    [ -n "$rows" ] || continue
    printf '%-14s %6d pages  %8s s  %6s MiB  check %6s s  %5s\n' "$tool" "$n" \
      "$(awk '{print $3}' <<<"$rows" | median)" "$(awk '{print $4}' <<<"$rows" | median)" \
      "$(awk '{print $5}' <<<"$rows" | median)" "$(awk '{print $6}' <<<"$rows" | tr -d % | median | sed 's/^[0-9]*$/&%/')"
  done
done
